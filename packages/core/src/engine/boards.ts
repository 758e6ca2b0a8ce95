// The leaderboards of a host: loaded with the leaderboard code on first need (a leaderboard read
// or a finished attempt), not with the engine, so a page showing only a quiz or the feed never pays
// for them. See `loadBoards` in create-host.ts.
import { boardName, boardsOf, GROUP_SCOPES, sameScopes, type LeaderboardScopes } from '../leaderboard/board-names.js';
import { compareEntries, type LeaderboardEntry } from '../leaderboard/leaderboard-entry.js';
import type { LeaderboardStore, LeaderboardWrite } from '../leaderboard/leaderboard-store.js';
import type { BoardReader } from '../leaderboard/leaderboard-view.js';
import type { LeaderboardScope } from '../leaderboard/leaderboard.schema.js';
import type { StorageAdapter } from '../storage/storage-adapter.js';
import { COLLECTIONS } from './engine-schema.js';
import type { StoredScore } from './stored-records.schema.js';

/** What the boards read from their host: storage, and the published pack and directory of now. */
export interface BoardsSource {
  readonly storage: StorageAdapter;
  /** The challenges of the published pack. */
  challengeIds(): Iterable<string>;
  /** A seller's groups under the published directory and tier policy. */
  scopesOf(sellerId: string): LeaderboardScopes;
}

/** A seller's groups before and after a directory or pack update. */
export interface Move {
  readonly sellerId: string;
  readonly before: LeaderboardScopes;
  readonly after: LeaderboardScopes;
}

const keyOf = (challengeId: string, sellerId: string) => `${challengeId}\u0000${sellerId}`;

/**
 * Owns a host's leaderboards: their first build from the stored scores, their version against the
 * writes that race that build, and every later change — a score committed here, a score another
 * tab or process stored, a seller deleted, sellers who moved to another partner, team or tier.
 * Every change goes through one queue, so a read-then-apply never lands after a newer one.
 */
export class Boards {
  readonly #source: BoardsSource;
  readonly #store: LeaderboardStore;
  #state: 'cold' | 'building' | 'built' | 'stale' = 'cold';
  /** Every board this host has written, so a rebuild empties those that have no one left. */
  readonly #names = new Set<string>();
  #build: Promise<void> | undefined;
  /** Scores changed while the build was reading: read again once it is done. */
  readonly #pending = new Set<string>();
  /** The groups each seller was ranked under, to take them off the right boards when they move. */
  readonly #placed = new Map<string, LeaderboardScopes>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(source: BoardsSource, store: LeaderboardStore) {
    this.#source = source;
    this.#store = store;
  }

  /**
   * Builds the boards from every stored score the first time, and again after {@link invalidate};
   * a failed build is tried again on the next call.
   */
  ready(): Promise<void> {
    if (this.#state === 'built') return Promise.resolve();
    return (this.#build ??= this.#enqueue(() => this.#buildAll()).then(
      () => {
        this.#build = undefined;
      },
      (error: unknown) => {
        this.#state = this.#state === 'building' ? 'stale' : this.#state;
        this.#build = undefined;
        throw error;
      },
    ));
  }

  /** Marks the boards as missing changes (a refresh failed): the next read builds them afresh. */
  invalidate(): void {
    if (this.#state === 'built') this.#state = 'stale';
  }

  /**
   * Builds the boards afresh from every stored score, for a store whose change announcements do
   * not say which scores changed. Boards not built yet are left to their first build.
   */
  rebuild(): Promise<void> {
    if (this.#state === 'cold') return Promise.resolve();
    this.#state = 'stale';
    return this.ready();
  }

  /** Closes the leaderboard store. */
  close(): Promise<void> {
    return this.#store.close();
  }

  /** The reader of one board (after {@link ready}). */
  reader(challengeId: string, scope: LeaderboardScope, group?: string): BoardReader {
    const name = boardName(challengeId, scope, group);
    const store = this.#store;
    return {
      count: () => store.count(name),
      page: (offset, limit) => store.page(name, offset, limit),
      around: (sellerId, radius) => store.around(name, sellerId, radius),
    };
  }

  /** The seller's rank on the challenge's global board, once it is built. */
  async rank(challengeId: string, sellerId: string): Promise<number | undefined> {
    if (this.#state !== 'built') return undefined;
    await this.#queue;
    return this.#store.rank(boardName(challengeId, 'global'), sellerId);
  }

  /** Puts a counted score this host just committed on the seller's boards. */
  place(challengeId: string, entry: LeaderboardEntry): Promise<void> {
    if (this.#state !== 'built') return this.#later([[challengeId, entry.sellerId]]);
    return this.#enqueue(async () => {
      if (this.#state !== 'built') return this.#later([[challengeId, entry.sellerId]]);
      await this.#write(this.#upserts(challengeId, entry));
    });
  }

  /**
   * Brings the boards in line with scores stored elsewhere (another tab or process): reads each
   * named score again and moves, adds or removes that seller. A shared store was already written
   * by whoever stored the score, so it is left alone.
   */
  refresh(keys: readonly (readonly [string, string])[]): Promise<void> {
    if (this.#store.supports.shared || keys.length === 0) return Promise.resolve();
    if (this.#state !== 'built') return this.#later(keys);
    return this.#enqueue(async () => {
      if (this.#state !== 'built') return this.#later(keys);
      await this.#reread(keys);
    });
  }

  /** Takes a seller whose records were deleted off every board. */
  removeSeller(sellerId: string): Promise<void> {
    const everywhere = () => [...this.#source.challengeIds()].map((challengeId) => [challengeId, sellerId] as const);
    if (this.#state !== 'built') return this.#later(everywhere());
    return this.#enqueue(async () => {
      if (this.#state !== 'built') return this.#later(everywhere());
      const challengeIds = [...this.#source.challengeIds()];
      const scopes = this.#placed.get(sellerId) ?? this.#source.scopesOf(sellerId);
      this.#placed.delete(sellerId);
      const operations: LeaderboardWrite[] = [];
      for (const challengeId of challengeIds) {
        for (const board of boardsOf(challengeId, scopes)) operations.push({ type: 'remove', board, sellerId });
      }
      await this.#write(operations);
    });
  }

  /**
   * Moves sellers whose groups changed (a new partner, team, region or tier) from their old
   * group boards to the new ones, with the scores storage holds for them.
   */
  follow(moves: readonly Move[]): Promise<void> {
    const moved = () =>
      [...this.#source.challengeIds()].flatMap((challengeId) =>
        moves.map((move) => [challengeId, move.sellerId] as const),
      );
    if (moves.length === 0) return Promise.resolve();
    if (this.#state !== 'built') return this.#later(moved());
    return this.#enqueue(async () => {
      if (this.#state !== 'built') return this.#later(moved());
      const challenges = new Set(this.#source.challengeIds());
      const operations: LeaderboardWrite[] = [];
      for (const move of moves) {
        const before = this.#store.supports.shared ? move.before : this.#placed.get(move.sellerId);
        if (before === undefined || sameScopes(before, move.after)) continue;
        const scores = await this.#source.storage.query<StoredScore>(COLLECTIONS.scores, {
          index: 'bySeller',
          range: { only: move.sellerId },
        });
        for (const score of scores) {
          if (!challenges.has(score.challengeId)) continue;
          for (const board of boardsOf(score.challengeId, before).slice(1)) {
            operations.push({ type: 'remove', board, sellerId: move.sellerId });
          }
          for (const board of boardsOf(score.challengeId, move.after).slice(1)) {
            operations.push({ type: 'upsert', board, entry: entryOf(score) });
          }
        }
        if (!this.#store.supports.shared) this.#placed.set(move.sellerId, move.after);
      }
      await this.#write(operations);
    });
  }

  /**
   * Notes scores changed while the boards are not built. Cold or stale boards read every score
   * when they next build; a build under way reads these again once it is done. Never waits for
   * the build, which may itself be waiting on the write that called this.
   */
  #later(keys: readonly (readonly [string, string])[]): Promise<void> {
    if (this.#state === 'building')
      for (const [challengeId, sellerId] of keys) this.#pending.add(keyOf(challengeId, sellerId));
    return Promise.resolve();
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #buildAll(): Promise<void> {
    if (this.#state === 'built') return;
    this.#state = 'building';
    this.#placed.clear();
    const { storage } = this.#source;
    // Sorted once here, each board's list is already in order and its bulk load a linear pass.
    const scores = (await storage.query<StoredScore>(COLLECTIONS.scores)).sort(compareEntries);
    const challenges = new Set(this.#source.challengeIds());
    // Lists found by the challenge and the group's own string, one Map per scope: building a
    // board name per score and hashing it cost twice as much at 100 000 scores.
    const perChallenge = new Map<string, { global: LeaderboardEntry[]; groups: Map<string, LeaderboardEntry[]>[] }>();
    for (const challengeId of challenges) {
      perChallenge.set(challengeId, { global: [], groups: GROUP_SCOPES.map(() => new Map()) });
    }
    for (const score of scores) {
      const lists = perChallenge.get(score.challengeId);
      if (lists === undefined) continue;
      let scopes = this.#placed.get(score.sellerId);
      if (scopes === undefined) this.#placed.set(score.sellerId, (scopes = this.#source.scopesOf(score.sellerId)));
      lists.global.push(score);
      for (let i = 0; i < GROUP_SCOPES.length; i++) {
        const group = scopes[GROUP_SCOPES[i]!];
        if (group === undefined) continue;
        const byGroup = lists.groups[i]!;
        const list = byGroup.get(group);
        if (list === undefined) byGroup.set(group, [score]);
        else list.push(score);
      }
    }
    const lists = new Map<string, LeaderboardEntry[]>();
    for (const [challengeId, { global, groups }] of perChallenge) {
      lists.set(boardName(challengeId, 'global'), global);
      groups.forEach((byGroup, i) => {
        for (const [group, list] of byGroup) lists.set(boardName(challengeId, GROUP_SCOPES[i]!, group), list);
      });
    }
    for (const board of this.#names) if (!lists.has(board)) await this.#store.replace(board, []);
    for (const [board, entries] of lists) {
      this.#names.add(board);
      await this.#store.replace(board, entries);
    }
    this.#state = 'built';
    const pending = [...this.#pending].map((key) => key.split('\u0000') as [string, string]);
    this.#pending.clear();
    await this.#reread(pending);
  }

  async #reread(keys: readonly (readonly [string, string])[]): Promise<void> {
    if (keys.length === 0) return;
    const records = await Promise.all(
      keys.map((key) => this.#source.storage.get<StoredScore>(COLLECTIONS.scores, [key[0], key[1]])),
    );
    const operations: LeaderboardWrite[] = [];
    keys.forEach(([challengeId, sellerId], i) => {
      const record = records[i];
      if (record) {
        operations.push(...this.#upserts(challengeId, entryOf(record)));
        return;
      }
      const scopes = this.#placed.get(sellerId) ?? this.#source.scopesOf(sellerId);
      for (const board of boardsOf(challengeId, scopes)) operations.push({ type: 'remove', board, sellerId });
    });
    await this.#write(operations);
  }

  #write(operations: readonly LeaderboardWrite[]): Promise<void> {
    for (const operation of operations) this.#names.add(operation.board);
    return this.#store.write(operations);
  }

  #upserts(challengeId: string, entry: LeaderboardEntry): LeaderboardWrite[] {
    let scopes = this.#placed.get(entry.sellerId);
    if (scopes === undefined) this.#placed.set(entry.sellerId, (scopes = this.#source.scopesOf(entry.sellerId)));
    return boardsOf(challengeId, scopes).map((board) => ({ type: 'upsert', board, entry }));
  }
}

function entryOf(score: StoredScore): LeaderboardEntry {
  return { sellerId: score.sellerId, score: score.score, completedAt: score.completedAt };
}
