import type { LeaderboardResultRow } from '@mindshare/core';

/**
 * How a row is recognised from one load to the next. Others' rows carry no sellerId outside
 * `full-name` privacy, so the shown name (a stable pseudonym or initials) stands in for it.
 */
export function rowKey(row: LeaderboardResultRow): string {
  return row.sellerId ?? `name:${row.displayName}`;
}

/**
 * Remembers the rank of each row seen on one board (one challenge and scope) and tells how many
 * places a row moved since the previous load: positive up, negative down, 0 or absent unchanged.
 */
export class RankMovement {
  #ranks = new Map<string, number>();
  #moves = new Map<string, number>();

  /** Records a new load and computes the moves of its rows against what was seen before. */
  record(rows: readonly LeaderboardResultRow[]): void {
    const moves = new Map<string, number>();
    for (const row of rows) {
      const key = rowKey(row);
      const before = this.#ranks.get(key);
      if (before !== undefined && before !== row.rank) moves.set(key, before - row.rank);
      this.#ranks.set(key, row.rank);
    }
    this.#moves = moves;
  }

  /** Places moved by this row at the last load (positive up). */
  of(row: LeaderboardResultRow): number {
    return this.#moves.get(rowKey(row)) ?? 0;
  }

  /** Forgets everything: a new board (another scope, challenge or viewer) has no history. */
  reset(): void {
    this.#ranks.clear();
    this.#moves.clear();
  }
}
