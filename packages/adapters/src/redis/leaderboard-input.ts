import { MindError, type LeaderboardEntry, type LeaderboardWrite } from '@mindshare/core';

/*
 * The port's input rules, checked before anything is sent to Redis so that a malformed batch or
 * rebuild changes nothing. The same rules, paths and codes as the core's memory store (whose
 * checks are not exported): a store behaves the same whichever the engine is given.
 */

type Path = readonly (string | number)[];

const invalid = (message: string, path: Path): never => {
  throw new MindError('MIND_INVALID_INPUT', message, { path });
};

/** Returns `board` when it is a non-empty string. */
export function checkBoard(board: unknown, path: Path): string {
  if (typeof board !== 'string' || board.length === 0) {
    invalid(`A board name must be a non-empty string, got ${String(board)}.`, path);
  }
  return board as string;
}

/** Throws unless `entry` is `{ sellerId: non-empty string, score: finite, completedAt: finite }`. */
export function checkEntry(entry: unknown, path: Path): LeaderboardEntry {
  if (typeof entry !== 'object' || entry === null) {
    invalid('A leaderboard entry must be an object { sellerId, score, completedAt }.', path);
  }
  const { sellerId, score, completedAt } = entry as Record<string, unknown>;
  if (typeof sellerId !== 'string' || sellerId.length === 0) {
    invalid('A leaderboard entry needs a non-empty string sellerId.', [...path, 'sellerId']);
  }
  // NaN and ±Infinity have no place in a total order, and Redis refuses a NaN score.
  if (typeof score !== 'number' || !Number.isFinite(score)) {
    invalid(`Seller "${String(sellerId)}": score must be a finite number.`, [...path, 'score']);
  }
  if (typeof completedAt !== 'number' || !Number.isFinite(completedAt)) {
    invalid(`Seller "${String(sellerId)}": completedAt must be a finite epoch time in milliseconds.`, [
      ...path,
      'completedAt',
    ]);
  }
  return entry as LeaderboardEntry;
}

/**
 * Throws unless every operation of the batch is well formed. An indexed loop, not `forEach`,
 * which would skip the holes of a sparse array.
 */
export function checkBatch(operations: unknown): readonly LeaderboardWrite[] {
  if (!Array.isArray(operations)) invalid('write() takes an array of operations.', []);
  const batch = operations as unknown[];
  for (let i = 0; i < batch.length; i++) {
    const operation = batch[i] as { type?: unknown; board?: unknown; entry?: unknown; sellerId?: unknown } | null;
    if (typeof operation !== 'object' || operation === null) invalid('An operation must be an object.', [i]);
    const { type, board, entry, sellerId } = operation!;
    checkBoard(board, [i, 'board']);
    if (type === 'upsert') checkEntry(entry, [i, 'entry']);
    else if (type === 'remove') {
      if (typeof sellerId !== 'string' || sellerId.length === 0) {
        invalid('sellerId must be a non-empty string.', [i, 'sellerId']);
      }
    } else invalid(`Unknown operation type "${String(type)}".`, [i, 'type']);
  }
  return batch as LeaderboardWrite[];
}

/** Throws unless `entries` is a list of well-formed entries, each seller once. */
export function checkEntries(entries: unknown): readonly LeaderboardEntry[] {
  if (typeof entries !== 'object' || entries === null || !(Symbol.iterator in entries)) {
    invalid('replace() takes a list of entries.', []);
  }
  const list = [...(entries as Iterable<unknown>)];
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const { sellerId } = checkEntry(list[i], [i]);
    if (seen.has(sellerId)) invalid(`Seller "${sellerId}" appears twice; give one entry per seller.`, [i, 'sellerId']);
    seen.add(sellerId);
  }
  return list as LeaderboardEntry[];
}

/** Returns `value` when it is a whole number ≥ 0 (an offset, limit or radius). */
export function checkCount(value: unknown, name: string): number {
  if (!Number.isInteger(value) || (value as number) < 0) {
    invalid(`${name} must be a whole number ≥ 0, got ${String(value)}.`, [name]);
  }
  return value as number;
}
