import type { LeaderboardEntry, LeaderboardWrite, RankedEntry } from '@mindshare/core';

/**
 * The contract's listing order written out plainly, independent of the core's comparator: higher
 * score first, then earlier completion, then sellerId by UTF-16 code unit (`<` on strings).
 */
export function listingOrder(a: LeaderboardEntry, b: LeaderboardEntry): number {
  if (a.score !== b.score) return a.score > b.score ? -1 : 1;
  if (a.completedAt !== b.completedAt) return a.completedAt < b.completedAt ? -1 : 1;
  if (a.sellerId === b.sellerId) return 0;
  return a.sellerId < b.sellerId ? -1 : 1;
}

/** The expected listing of `entries`: sorted by {@link listingOrder}, rank = 1 + strictly higher scores. */
export function naiveListing(entries: Iterable<LeaderboardEntry>): RankedEntry[] {
  const sorted = [...entries].sort(listingOrder);
  return sorted.map((entry, position) => ({
    sellerId: entry.sellerId,
    score: entry.score,
    completedAt: entry.completedAt,
    rank: 1 + sorted.filter((other) => other.score > entry.score).length,
    position,
  }));
}

/** Named boards as plain maps: what a store should hold after the same writes and replaces. */
export class BoardsModel {
  readonly #boards = new Map<string, Map<string, LeaderboardEntry>>();

  write(operations: readonly LeaderboardWrite[]): void {
    for (const operation of operations) {
      let board = this.#boards.get(operation.board);
      if (board === undefined) this.#boards.set(operation.board, (board = new Map()));
      if (operation.type === 'upsert') board.set(operation.entry.sellerId, operation.entry);
      else board.delete(operation.sellerId);
    }
  }

  replace(board: string, entries: readonly LeaderboardEntry[]): void {
    this.#boards.set(board, new Map(entries.map((entry) => [entry.sellerId, entry])));
  }

  listing(board: string): RankedEntry[] {
    return naiveListing(this.#boards.get(board)?.values() ?? []);
  }
}
