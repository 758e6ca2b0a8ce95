// The engagement boards of a host (issue 17): sellers ranked by activity points, all time and per
// week, in the same leaderboard store and with the same privacy rules as the challenges' boards.
// Loaded with the leaderboard code on first need (see leaderboards.ts).
import { boardName, boardsOf, type LeaderboardScopes } from '../leaderboard/board-names.js';
import { compareEntries, type LeaderboardEntry } from '../leaderboard/leaderboard-entry.js';
import type { LeaderboardStore, LeaderboardWrite } from '../leaderboard/leaderboard-store.js';
import { boardReader, type BoardReader } from '../leaderboard/leaderboard-view.js';
import type { LeaderboardScope } from '../leaderboard/leaderboard.schema.js';
import { weekName } from '../engagement/calendar.js';
import type { StorageAdapter } from '../storage/storage-adapter.js';
import { COLLECTIONS } from './engine-schema.js';
import type { ActivityRecord } from './stored-activity.schema.js';

/** What the engagement boards read from their host. */
export interface EngagementSource {
  readonly storage: StorageAdapter;
  /** A seller's groups under the published directory and tier policy. */
  scopesOf(sellerId: string): LeaderboardScopes;
  /** Whether the board ranks this person (sellers, not coaches or managers). */
  ranks(sellerId: string): boolean;
  /** Who among `sellerIds` (everyone when omitted) is hidden from others, as for the challenges' boards. */
  hidden(sellerIds?: readonly string[]): Promise<ReadonlySet<string>>;
}

/** All time, or one week of the sellers' calendars (its Monday's day number). */
export type EngagementPeriod = 'all' | number;

/**
 * The board id of a period: `|engagement:all`, `|engagement:2026-11-30`. No challenge's board
 * takes such a name (challenge ids begin with a letter or digit), nor does the format mark.
 */
export function engagementBoardId(period: EngagementPeriod): string {
  return `|engagement:${period === 'all' ? 'all' : weekName(period)}`;
}

function keyOf(period: EngagementPeriod): string {
  return period === 'all' ? 'all' : String(period);
}

/** Points and the time of the last counted action, per seller, of some activity records. */
function totals(records: readonly ActivityRecord[]): Map<string, LeaderboardEntry> {
  const bySeller = new Map<string, LeaderboardEntry>();
  for (const record of records) {
    const entry = bySeller.get(record.sellerId);
    bySeller.set(record.sellerId, {
      sellerId: record.sellerId,
      score: (entry?.score ?? 0) + record.points,
      // Equal points rank the seller who reached them first ahead.
      completedAt: Math.max(entry?.completedAt ?? -Infinity, record.at),
    });
  }
  return bySeller;
}

/**
 * Owns the engagement boards: built from the activity records on first read of each period, then
 * kept in line seller by seller as actions are counted. Each change goes through one queue. With
 * a store of its own, anything it cannot follow seller by seller (another tab's actions, a new
 * directory) makes the next read build afresh; a shared store (Redis) is written through by every
 * process, and built from storage only when it has nothing for a period or after {@link invalidate}.
 */
export class EngagementBoards {
  readonly #source: EngagementSource;
  readonly #store: LeaderboardStore;
  readonly #own: boolean;
  readonly #shared: boolean;
  /** Periods whose boards hold what storage holds. */
  readonly #built = new Set<string>();
  /** Board names written per period, so a rebuild empties those that have no one left. */
  readonly #names = new Map<string, Set<string>>();
  /** After {@link invalidate}, a shared store's boards are built afresh even when they hold rows. */
  readonly #forced = new Set<string>();
  #forceAll = false;
  #queue: Promise<unknown> = Promise.resolve();

  /** `own`: the store is this object's to close (not shared with the challenges' boards). */
  constructor(source: EngagementSource, store: LeaderboardStore, own: boolean) {
    this.#source = source;
    this.#store = store;
    this.#own = own;
    this.#shared = store.supports.shared;
  }

  /** The reader of one period's board in one scope, built first if it is not. */
  async reader(period: EngagementPeriod, scope: LeaderboardScope, group?: string): Promise<BoardReader> {
    await this.#enqueue(() => this.#ensure(period));
    return boardReader(this.#store, boardName(engagementBoardId(period), scope, group));
  }

  /**
   * Moves a seller to the points storage now holds for them on the boards of every period they
   * have activity in, and of `weeks` (the weeks of records just erased); off them when hidden,
   * not ranked or without points there.
   */
  follow(sellerId: string, weeks: readonly number[] = []): Promise<void> {
    return this.#enqueue(async () => {
      const records = await this.#source.storage.query<ActivityRecord>(COLLECTIONS.activity, {
        index: 'bySeller',
        range: { only: sellerId },
      });
      const periods = new Set<EngagementPeriod>(['all', ...weeks, ...records.map((record) => record.week)]);
      const hidden = (await this.#source.hidden([sellerId])).has(sellerId);
      const ranked = !hidden && this.#source.ranks(sellerId);
      const scopes = this.#source.scopesOf(sellerId);
      const operations: LeaderboardWrite[] = [];
      for (const period of periods) {
        // A store of its own builds a period from storage on first read: nothing to move before.
        if (!this.#shared && !this.#built.has(keyOf(period))) continue;
        const entry = totals(period === 'all' ? records : records.filter((r) => r.week === period)).get(sellerId);
        for (const board of boardsOf(engagementBoardId(period), scopes)) {
          this.#named(period).add(board);
          operations.push(
            ranked && entry !== undefined ? { type: 'upsert', board, entry } : { type: 'remove', board, sellerId },
          );
        }
      }
      await this.#store.write(operations);
    }).catch((error: unknown) => {
      this.invalidate();
      throw error;
    });
  }

  /** The boards may miss changes (another tab's, a new directory): each is built afresh on its next read. */
  invalidate(): void {
    for (const key of this.#built) this.#forced.add(key);
    this.#built.clear();
    this.#forceAll = true;
  }

  /** Closes the store when it is this object's own. */
  async close(): Promise<void> {
    if (this.#own) await this.#store.close();
  }

  #named(period: EngagementPeriod): Set<string> {
    const key = keyOf(period);
    let names = this.#names.get(key);
    if (names === undefined) this.#names.set(key, (names = new Set()));
    return names;
  }

  async #ensure(period: EngagementPeriod): Promise<void> {
    const key = keyOf(period);
    if (this.#built.has(key)) return;
    const forced = this.#forceAll || this.#forced.has(key);
    if (this.#shared && !forced && (await this.#store.count(boardName(engagementBoardId(period), 'global'))) > 0) {
      this.#built.add(key); // another process built it, and every process writes through
      return;
    }
    const { storage } = this.#source;
    const records =
      period === 'all'
        ? await storage.query<ActivityRecord>(COLLECTIONS.activity)
        : await storage.query<ActivityRecord>(COLLECTIONS.activity, { index: 'byWeek', range: { only: period } });
    const hidden = await this.#source.hidden();
    const lists = new Map<string, LeaderboardEntry[]>();
    const id = engagementBoardId(period);
    lists.set(boardName(id, 'global'), []);
    for (const entry of totals(records).values()) {
      if (hidden.has(entry.sellerId) || !this.#source.ranks(entry.sellerId)) continue;
      const scopes = this.#source.scopesOf(entry.sellerId);
      for (const board of boardsOf(id, scopes)) {
        const list = lists.get(board);
        if (list === undefined) lists.set(board, [entry]);
        else list.push(entry);
      }
    }
    const names = this.#named(period);
    for (const board of names) if (!lists.has(board)) await this.#store.replace(board, []);
    for (const [board, entries] of lists) {
      names.add(board);
      await this.#store.replace(board, entries.sort(compareEntries));
    }
    this.#forced.delete(key);
    if (this.#forced.size === 0) this.#forceAll = false;
    this.#built.add(key);
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
