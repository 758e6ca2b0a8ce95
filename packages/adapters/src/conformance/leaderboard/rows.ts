import type { LeaderboardEntry, LeaderboardStore, LeaderboardWrite, RankedEntry } from '@mindshare/core';
import { deepEqual, equal } from '../assert.js';

export const entry = (sellerId: string, score: number, completedAt: number): LeaderboardEntry => ({
  sellerId,
  score,
  completedAt,
});

export const upsert = (board: string, sellerId: string, score: number, completedAt: number): LeaderboardWrite => ({
  type: 'upsert',
  board,
  entry: entry(sellerId, score, completedAt),
});

export const remove = (board: string, sellerId: string): LeaderboardWrite => ({ type: 'remove', board, sellerId });

/** A row with the contract's fields only, whatever else a store's objects carry. */
export const plain = (row: RankedEntry): RankedEntry => ({
  sellerId: row.sellerId,
  score: row.score,
  completedAt: row.completedAt,
  rank: row.rank,
  position: row.position,
});

/** An expected row written short: `[sellerId, score, completedAt, rank]`; positions follow the order. */
export type Row = readonly [sellerId: string, score: number, completedAt: number, rank: number];

/** `rows` as ranked entries, the first at position `from`. */
export const ranked = (rows: readonly Row[], from = 0): RankedEntry[] =>
  rows.map(([sellerId, score, completedAt, rank], i) => ({ sellerId, score, completedAt, rank, position: from + i }));

export const readPage = async (
  store: LeaderboardStore,
  board: string,
  offset: number,
  limit: number,
): Promise<RankedEntry[]> => (await store.page(board, offset, limit)).map(plain);

export const readAround = async (
  store: LeaderboardStore,
  board: string,
  sellerId: string,
  radius: number,
): Promise<RankedEntry[]> => (await store.around(board, sellerId, radius)).map(plain);

/** Fails unless `board` holds exactly `expected`: its count, its listing, and each seller's rank. */
export async function expectBoard(
  store: LeaderboardStore,
  board: string,
  expected: readonly Row[],
  what: string,
): Promise<void> {
  equal(await store.count(board), expected.length, `${what}: count`);
  deepEqual(await readPage(store, board, 0, expected.length + 1), ranked(expected), `${what}: listing`);
  for (const [sellerId, , , rank] of expected) {
    equal(await store.rank(board, sellerId), rank, `${what}: rank of ${sellerId}`);
  }
}

/** Fails unless `board` reads as empty, and none of `absent` is on it. */
export async function expectEmpty(
  store: LeaderboardStore,
  board: string,
  what: string,
  absent: readonly string[] = ['nobody'],
): Promise<void> {
  equal(await store.count(board), 0, `${what}: count`);
  deepEqual(await readPage(store, board, 0, 10), [], `${what}: page`);
  for (const sellerId of absent) {
    equal(await store.rank(board, sellerId), undefined, `${what}: rank of ${sellerId}`);
    deepEqual(await readAround(store, board, sellerId, 3), [], `${what}: around ${sellerId}`);
  }
}

/** The seven rows most tests start from: ties on 80 and on 70, ranks 1, 2, 2, 2, 5, 5, 7. */
export const seven: readonly Row[] = [
  ['ana', 90, 5, 1],
  ['ben', 80, 1, 2],
  ['cai', 80, 2, 2],
  ['dee', 80, 3, 2],
  ['eli', 70, 1, 5],
  ['fay', 70, 2, 5],
  ['gus', 60, 0, 7],
];

/** Writes {@link seven} to `board`, in an order unlike the listing's. */
export async function writeSeven(store: LeaderboardStore, board: string): Promise<void> {
  const order = [3, 6, 0, 5, 1, 4, 2];
  await store.write(order.map((i) => seven[i]!).map(([id, score, time]) => upsert(board, id, score, time)));
}
