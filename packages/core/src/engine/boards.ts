// The leaderboards of a host, loaded with the leaderboard code on first need (see leaderboards.ts).
import type { SellerRole } from '../directory/directory.schema.js';
import { boardName, boardsOf, GROUP_SCOPES, sameScopes, type LeaderboardScopes } from '../leaderboard/board-names.js';
import { compareEntries, type LeaderboardEntry } from '../leaderboard/leaderboard-entry.js';
import type { LeaderboardStore, LeaderboardWrite } from '../leaderboard/leaderboard-store.js';
import { boardReader, type BoardReader } from '../leaderboard/leaderboard-view.js';
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
  /**
   * Whether the challenge ranks this person (its `leaderboard.roles` holds their role): a
   * coach's stored score stays a result of theirs, never a row on the board. `storedRole` is the
   * role stored with their score, which decides once the directory no longer lists them.
   */
  ranks(challengeId: string, sellerId: string, storedRole?: SellerRole): boolean;
  /**
   * Who among `sellerIds` (everyone when omitted) is hidden from others — by their own choice,
   * else the directory's — and so kept off every board: the ranks and totals others see are then
   * those of the sellers they can see, with no gap where a hidden one stands. Read from storage
   * each time, never cached, since another process may have changed it. Omitted: no one is hidden.
   */
  hidden?(sellerIds?: readonly string[]): Promise<ReadonlySet<string>>;
}

/** A seller's groups before and after a directory or pack update. */
export interface Move {
  readonly sellerId: string;
  readonly before: LeaderboardScopes;
  readonly after: LeaderboardScopes;
}

type ScoreKey = readonly [challengeId: string, sellerId: string];

/** Above this many sellers moved at once, boards of their own are built afresh rather than moved seller by seller. */
const MOVES_BEFORE_REBUILD = 500;

const keyOf = (challengeId: string, sellerId: string) => `${challengeId}\u0000${sellerId}`;

/**
 * The format of the boards a build writes to a shared store, which outlives the code that wrote
 * it: 2 since `leaderboard.roles` (issue 14), whose boards hold only the roles a challenge ranks;
 * 3 since hidden sellers (issue 16) are kept off the boards rather than skipped when read; boards without a mark were built by code that ranked everyone. Raise it whenever what the boards
 * hold changes, so the first process of the new version to find older boards rebuilds them once.
 */
export const BOARD_FORMAT = 3;

/**
 * The board that holds the format mark beside the boards, through the same domain-free port: its
 * one row's score is the format. No challenge's board takes this name (ids begin with a letter or digit).
 */
export const FORMAT_BOARD = '|format';

/**
 * Owns a host's leaderboards: their build from the stored scores, the writes that race a build,
 * and every later change — a score committed here, a score another tab or process stored, a
 * seller deleted, sellers who moved to another partner, team, region or tier. Every change goes
 * through one queue, so a read-then-apply never lands after a newer one.
 *
 * With a store of its own (in memory) the boards are built once from storage and then kept in
 * line score by score, scores stored elsewhere included. With a shared store (Redis behind
 * several processes) the store is the ranking every process writes through: this host writes what
 * it commits, leaves what others stored to them, and builds the boards from storage only when the
 * store has none (it lost its data).
 */
export class Boards {
  readonly #source: BoardsSource;
  readonly #store: LeaderboardStore;
  readonly #shared: boolean;
  /** Whether the boards hold what storage holds: not built yet, built, or missing changes. */
  #state: 'cold' | 'built' | 'stale' = 'cold';
  /** A build is reading storage and writing boards; changes meanwhile go to {@link #pending}. */
  #building = false;
  /** Another build was asked for while one ran (a change announced without its keys). */
  #again = false;
  #build: Promise<void> | undefined;
  /** The next build writes every board even if a shared store already holds some (see {@link reload}). */
  #forced = false;
  /** Scores changed while a build ran: read again once it is done. */
  readonly #pending = new Set<string>();
  /** The groups each seller was ranked under, to take them off the right boards when they move. */
  readonly #placed = new Map<string, LeaderboardScopes>();
  /** Every board this host has written, so a rebuild empties those that have no one left. */
  readonly #names = new Set<string>();
  /**
   * The group boards a build sorted but has not written yet, by name: each is written on its
   * first read or write, so a first read of a global board does not pay for 7 000 small ones.
   */
  readonly #unbuilt = new Map<string, LeaderboardEntry[]>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(source: BoardsSource, store: LeaderboardStore) {
    this.#source = source;
    this.#store = store;
    this.#shared = store.supports.shared;
  }

  /**
   * Builds the boards from every stored score the first time, and again after {@link invalidate}
   * or {@link rebuild}; a failed build is tried again on the next call.
   */
  ready(): Promise<void> {
    if (this.#state === 'built' && !this.#building) return Promise.resolve();
    return (this.#build ??= this.#enqueue(async () => {
      do {
        this.#again = false;
        await this.#buildAll();
      } while (this.#again);
    }).then(
      () => {
        this.#build = undefined;
      },
      (error: unknown) => {
        this.#building = false;
        if (this.#state === 'built') this.#state = 'stale';
        this.#build = undefined;
        throw error;
      },
    ));
  }

  /** Marks the boards as missing changes (a refresh or a write failed): the next read builds them afresh. */
  invalidate(): void {
    if (this.#state === 'built') this.#state = 'stale';
    // A shared store missed a score (unreachable for a moment) but still holds the others: only
    // a full rebuild puts that score back, the usual check would find the store full and stop.
    if (this.#shared) this.#forced = true;
  }

  /**
   * Builds the boards afresh from every stored score, for a store whose change announcements do
   * not say which scores changed; a build under way runs once more. Boards not built yet are left
   * to their first build.
   */
  rebuild(): Promise<void> {
    if (this.#shared) return Promise.resolve();
    if (this.#building) this.#again = true;
    else if (this.#state === 'cold') return Promise.resolve();
    else this.#state = 'stale';
    return this.ready();
  }

  /**
   * Builds every board afresh from storage and replaces what the store holds, shared or not: for a
   * shared store that lost its data while processes kept writing through it (a Redis restarted
   * without persistence), where the usual first build would trust the few scores written since.
   */
  reload(): Promise<void> {
    this.#forced = true;
    if (this.#building) this.#again = true;
    else if (this.#state === 'built') this.#state = 'stale';
    return this.ready();
  }

  /** Closes the leaderboard store. */
  close(): Promise<void> {
    return this.#store.close();
  }

  /** The reader of one board (after {@link ready}), written first if the build left it for later. */
  async reader(challengeId: string, scope: LeaderboardScope, group?: string): Promise<BoardReader> {
    const name = boardName(challengeId, scope, group);
    if (this.#unbuilt.has(name)) await this.#enqueue(() => this.#materialize([name]));
    return boardReader(this.#store, name);
  }

  /** The seller's rank on the challenge's global board, once it is built. */
  async rank(challengeId: string, sellerId: string): Promise<number | undefined> {
    if (this.#state !== 'built') return undefined;
    await this.#queue;
    return this.#store.rank(boardName(challengeId, 'global'), sellerId);
  }

  /** Puts a counted score this host just committed on the seller's boards; `role` is stored with it. */
  place(challengeId: string, entry: LeaderboardEntry, role?: SellerRole): Promise<void> {
    if (!this.#source.ranks(challengeId, entry.sellerId, role)) return Promise.resolve();
    if (!this.#shared && this.#later([[challengeId, entry.sellerId]])) return Promise.resolve();
    return this.#enqueue(async () => {
      if (!this.#shared && this.#later([[challengeId, entry.sellerId]])) return;
      if (this.#building) this.#pending.add(keyOf(challengeId, entry.sellerId)); // a shared store's build
      // Read in the queue, so a visibility change queued before this score is already applied.
      if ((await this.#hidden([entry.sellerId])).has(entry.sellerId)) return;
      await this.#write(this.#upserts(challengeId, entry));
    });
  }

  /**
   * Brings the boards in line with scores stored elsewhere (another tab or process): reads each
   * named score again and moves, adds or removes that seller. A shared store was already written
   * by whoever stored the score, so it is left alone.
   */
  refresh(keys: readonly ScoreKey[]): Promise<void> {
    if (this.#shared || keys.length === 0 || this.#later(keys)) return Promise.resolve();
    return this.#enqueue(async () => {
      if (!this.#later(keys)) await this.#reread(keys);
    });
  }

  /** Takes a seller whose records were deleted off every board. */
  removeSeller(sellerId: string): Promise<void> {
    const everywhere = (): ScoreKey[] => [...this.#source.challengeIds()].map((challengeId) => [challengeId, sellerId]);
    if (!this.#shared && this.#later(everywhere())) return Promise.resolve();
    return this.#enqueue(async () => {
      if (!this.#shared && this.#later(everywhere())) return;
      if (this.#building) for (const [challengeId] of everywhere()) this.#pending.add(keyOf(challengeId, sellerId));
      const scopes = this.#placed.get(sellerId) ?? this.#source.scopesOf(sellerId);
      this.#placed.delete(sellerId);
      const operations: LeaderboardWrite[] = [];
      for (const challengeId of this.#source.challengeIds()) {
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
    const byId = new Map(moves.map((move) => [move.sellerId, move]));
    return this.#forPeople([...byId.keys()], async (sellerId, challenges) => {
      const move = byId.get(sellerId)!;
      const before = this.#shared ? move.before : this.#placed.get(sellerId);
      if (before === undefined || sameScopes(before, move.after)) return [];
      const hidden = (await this.#hidden([sellerId])).has(sellerId);
      const operations: LeaderboardWrite[] = [];
      for (const score of await this.#scoresOf(sellerId)) {
        if (!challenges.has(score.challengeId)) continue;
        // Off the old group boards whether or not they are ranked now: someone who left the
        // directory may be ranked by the role stored with their score, not the one they had.
        for (const board of boardsOf(score.challengeId, before).slice(1)) {
          operations.push({ type: 'remove', board, sellerId });
        }
        if (hidden || !this.#source.ranks(score.challengeId, sellerId, score.role)) continue;
        for (const board of boardsOf(score.challengeId, move.after).slice(1)) {
          operations.push({ type: 'upsert', board, entry: entryOf(score) });
        }
      }
      if (!this.#shared) this.#placed.set(sellerId, move.after);
      return operations;
    });
  }

  /**
   * Puts people who joined or left the directory where their stored scores now place them: the
   * directory's role decides whether a challenge ranks someone it lists, the role stored with the
   * score someone it no longer lists (see `ranksPerson`), so either change may put them on or
   * off the boards of their present groups (a move between groups is {@link follow}'s, run first).
   * Also for people who were hidden or shown (their own choice, or the directory's default).
   */
  recheck(sellerIds: readonly string[]): Promise<void> {
    return this.#forPeople(sellerIds, async (sellerId, challenges) => {
      if (this.#building) for (const challengeId of challenges) this.#pending.add(keyOf(challengeId, sellerId));
      const scopes = this.#source.scopesOf(sellerId);
      const hidden = (await this.#hidden([sellerId])).has(sellerId);
      const operations: LeaderboardWrite[] = [];
      for (const score of await this.#scoresOf(sellerId)) {
        if (!challenges.has(score.challengeId)) continue;
        const ranked = !hidden && this.#source.ranks(score.challengeId, sellerId, score.role);
        for (const board of boardsOf(score.challengeId, scopes)) {
          operations.push(
            ranked ? { type: 'upsert', board, entry: entryOf(score) } : { type: 'remove', board, sellerId },
          );
        }
      }
      if (!this.#shared) this.#placed.set(sellerId, scopes);
      return operations;
    });
  }

  /**
   * Rewrites the boards of these people, one score read each (`collect` says what to write for
   * one of them), in one write. A store of its own that is not built, or past
   * {@link MOVES_BEFORE_REBUILD} people (a reorganisation moving whole partners), reads every
   * score on its next need instead, which is cheaper.
   */
  #forPeople(
    sellerIds: readonly string[],
    collect: (sellerId: string, challenges: ReadonlySet<string>) => Promise<LeaderboardWrite[]>,
  ): Promise<void> {
    if (sellerIds.length === 0) return Promise.resolve();
    const keys = (): ScoreKey[] =>
      [...this.#source.challengeIds()].flatMap((challengeId) =>
        sellerIds.map((sellerId): ScoreKey => [challengeId, sellerId]),
      );
    if (!this.#shared && this.#later(keys())) return Promise.resolve();
    if (!this.#shared && sellerIds.length > MOVES_BEFORE_REBUILD) {
      this.invalidate();
      return Promise.resolve();
    }
    return this.#enqueue(async () => {
      if (!this.#shared && this.#later(keys())) return;
      const challenges = new Set(this.#source.challengeIds());
      const operations: LeaderboardWrite[] = [];
      for (const sellerId of sellerIds) operations.push(...(await collect(sellerId, challenges)));
      await this.#write(operations);
    });
  }

  /** {@link BoardsSource.hidden}, or no one when the source does not say. */
  #hidden(sellerIds?: readonly string[]): Promise<ReadonlySet<string>> {
    return this.#source.hidden?.(sellerIds) ?? Promise.resolve(new Set());
  }

  /** The counted scores storage holds for one person, every challenge's. */
  #scoresOf(sellerId: string): Promise<StoredScore[]> {
    return this.#source.storage.query<StoredScore>(COLLECTIONS.scores, {
      index: 'bySeller',
      range: { only: sellerId },
    });
  }

  /**
   * For a store of its own: notes scores changed while the boards are not built and says whether
   * that is all there is to do. Cold or stale boards read every score when they next build; a
   * build under way reads these again once it is done. Never waits for the build, which may
   * itself be waiting on the write that called this.
   */
  #later(keys: readonly ScoreKey[]): boolean {
    if (this.#building) {
      for (const [challengeId, sellerId] of keys) this.#pending.add(keyOf(challengeId, sellerId));
      return true;
    }
    return this.#state !== 'built';
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #buildAll(): Promise<void> {
    this.#building = true;
    const challenges = new Set(this.#source.challengeIds());
    const forced = this.#forced;
    this.#forced = false;
    if (this.#shared && !forced && (await this.#holdsData(challenges)) && (await this.#currentFormat())) {
      // Another process built these boards and every process writes through: nothing to do.
      this.#building = false;
      this.#state = 'built';
      return;
    }
    this.#placed.clear();
    const { storage } = this.#source;
    // Sorted once here, each board's list is already in order and its bulk load a linear pass.
    const scores = (await storage.query<StoredScore>(COLLECTIONS.scores)).sort(compareEntries);
    const hidden = await this.#hidden();
    // Lists found by the challenge and the group's own string, one Map per scope: building a
    // board name per score and hashing it cost twice as much at 100 000 scores.
    const perChallenge = new Map<string, { global: LeaderboardEntry[]; groups: Map<string, LeaderboardEntry[]>[] }>();
    for (const challengeId of challenges) {
      perChallenge.set(challengeId, { global: [], groups: GROUP_SCOPES.map(() => new Map()) });
    }
    for (const score of scores) {
      const lists = perChallenge.get(score.challengeId);
      if (lists === undefined) continue;
      if (hidden.has(score.sellerId) || !this.#source.ranks(score.challengeId, score.sellerId, score.role)) {
        // Boards of an older format may rank them, even on a group board no one else is on: those
        // are emptied below with the boards this host wrote.
        if (this.#shared) {
          for (const board of boardsOf(score.challengeId, this.#source.scopesOf(score.sellerId)))
            this.#names.add(board);
        }
        continue;
      }
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
    this.#unbuilt.clear();
    for (const [challengeId, { global, groups }] of perChallenge) {
      lists.set(boardName(challengeId, 'global'), global);
      groups.forEach((byGroup, i) => {
        for (const [group, list] of byGroup) {
          const name = boardName(challengeId, GROUP_SCOPES[i]!, group);
          // A shared store is read by other processes: everything is written now.
          if (this.#shared) lists.set(name, list);
          else this.#unbuilt.set(name, list);
        }
      });
    }
    for (const board of this.#names) {
      if (!lists.has(board) && !this.#unbuilt.has(board)) await this.#store.replace(board, []);
    }
    for (const [board, entries] of lists) {
      this.#names.add(board);
      await this.#store.replace(board, entries);
    }
    // Marked last, once every board is written: a build cut short leaves the old mark, and the
    // next process builds again. Two processes upgrading at once both rebuild from storage and
    // write the same mark; each board is replaced whole, so neither mixes its rows with the other's.
    if (this.#shared)
      await this.#store.replace(FORMAT_BOARD, [{ sellerId: 'boards', score: BOARD_FORMAT, completedAt: 0 }]);
    this.#building = false;
    this.#state = 'built';
    const pending = [...this.#pending].map((key) => key.split('\u0000') as [string, string]);
    this.#pending.clear();
    await this.#reread(pending);
  }

  /**
   * Whether a shared store's boards are of this code's format or a newer one (which an older
   * process must not rebuild over); boards without a mark are older.
   */
  async #currentFormat(): Promise<boolean> {
    const [mark] = await this.#store.page(FORMAT_BOARD, 0, 1);
    return mark !== undefined && mark.score >= BOARD_FORMAT;
  }

  /** Whether a shared store already ranks anyone on one of these challenges' global boards. */
  async #holdsData(challenges: ReadonlySet<string>): Promise<boolean> {
    for (const challengeId of challenges) {
      if ((await this.#store.count(boardName(challengeId, 'global'))) > 0) return true;
    }
    return false;
  }

  /**
   * Reads the named scores again and puts each seller where they belong now: on the boards of
   * their present groups with the stored score, or off them without one, leaving the boards of
   * groups they were ranked under before (a move that raced a build).
   */
  async #reread(keys: readonly ScoreKey[]): Promise<void> {
    if (keys.length === 0) return;
    const records = await Promise.all(
      keys.map((key) => this.#source.storage.get<StoredScore>(COLLECTIONS.scores, [key[0], key[1]])),
    );
    const hidden = await this.#hidden([...new Set(keys.map((key) => key[1]))]);
    const operations: LeaderboardWrite[] = [];
    keys.forEach(([challengeId, sellerId], i) => {
      const before = this.#placed.get(sellerId);
      const after = this.#source.scopesOf(sellerId);
      const boards = boardsOf(challengeId, after);
      if (before !== undefined && !sameScopes(before, after)) {
        for (const board of boardsOf(challengeId, before)) {
          if (!boards.includes(board)) operations.push({ type: 'remove', board, sellerId });
        }
      }
      // A score of someone the challenge does not rank, or who is hidden, is as good as none: off the boards.
      const record =
        records[i] && !hidden.has(sellerId) && this.#source.ranks(challengeId, sellerId, records[i].role)
          ? records[i]
          : undefined;
      for (const board of boards) {
        operations.push(
          record ? { type: 'upsert', board, entry: entryOf(record) } : { type: 'remove', board, sellerId },
        );
      }
    });
    for (const [, sellerId] of keys) this.#placed.set(sellerId, this.#source.scopesOf(sellerId));
    await this.#write(operations);
  }

  async #write(operations: readonly LeaderboardWrite[]): Promise<void> {
    await this.#materialize(operations.map((operation) => operation.board));
    for (const operation of operations) this.#names.add(operation.board);
    await this.#store.write(operations);
  }

  /** Writes the boards among `boards` that the build left for later (from inside the queue). */
  async #materialize(boards: readonly string[]): Promise<void> {
    for (const board of boards) {
      const entries = this.#unbuilt.get(board);
      if (entries === undefined) continue;
      this.#unbuilt.delete(board);
      // Stale boards of that name from an earlier build are replaced whole, so they go too.
      this.#names.add(board);
      await this.#store.replace(board, entries);
    }
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
