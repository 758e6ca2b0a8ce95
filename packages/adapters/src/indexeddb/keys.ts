import { MindError, compareKeys, isStorageKey, type KeyPath, type KeyRange, type StorageKey } from '@mindshare/core';

/** Throws `MIND_INVALID_INPUT` unless `key` is a storage key. */
export function checkKey(key: unknown, where: string): asserts key is StorageKey {
  if (!isStorageKey(key)) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `${where}: ${safeJson(key)} is not a valid key (expected a string, a finite number, a date or an array of them).`,
    );
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The value at a key path as IndexedDB evaluates it (a dotted path reads nested properties). */
function evaluate(value: unknown, path: string): unknown {
  if (path === '') return value;
  let current = value;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null || !(part in current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** The primary key of `value` at `keyPath`, checked before any transaction opens. */
export function primaryKeyOf(value: object, keyPath: KeyPath, where: string): StorageKey {
  const key = typeof keyPath === 'string' ? evaluate(value, keyPath) : keyPath.map((path) => evaluate(value, path));
  if (!isStorageKey(key)) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `${where}: the record has no valid key at ${JSON.stringify(keyPath)} (got ${safeJson(key)}).`,
    );
  }
  return key;
}

/**
 * The `IDBKeyRange` for a port range: `undefined` for everything, `null` for a range that selects
 * nothing (IndexedDB throws on a lower bound above the upper one; the port answers empty).
 */
export function toKeyRange(range: KeyRange | undefined, where: string): IDBKeyRange | undefined | null {
  if (range === undefined) return undefined;
  if ('only' in range) {
    checkKey(range.only, `${where} range.only`);
    return IDBKeyRange.only(range.only);
  }
  const { lower, upper, lowerOpen = false, upperOpen = false } = range;
  if (lower !== undefined) checkKey(lower, `${where} range.lower`);
  if (upper !== undefined) checkKey(upper, `${where} range.upper`);
  if (lower !== undefined && upper !== undefined) {
    const order = compareKeys(lower, upper);
    if (order > 0 || (order === 0 && (lowerOpen || upperOpen))) return null;
    return IDBKeyRange.bound(lower, upper, lowerOpen, upperOpen);
  }
  if (lower !== undefined) return IDBKeyRange.lowerBound(lower, lowerOpen);
  if (upper !== undefined) return IDBKeyRange.upperBound(upper, upperOpen);
  return undefined;
}

/** Every chunk key of one blob: `[blobId, seq]` sorts after `[blobId]` and before `[blobId, []]`. */
export const blobRange = (blobId: string): IDBKeyRange => IDBKeyRange.bound([blobId], [blobId, []]);
