import type { LeaderboardEntry, RankedEntry } from './leaderboard-entry.js';

/** One write of a {@link LeaderboardStore.write} batch. */
export type LeaderboardWrite =
  /** Adds the seller to `board`, or moves them to this score and completion time. */
  | { readonly type: 'upsert'; readonly board: string; readonly entry: LeaderboardEntry }
  /** Takes the seller off `board`; removing a seller who is not there is not an error. */
  | { readonly type: 'remove'; readonly board: string; readonly sellerId: string };

/** Optional capabilities of a {@link LeaderboardStore}. The conformance suite skips on these, never on guesses. */
export interface LeaderboardStoreSupports {
  /**
   * Whether several engines (processes behind a load balancer) share this store, so a score
   * written by one is on the boards of all. An engine then leaves another's writes alone; with a
   * store of its own (the in-memory one) it puts on its boards the scores other processes stored.
   */
  readonly shared: boolean;
}

/**
 * The leaderboard-store port: ranked boards of sellers' counted scores, each board named by a
 * string the engine chooses (one per challenge and scope). Domain-free like the storage port: a
 * store knows scores, completion times and seller ids, not challenges or tiers.
 *
 * Contract for implementors (proven by `runLeaderboardConformance` in
 * `@mindshare/adapters/conformance`):
 * - Listing order: higher score first, then earlier `completedAt`, then `sellerId` by UTF-16 code
 *   unit. Ranks are shared: 1 + the sellers with a strictly higher score (1, 2, 2, 4).
 * - A seller is on a board at most once; an upsert moves them. Scores and times are finite numbers.
 * - `write` applies its operations in order; when it resolves, every read sees all of them. A
 *   malformed operation rejects with `MIND_INVALID_INPUT` and nothing of the batch is applied.
 * - A board no one was ever written to is empty: reads return `[]`, `undefined` or 0, not errors.
 * - Reads of a closed store reject with `MIND_STORAGE_CLOSED`.
 */
export interface LeaderboardStore {
  readonly supports: LeaderboardStoreSupports;
  /** Applies upserts and removals across boards, in order (see {@link LeaderboardWrite}). */
  write(operations: readonly LeaderboardWrite[]): Promise<void>;
  /**
   * Replaces the whole content of `board` with `entries` (a rebuild from the source of truth).
   * @throws MindError `MIND_INVALID_INPUT` for a malformed entry or a seller given twice; the board is then unchanged.
   */
  replace(board: string, entries: readonly LeaderboardEntry[]): Promise<void>;
  /** The seller's shared rank on `board`, or `undefined` when they are not on it. */
  rank(board: string, sellerId: string): Promise<number | undefined>;
  /** `limit` rows from 0-based `offset`, in listing order, with their ranks and positions. */
  page(board: string, offset: number, limit: number): Promise<RankedEntry[]>;
  /**
   * The seller's row with up to `radius` rows either side (fewer at the ends), in listing order;
   * `[]` when the seller is not on the board.
   */
  around(board: string, sellerId: string, radius: number): Promise<RankedEntry[]>;
  /** How many sellers are on `board`. */
  count(board: string): Promise<number>;
  /** Releases the store. */
  close(): Promise<void>;
}
