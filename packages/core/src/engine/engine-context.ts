import type { Challenge } from '../challenge/challenge.schema.js';
import type { Question } from '../challenge/question.schema.js';
import type { ContentPack } from '../content/content-pack.schema.js';
import type { Directory, Partner, Seller } from '../directory/directory.schema.js';
import type { Subscribable } from '../events/subscribable.js';
import type { LeaderboardIndex } from '../leaderboard/leaderboard-index.js';
import type { Nugget } from '../nugget/nugget.schema.js';
import type { PitchPrompt } from '../pitch/pitch-prompt.schema.js';
import type { RepetitionMode } from '../repetition/repetition-mode.js';
import type { BatchOperation, StorageAdapter } from '../storage/storage-adapter.js';
import type { TierAssignment } from '../tiers/assign-tiers.js';
import type { MindshareChange, Viewer } from '../api/mindshare-api.js';
import type * as BoardModule from './leaderboard-operations.js';

/** The lazily loaded leaderboard operations. */
export type BoardOperations = typeof BoardModule;

/** Where a question of the pack lives, and how spaced repetition treats it. */
export interface QuestionSource {
  readonly question: Question;
  /** The challenge or mini-quiz nugget that carries it. */
  readonly origin:
    | { readonly kind: 'challenge'; readonly challengeId: string }
    | { readonly kind: 'nugget'; readonly nuggetId: string };
  readonly repetition: RepetitionMode;
  /** Scoring rules for practice answers (the challenge's, or the defaults for nuggets). */
  readonly rules: Challenge['scoring'];
}

/**
 * Everything an engine operation reads: the validated inputs, lookups built once from them, the
 * live leaderboard indexes, and the two ways to touch the world (storage and change events).
 */
export interface EngineContext {
  readonly storage: StorageAdapter;
  readonly pack: ContentPack;
  readonly directory: Directory;
  readonly viewer: Viewer;
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
  /** One leaderboard index per challenge, built from stored scores by {@link loadBoards}; empty before. */
  readonly boards: Map<string, LeaderboardIndex>;
  /**
   * Loads the leaderboard code and builds {@link boards} the first time it is called (later calls
   * share that work); resolves with the leaderboard operations once the boards are current.
   */
  loadBoards(): Promise<BoardOperations>;
  readonly changes: Subscribable<MindshareChange>;
  /**
   * Applies `operations` atomically, runs `committed` (to bring in-memory state such as the
   * leaderboards in line), then emits one local change for `areas`.
   */
  write(operations: readonly BatchOperation[], areas: MindshareChange['areas'], committed?: () => void): Promise<void>;
  /**
   * Runs `task` after every earlier exclusive task of this engine has settled. Operations that read
   * a record, compute and write it back (answers, attempts, practice, recordings) run through it,
   * so two calls in flight never both write from the same stale read.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** Bumped by every local leaderboard change, so a rebuild that raced one knows to run again. */
  boardVersion: number;
}
