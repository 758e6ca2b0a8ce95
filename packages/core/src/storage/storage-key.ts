import { MindError } from '../errors/mind-error.js';

/**
 * A key the storage port accepts: exactly what IndexedDB accepts minus binary keys — finite
 * numbers, valid dates, strings and arrays of them — so every adapter can store every key.
 */
export type StorageKey = string | number | Date | readonly StorageKey[];

/** A key path: a property name, or several for a compound key (`['sellerId', 'challengeId']`). */
export type KeyPath = string | readonly string[];

/** Whether `value` is a valid {@link StorageKey}. */
export function isStorageKey(value: unknown): value is StorageKey {
  if (typeof value === 'string') return true;
  if (typeof value === 'number') return !Number.isNaN(value);
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return Array.isArray(value) && value.every(isStorageKey);
}

const typeRank = (key: StorageKey): number =>
  typeof key === 'number' ? 0 : key instanceof Date ? 1 : typeof key === 'string' ? 2 : 3;

/**
 * Orders keys as IndexedDB does: numbers < dates < strings < arrays; strings by UTF-16 code
 * units; arrays element by element, a prefix first. Adapters over other stores must order the same.
 */
export function compareKeys(a: StorageKey, b: StorageKey): number {
  const rankA = typeRank(a);
  const rankB = typeRank(b);
  if (rankA !== rankB) return rankA - rankB;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const left = a as readonly StorageKey[];
  const right = b as readonly StorageKey[];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareKeys(left[i]!, right[i]!);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

/** The value at a property path; a dotted path reads nested properties, as IndexedDB does (`'seller.id'`). */
export function readPath(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split('.')) {
    current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[part] : undefined;
  }
  return current;
}

/** The key of `value` at `keyPath`, or `undefined` when a part is missing or not a valid key. */
export function readKey(value: unknown, keyPath: KeyPath): StorageKey | undefined {
  if (typeof keyPath === 'string') {
    const key = readPath(value, keyPath);
    return isStorageKey(key) ? key : undefined;
  }
  const parts: StorageKey[] = [];
  for (const path of keyPath) {
    const part = readKey(value, path);
    if (part === undefined) return undefined;
    parts.push(part);
  }
  return parts;
}

/** Throws `MIND_INVALID_INPUT` naming the collection when `key` is not a {@link StorageKey}. */
export function assertStorageKey(key: unknown, where: string): asserts key is StorageKey {
  if (!isStorageKey(key)) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `${where}: ${JSON.stringify(key) ?? String(key)} is not a valid key (expected a string, a finite number, a date or an array of them).`,
    );
  }
}
