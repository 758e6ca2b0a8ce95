import type { Challenge } from '../challenge/challenge.schema.js';
import type { ContentPack } from '../content/content-pack.schema.js';
import type { Directory, Partner, Seller, SellerRole } from '../directory/directory.schema.js';
import type { Subscribable } from '../events/subscribable.js';
import type { LeaderboardEntry } from '../leaderboard/leaderboard-entry.js';
import type { Pseudonyms } from '../leaderboard/pseudonym.js';
import type { Nugget } from '../nugget/nugget.schema.js';
import type { PitchPrompt } from '../pitch/pitch-prompt.schema.js';
import type { BatchOperation, StorageAdapter } from '../storage/storage-adapter.js';
import type { TierAssignment } from '../tiers/assign-tiers.js';
import type { MindshareChange, Viewer } from '../api/mindshare-api.js';
import type { BoardCode } from './board-code.js';
import type { Boards } from './boards.js';
import type { EntityBoards } from './entity-boards.js';
import type { EngagementBoards } from './engagement-boards.js';
import type { PackState, QuestionSource } from './pack-state.js';
import type { People } from './people.js';

export type { QuestionSource } from './pack-state.js';

/**
 * What a host shares with all its views: storage, the clock, the published pack and directory
 * (each replaced whole by `host.update`, never mutated), the boards, change events, and the
 * per-seller queue of read-modify-write operations.
 */
export interface EngineHost {
  /** Storage as the engine reads it: records parsed, answers' reads cached. */
  readonly storage: StorageAdapter;
  /** The same store as given, records unparsed and uncached: only for erasing a seller's data. */
  readonly unchecked: StorageAdapter;
  readonly now: () => number;
  readonly random: () => number;
  readonly changes: Subscribable<MindshareChange>;
  /** The published pack with its lookups. */
  readonly content: PackState;
  /** The published directory with its lookups and tiers. */
  readonly people: People;
  /**
   * With `questionTimes: 'memory'`, when each question of an attempt was shown (attempt id →
   * question id → epoch ms), kept here and written with the attempt's next change; `undefined`
   * when shown times are written at once.
   */
  readonly shownInMemory: Map<string, Readonly<Record<string, number>>> | undefined;
  /**
   * Builds the boards the first time (later calls share that work) with `code`, which the caller
   * brings: a page that never calls this never loads it.
   */
  loadBoards(code: BoardCode): Promise<Boards>;
  /** The host's partner and team boards (built on first need with `code`), see `EntityBoards`. */
  entityBoards(code: BoardCode): Promise<EntityBoards>;
  /**
   * The host's pseudonyms, keyed by its configured secret or the one kept in storage (read, or
   * made, the first time, with `code`): one key and one cache of codes per host.
   */
  pseudonyms(code: BoardCode): Promise<Pseudonyms>;
  /**
   * Puts a committed counted score on the boards once they exist; before, their build reads it.
   * `role` is the scorer's, as stored with the score.
   */
  placeScore(challengeId: string, entry: LeaderboardEntry, role: SellerRole): Promise<void>;
  /**
   * Counts certified sellers again (a certification was awarded or renewed, here or in another
   * process) and places partners in their tiers with the new counts, moving their sellers between
   * tier boards. Nothing to do when the tier policy counts no certified sellers.
   */
  recountCertified(): Promise<void>;
  /** Takes a seller off every board once they exist (their records are deleted). */
  removeSeller(sellerId: string): Promise<void>;
  /** Puts a seller on or off the boards their stored scores and visibility now place them on. */
  recheckSeller(sellerId: string): Promise<void>;
  /** The engagement boards, made with `code` the first time (built per period on their first read). */
  loadEngagement(code: BoardCode): Promise<EngagementBoards>;
  /**
   * Moves a seller on the engagement boards to the points storage holds for them, after a write
   * counted activity, erased it (`weeks`: the weeks of the erased records) or changed their visibility.
   */
  engagementChanged(sellerId: string, weeks?: readonly number[]): Promise<void>;
  /**
   * Applies `operations` atomically, runs `committed` (to bring in-memory state such as the
   * leaderboards in line), then emits one local change for `areas`.
   */
  write(
    operations: readonly BatchOperation[],
    areas: MindshareChange['areas'],
    committed?: () => void | Promise<void>,
  ): Promise<void>;
  /**
   * Runs `task` after every earlier task queued under `key` (a seller id) has settled, so two
   * read-modify-write operations of one seller never both write from the same stale read, while
   * different sellers' operations run side by side.
   */
  exclusive<T>(key: string, task: () => Promise<T>): Promise<T>;
}

/**
 * Everything an engine operation reads: one viewer, and the pack and directory published when
 * the operation began (see {@link ViewContext}).
 */
export interface EngineContext {
  readonly host: EngineHost;
  readonly viewer: Viewer;
  readonly storage: StorageAdapter;
  readonly pack: ContentPack;
  readonly directory: Directory;
  readonly now: () => number;
  readonly random: () => number;
  readonly sellers: ReadonlyMap<string, Seller>;
  readonly partners: ReadonlyMap<string, Partner>;
  readonly assignments: readonly TierAssignment[];
  /** partnerId → tierId under the pack's policy. */
  readonly partnerTier: ReadonlyMap<string, string>;
  /** sellerId → partnerId. */
  readonly sellerPartner: ReadonlyMap<string, string>;
  readonly challenges: ReadonlyMap<string, Challenge>;
  readonly nuggets: ReadonlyMap<string, Nugget>;
  readonly prompts: ReadonlyMap<string, PitchPrompt>;
  /** Every live question of the pack (challenges and mini-quizzes), by id. */
  readonly questions: ReadonlyMap<string, QuestionSource>;
  readonly changes: Subscribable<MindshareChange>;
  /** See {@link EngineHost.write}. */
  write(
    operations: readonly BatchOperation[],
    areas: MindshareChange['areas'],
    committed?: () => void | Promise<void>,
  ): Promise<void>;
  /** {@link EngineHost.exclusive} under the viewer's id. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * The context of one operation: the viewer, and the pack and directory published when the
 * operation began, pinned so a `host.update` landing while it awaits storage never mixes two
 * packs in one attempt. Four fields and getters on the prototype: made per call, it costs
 * almost nothing however large the directory is.
 */
export class ViewContext implements EngineContext {
  readonly #content: PackState;
  readonly #people: People;
  constructor(
    readonly host: EngineHost,
    readonly viewer: Viewer,
  ) {
    this.#content = host.content;
    this.#people = host.people;
  }
  get storage(): StorageAdapter {
    return this.host.storage;
  }
  get pack(): ContentPack {
    return this.#content.pack;
  }
  get directory(): Directory {
    return this.#people.directory;
  }
  get now(): () => number {
    return this.host.now;
  }
  get random(): () => number {
    return this.host.random;
  }
  get sellers(): ReadonlyMap<string, Seller> {
    return this.#people.sellers;
  }
  get partners(): ReadonlyMap<string, Partner> {
    return this.#people.partners;
  }
  get assignments(): readonly TierAssignment[] {
    return this.#people.assignments;
  }
  get partnerTier(): ReadonlyMap<string, string> {
    return this.#people.partnerTier;
  }
  get sellerPartner(): ReadonlyMap<string, string> {
    return this.#people.sellerPartner;
  }
  get challenges(): ReadonlyMap<string, Challenge> {
    return this.#content.challenges;
  }
  get nuggets(): ReadonlyMap<string, Nugget> {
    return this.#content.nuggets;
  }
  get prompts(): ReadonlyMap<string, PitchPrompt> {
    return this.#content.prompts;
  }
  get questions(): ReadonlyMap<string, QuestionSource> {
    return this.#content.questions;
  }
  get changes(): Subscribable<MindshareChange> {
    return this.host.changes;
  }
  write(
    operations: readonly BatchOperation[],
    areas: MindshareChange['areas'],
    committed?: () => void | Promise<void>,
  ): Promise<void> {
    return this.host.write(operations, areas, committed);
  }
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.host.exclusive(this.viewer.id, task);
  }
}
