import { MindError } from '../errors/mind-error.js';
import { assertCount } from './assert-count.js';
import { assertLeaderboardEntry, type LeaderboardEntry, type RankedEntry } from './leaderboard-entry.js';
import type { LeaderboardStore, LeaderboardWrite } from './leaderboard-store.js';
import { Ranking, type RankingOptions } from './ranking.js';

/** Options of {@link createMemoryLeaderboardStore}. */
export interface MemoryLeaderboardStoreOptions {
  /** Passed to every board; see {@link RankingOptions}. */
  readonly ranking?: RankingOptions;
}

function assertBoard(board: unknown, path: readonly (string | number)[]): string {
  if (typeof board !== 'string' || board.length === 0) {
    throw new MindError('MIND_INVALID_INPUT', `A board name must be a non-empty string, got ${String(board)}.`, {
      path,
    });
  }
  return board;
}

function assertSellerId(sellerId: unknown, path: readonly (string | number)[]): string {
  if (typeof sellerId !== 'string' || sellerId.length === 0) {
    throw new MindError('MIND_INVALID_INPUT', 'sellerId must be a non-empty string.', { path });
  }
  return sellerId;
}

/**
 * The reference {@link LeaderboardStore}: one order-statistic tree (`Ranking`) per board, in
 * this process's memory. Its calls do their work synchronously and return settled promises, so
 * an engine over it pays no I/O. Not shared: each engine holding one ranks the scores it reads.
 *
 * @example
 * ```ts
 * const store = createMemoryLeaderboardStore();
 * await store.write([{ type: 'upsert', board: 'q4/global', entry: { sellerId: 'ana', score: 80, completedAt: 1 } }]);
 * await store.rank('q4/global', 'ana'); // 1
 * ```
 */
export function createMemoryLeaderboardStore(options: MemoryLeaderboardStoreOptions = {}): MemoryLeaderboardStore {
  return new MemoryLeaderboardStore(options);
}

/** See {@link createMemoryLeaderboardStore}. */
export class MemoryLeaderboardStore implements LeaderboardStore {
  readonly supports = { shared: false } as const;
  readonly #boards = new Map<string, Ranking>();
  readonly #options: RankingOptions;
  #closed = false;

  /** An empty store; `options` as {@link createMemoryLeaderboardStore} takes them. */
  constructor(options: MemoryLeaderboardStoreOptions = {}) {
    this.#options = options.ranking ?? {};
    new Ranking(this.#options); // validates the options now rather than at the first write
  }

  /**
   * The board's ranking for synchronous reads, or `undefined` when it is empty (benchmarks).
   * @internal
   */
  board(board: string): Ranking | undefined {
    this.#assertOpen();
    return this.#boards.get(board);
  }

  /**
   * {@link write}, synchronously (benchmarks).
   * @internal
   */
  writeNow(operations: readonly LeaderboardWrite[]): void {
    this.#assertOpen();
    if (!Array.isArray(operations)) {
      throw new MindError('MIND_INVALID_INPUT', 'write() takes an array of operations.', { path: [] });
    }
    // Checked in full before anything is applied: a malformed batch changes nothing. An indexed
    // loop, not forEach: forEach skips the holes of a sparse array, which the loop below would
    // then meet as undefined after applying the operations before them.
    for (let i = 0; i < operations.length; i++) {
      const operation = operations[i];
      if (typeof operation !== 'object' || operation === null) {
        throw new MindError('MIND_INVALID_INPUT', 'An operation must be an object.', { path: [i] });
      }
      assertBoard(operation.board, [i, 'board']);
      if (operation.type === 'upsert') assertLeaderboardEntry(operation.entry, [i, 'entry']);
      else if (operation.type === 'remove') assertSellerId(operation.sellerId, [i, 'sellerId']);
      else {
        throw new MindError(
          'MIND_INVALID_INPUT',
          `Unknown operation type "${String((operation as { type?: unknown }).type)}".`,
          {
            path: [i, 'type'],
          },
        );
      }
    }
    for (const operation of operations) {
      if (operation.type === 'upsert') {
        let ranking = this.#boards.get(operation.board);
        if (ranking === undefined) this.#boards.set(operation.board, (ranking = new Ranking(this.#options)));
        ranking.upsert(operation.entry);
      } else {
        const ranking = this.#boards.get(operation.board);
        if (ranking === undefined) continue;
        ranking.remove(operation.sellerId);
        // Empty boards are dropped, so groups that emptied out do not pile up.
        if (ranking.size === 0) this.#boards.delete(operation.board);
      }
    }
  }

  async write(operations: readonly LeaderboardWrite[]): Promise<void> {
    this.writeNow(operations);
  }

  /**
   * {@link replace}, synchronously (benchmarks).
   * @internal
   */
  replaceNow(board: string, entries: readonly LeaderboardEntry[]): void {
    this.#assertOpen();
    assertBoard(board, ['board']);
    const ranking = Ranking.from(entries, this.#options);
    if (ranking.size === 0) this.#boards.delete(board);
    else this.#boards.set(board, ranking);
  }

  async replace(board: string, entries: readonly LeaderboardEntry[]): Promise<void> {
    this.replaceNow(board, entries);
  }

  async rank(board: string, sellerId: string): Promise<number | undefined> {
    return this.board(board)?.rank(sellerId);
  }

  async page(board: string, offset: number, limit: number): Promise<RankedEntry[]> {
    assertCount(offset, 'offset');
    assertCount(limit, 'limit');
    return this.board(board)?.slice(offset, limit) ?? [];
  }

  async around(board: string, sellerId: string, radius: number): Promise<RankedEntry[]> {
    assertCount(radius, 'radius');
    return this.board(board)?.around(sellerId, radius) ?? [];
  }

  async count(board: string): Promise<number> {
    return this.board(board)?.size ?? 0;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#boards.clear();
  }

  #assertOpen(): void {
    if (this.#closed) throw new MindError('MIND_STORAGE_CLOSED', 'This leaderboard store is closed.');
  }
}
