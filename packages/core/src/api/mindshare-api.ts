import type { z } from '../content/zod.js';
import type { Verdict } from '../challenge/attempt.js';
import type { AttemptView } from '../challenge/redact.js';
import type { RedactedQuestion } from '../challenge/redacted-question.schema.js';
import type { Confidence } from '../challenge/scoring.schema.js';
import type { Listener } from '../events/subscribable.js';
import type { PollTally } from '../nugget/poll-tally.js';
import type { PitchPrompt } from '../pitch/pitch-prompt.schema.js';
import type { Recording } from '../pitch/recording.schema.js';
import type { Review, ReviewInput } from '../pitch/review.schema.js';
import type { BinaryChunk, BlobLike } from '../storage/storage-adapter.js';
import type { LeaderboardEntity, LeaderboardScope } from '../leaderboard/leaderboard.schema.js';
import type { BudgetSplitInput } from '../tiers/split-budget.js';
// Reply shapes: each type below is inferred from its schema (type-only imports, so a bundle that
// needs the types pays no bytes for the schemas; the HTTP client validates replies with them).
import type { AnswerOutcomeSchema } from './answer-outcome.schema.js';
import type { CatalogSchema } from './catalog.schema.js';
import type { ChallengeListingSchema } from './challenge-listing.schema.js';
import type { DirectoryListingSchema } from './directory-listing.schema.js';
import type { DueQuestionSchema, FeedEntrySchema, FeedViewSchema } from './feed-view.schema.js';
import type { FinishedAttemptSchema } from './finished-attempt.schema.js';
import type { LeaderboardResultRowSchema, LeaderboardResultSchema } from './leaderboard-result.schema.js';
import type { MasteryViewSchema } from './mastery-view.schema.js';
import type { RecordingEntrySchema, ReviewClaimSchema } from './recording-entry.schema.js';
import type { ResponseEntrySchema, ResponseQuestionSchema } from './response-entry.schema.js';
import type { PollResultSchema } from './poll-result.schema.js';
import type { SellerDataExportSchema } from './seller-data-export.schema.js';
import type { TierReportSchema } from './tier-report.schema.js';
import type { ViewerSchema } from './viewer.schema.js';
import type { EngagementSummarySchema } from './engagement-summary.schema.js';
import type {
  CertificationReminderSchema,
  CertificationsViewSchema,
  CertifiedSellerSchema,
  CertifiedSellersViewSchema,
  PartnerCertificationsSchema,
  SellerCertificationSchema,
} from './certification-view.schema.js';

/** Who is using the page, as the engine resolved them from the directory and the tier policy. */
export type Viewer = z.infer<typeof ViewerSchema>;

/** A challenge as the viewer may see it (no questions), with where they stand. */
export type ChallengeListing = z.infer<typeof ChallengeListingSchema>;

/** The pack's topics and resources, to name topics and link the resources verdicts point to. */
export type Catalog = z.infer<typeof CatalogSchema>;

/** The verdict of one answer, or `pending` when it was saved but not yet scored (offline HTTP client). */
export type AnswerOutcome = z.infer<typeof AnswerOutcomeSchema>;

/** Options of {@link MindshareApi.startAttempt}. */
export interface StartAttemptOptions {
  /**
   * `'next'`: reveal, with the attempt, the question the seller answers next (the first of a new
   * attempt, the first unanswered of a resumed one) and start its clock, so a view that shows it at
   * once needs no {@link MindshareApi.showQuestion} first: one round trip less on a server.
   */
  readonly reveal?: 'next';
}

/** Options of {@link MindshareApi.answer}. */
export interface AnswerOptions {
  /** The seller's confidence, for challenges with confidence-based marking. */
  readonly confidence?: Confidence;
}

/** The result of a finished attempt, with where it puts the viewer. */
export type FinishedAttempt = z.infer<typeof FinishedAttemptSchema>;

/** A leaderboard row, with the reward its rank earns. */
export type LeaderboardResultRow = z.infer<typeof LeaderboardResultRowSchema>;

/** What the viewer sees of a leaderboard (see `viewLeaderboard` for the privacy rules). */
export type LeaderboardResult = z.infer<typeof LeaderboardResultSchema>;

/** Options of {@link MindshareApi.leaderboard}. */
export interface LeaderboardQuery {
  readonly challengeId: string;
  /** Global by default; tier, partner, region and team rank the viewer among their own. */
  readonly scope?: LeaderboardScope;
  /** Rows from the top (default 10, at most 500). */
  readonly limit?: number;
  /** Rows on each side of the viewer (default 2, at most 50). */
  readonly around?: number;
  /** First row of the top list, for paging through a large board (default 0). */
  readonly offset?: number;
  /**
   * What the board ranks: sellers (the default), or the partner companies or teams the challenge
   * declares boards for (`leaderboard.entities`), each by an aggregate of its sellers' scores.
   * Those boards rank everyone the challenge is for: `scope` is then `global` or left out.
   */
  readonly entity?: LeaderboardEntity;
}

/** A released nugget (mini-quiz keys redacted) with what the viewer did with it. */
export type FeedEntry = z.infer<typeof FeedEntrySchema>;

/** A question asked again by spaced repetition. */
export type DueQuestion = z.infer<typeof DueQuestionSchema>;

/** The viewer's feed. */
export type FeedView = z.infer<typeof FeedViewSchema>;

/** Metadata given when a recording starts. */
export interface RecordingMeta {
  /** The container the recorder negotiated (`video/webm;codecs=vp9,opus`, `video/mp4`). */
  readonly mimeType: string;
  /** Whether the seller agrees, now, to the pitch being published as a best practice. */
  readonly consent?: boolean;
}

/** A recording in progress: chunks are stored as they arrive, so a crash loses at most the last one. */
export interface RecordingSession {
  readonly recordingId: string;
  /** Stores one chunk; resolves when it is durable. Chunks must be appended one at a time, in order. */
  append(chunk: BinaryChunk): Promise<void>;
  /** Ends the recording and submits it for review. */
  finish(options: { readonly durationMs: number }): Promise<Recording>;
  /** Abandons the recording and deletes its media. */
  abort(): Promise<void>;
}

/** A take in progress, reopened by {@link MindshareApi.resumeRecording}. */
export interface ResumedRecording extends RecordingSession {
  /** Bytes stored so far: the next chunk continues from here. */
  readonly size: number;
}

/** Options of {@link MindshareApi.recordings}. */
export interface RecordingQuery {
  readonly promptId?: string;
  /** Only this seller's (coaches and managers may ask for anyone; sellers get their own). */
  readonly sellerId?: string;
  /** `gallery`: published best practices any seller may watch. */
  readonly view?: 'mine' | 'to-review' | 'gallery' | 'all';
}

/** A recording with its review, when there is one. */
export type RecordingEntry = z.infer<typeof RecordingEntrySchema>;

/** A coach's live hold on a submitted recording while they review it (see {@link MindshareApi.claimReview}). */
export type ReviewClaim = z.infer<typeof ReviewClaimSchema>;

/** Options of {@link MindshareApi.claimReview}. */
export interface ClaimOptions {
  /** Take the recording over from the coach whose live claim holds it (recorded with the new claim). */
  readonly takeOver?: boolean;
}

/** Options of {@link MindshareApi.mastery}. */
export interface MasteryQueryInput {
  readonly by: 'seller' | 'partner' | 'tier';
  readonly topic?: string;
}

/** Mastery per entity and topic, and who must strengthen what, worst first. */
export type MasteryView = z.infer<typeof MasteryViewSchema>;

/** Options of {@link MindshareApi.tierReport}. */
export interface TierReportOptions {
  /**
   * The partner metric of the Pareto view (default: the one the tier policy ranks on); one no
   * partner has is refused with `MIND_INVALID_INPUT`, never shown as a silent 0 %.
   */
  readonly metric?: string;
  /** A budget to split across tiers and partners by expected return. */
  readonly budget?: Omit<BudgetSplitInput, 'partners' | 'assignments' | 'metric'> & { readonly metric?: string };
}

/** The tier report for channel managers. */
export type TierReport = z.infer<typeof TierReportSchema>;

/** Who is in the directory, as coaches and managers see it: names, partners and tiers. */
export type DirectoryListing = z.infer<typeof DirectoryListingSchema>;

/** Everything kept about one seller, for a data-subject request. */
export type SellerDataExport = z.infer<typeof SellerDataExportSchema>;

/** Options of {@link MindshareApi.responses}. */
export interface ResponseQuery {
  /** Only the answers to this open question. */
  readonly nuggetId?: string;
  /** Only handled answers (`true`) or only those still open (`false`); both when absent. */
  readonly handled?: boolean;
  /** At most this many, newest first (default 100, at most 500). */
  readonly limit?: number;
  /**
   * The next page: the `at` of the last answer read (epoch ms). Alone, only answers given strictly
   * before this instant; with {@link beforeId}, the answers after that one in the list's order.
   */
  readonly before?: number;
  /**
   * The `id` of the last answer read, with {@link before}: answers given at the same instant are
   * ordered by id, so a page boundary between two of them drops neither.
   */
  readonly beforeId?: string;
}

/** An answer to an open question, as its owner and managers read it. */
export type ResponseEntry = z.infer<typeof ResponseEntrySchema>;

/** An open question of the pack whose answers the viewer reads: its id and title, for a filter. */
export type ResponseQuestion = z.infer<typeof ResponseQuestionSchema>;

/** A released poll with its labels and results, as staff and the poll's owner read them. */
export type PollResult = z.infer<typeof PollResultSchema>;

/** A seller's engagement: points, badges earned with their dates, badges ahead with their progress. */
export type EngagementSummary = z.infer<typeof EngagementSummarySchema>;

/** Options of {@link MindshareApi.engagement}. */
export interface EngagementQuery {
  /** Whose engagement: the viewer's by default; coaches and managers may ask for any seller's. */
  readonly sellerId?: string;
}

/** Options of {@link MindshareApi.engagementBoard}. */
export interface EngagementBoardQuery {
  /** `week`: points of this week on the viewer's calendar (the default); `all`: all time. */
  readonly period?: 'week' | 'all';
  /** Global by default; the scopes the pack's `engagement.board.scopes` offers. */
  readonly scope?: LeaderboardScope;
  /** Rows from the top (default 10, at most 500). */
  readonly limit?: number;
  /** Rows on each side of the viewer (default 2, at most 50). */
  readonly around?: number;
  /** First row of the top list (default 0). */
  readonly offset?: number;
}
/** Options of {@link MindshareApi.certifications}. */
export interface CertificationsQuery {
  /** Whose certifications (coaches and managers may ask for anyone; sellers get their own). */
  readonly sellerId?: string;
}

/** A certification of the pack as one seller stands on it: validity and what is left to earn. */
export type SellerCertification = z.infer<typeof SellerCertificationSchema>;

/** A seller's certifications (see {@link MindshareApi.certifications}). */
export type CertificationsView = z.infer<typeof CertificationsViewSchema>;

/** One certification a seller holds or held, as managers read it. */
export type CertifiedSeller = z.infer<typeof CertifiedSellerSchema>;

/** A partner's count of certified sellers and of those expiring soon. */
export type PartnerCertifications = z.infer<typeof PartnerCertificationsSchema>;

/** Who is certified, per partner and tier (see {@link MindshareApi.certifiedSellers}). */
export type CertifiedSellersView = z.infer<typeof CertifiedSellersViewSchema>;

/** A feed reminder that a certification expires soon, with the challenges that renew it. */
export type CertificationReminder = z.infer<typeof CertificationReminderSchema>;

/** What changed: emitted once per write, local or announced by storage from another tab or process. */
export interface MindshareChange {
  readonly origin: 'local' | 'remote';
  /** The areas touched, so a widget re-reads only what concerns it. */
  readonly areas: readonly (
    'challenges' | 'leaderboard' | 'feed' | 'pitch' | 'mastery' | 'privacy' | 'engagement' | 'certifications'
  )[];
}

/**
 * The Mindshare API: what elements call. The local engine (`createMindshare`) and the HTTP client
 * both implement it, so a widget never knows which one it talks to. Every operation validates its
 * input and rejects with a `MindError` with a stable code — never a silent no-op, never a
 * half-written record.
 */
export interface MindshareApi {
  /** Who is using the page. */
  readonly viewer: Viewer;
  /** The engine's clock (epoch ms); elements drive their timers from it. */
  now(): number;

  /** The pack's topics and resources. */
  catalog(): Promise<Catalog>;
  /** Challenges the viewer can see, open ones first. */
  challenges(): Promise<ChallengeListing[]>;
  /**
   * Starts (or resumes) an attempt: the question ids in seeded order, a deadline, and no question
   * text until each is revealed by {@link MindshareApi.showQuestion}, or with the attempt, for the
   * next question, when `options.reveal` is `'next'`.
   * @throws MindError `MIND_INVALID_INPUT` when `options` is not an object or its `reveal` is not `'next'`.
   */
  startAttempt(challengeId: string, options?: StartAttemptOptions): Promise<AttemptView>;
  /**
   * Reveals a question (its prompt and choices in the attempt's order) and starts its own clock
   * for the speed bonus and its time limit, on the engine's time. Showing it again returns the
   * same question and keeps the first time. Needs the engine: the HTTP client rejects with
   * `MIND_NETWORK` while the server is unreachable.
   * @throws MindError `MIND_NOT_FOUND` (no such attempt), `MIND_FORBIDDEN` (another seller's),
   * `MIND_NOT_IN_ATTEMPT`, `MIND_ATTEMPT_FINISHED`, `MIND_DEADLINE_PASSED`.
   */
  showQuestion(attemptId: string, questionId: string): Promise<RedactedQuestion>;
  /** Answers one question. */
  answer(attemptId: string, questionId: string, response: unknown, options?: AnswerOptions): Promise<AnswerOutcome>;
  /** Ends an attempt and ranks it. */
  finishAttempt(attemptId: string): Promise<FinishedAttempt>;
  /** Reads an attempt of the viewer's (to resume it or show its review). */
  attempt(attemptId: string): Promise<AttemptView>;

  /** Ranked rows, the viewer's own row and neighbourhood, and the total. */
  leaderboard(query: LeaderboardQuery): Promise<LeaderboardResult>;
  /**
   * Shows the viewer to others on every leaderboard (every challenge and scope), or hides them:
   * their own choice, kept with their data and over the directory's default (`privacy`). Hidden,
   * they are not counted in the ranks and totals others see, they win no reward, and they still
   * see their own row, marked `hidden`, with the rank they would have. `leaderboard()` tells the
   * current choice (`visible`).
   * @throws MindError `MIND_INVALID_INPUT` when `visible` is not a boolean.
   */
  setBoardVisibility(visible: boolean): Promise<void>;

  /** Due nuggets in order and when the next one is released. */
  feed(): Promise<FeedView>;
  /** Marks a released nugget as seen by the viewer (the feed does it once half of it was visible for a second); seeing it again changes nothing. */
  markSeen(nuggetId: string): Promise<void>;
  /** Votes in a poll; returns the results, which are shown only after voting. */
  vote(nuggetId: string, optionIds: readonly string[]): Promise<PollTally>;
  /** Answers an open question; the text goes to the nugget's owner. */
  respond(nuggetId: string, text: string): Promise<void>;
  /** Answers a practice question: of a released mini-quiz, or one due again by spaced repetition. */
  answerPractice(questionId: string, response: unknown, options?: AnswerOptions): Promise<Verdict>;
  /** Pauses spaced repetition (vacation hold) until `until`, or resumes it with `undefined`. */
  setRepetitionHold(until: number | undefined): Promise<void>;

  /** The pack's pitch prompts: what a seller may record, with the rubric coaches score it on. */
  pitchPrompts(): Promise<PitchPrompt[]>;
  /**
   * Starts a take of the viewer's at a prompt: the session stores each chunk as it arrives and
   * finishes or aborts the take. A take left recording by a reload is aborted as `lost` and gives
   * its turn back.
   * @throws MindError `MIND_NOT_FOUND` (no such prompt), `MIND_CONFLICT` (a take at this prompt was
   * already submitted), `MIND_ATTEMPTS_EXHAUSTED` (every take the prompt allows was used).
   */
  startRecording(promptId: string, meta: RecordingMeta): Promise<RecordingSession>;
  /**
   * Reopens the viewer's own take that is still recording (after a reload, or on another server
   * process), to append the rest or finish it.
   * @throws MindError `MIND_NOT_FOUND` when it is not the viewer's; `MIND_CONFLICT` when it is no longer recording.
   */
  resumeRecording(recordingId: string): Promise<ResumedRecording>;
  /** Recordings with their reviews: the viewer's own, those to review and all (coaches and managers), or the gallery. */
  recordings(query?: RecordingQuery): Promise<RecordingEntry[]>;
  /** The media of a recording, as one Blob where the runtime has `Blob`. */
  recordingMedia(recordingId: string): Promise<BlobLike>;
  /**
   * Saves a coach's review of a submitted take (rubric scores, time-stamped comments, feedback);
   * it ends the coach's claim.
   * @throws MindError `MIND_CONFLICT` while another coach's claim holds the take; `MIND_FORBIDDEN`
   * for sellers and for one's own take.
   */
  review(recordingId: string, review: ReviewInput): Promise<Review>;
  /**
   * Puts a reviewed take into the best-practice gallery (coaches and managers).
   * @throws MindError `MIND_CONFLICT` unless the take is reviewed and not yet published;
   * `MIND_FORBIDDEN` for sellers, and unless its seller consents.
   */
  publish(recordingId: string): Promise<Recording>;
  /** The seller's consent to show one of their takes in the gallery; withdrawing it takes the take down at once. */
  setConsent(recordingId: string, consent: boolean): Promise<Recording>;

  /** Names, partners and tiers of the directory, for manager views (coaches and managers). */
  directory(): Promise<DirectoryListing>;
  /** Mastery per seller, partner or tier (coaches and managers; a seller sees their own). */
  mastery(query: MasteryQueryInput): Promise<MasteryView>;
  /** Tier assignment with reasons, next-tier gaps, concentration and budget split (coaches and managers). */
  tierReport(options?: TierReportOptions): Promise<TierReport>;

  /** Everything kept about a seller (managers, or the seller for themselves). */
  exportSellerData(sellerId: string): Promise<SellerDataExport>;
  /** Deletes everything kept about a seller, in one atomic batch. */
  deleteSellerData(sellerId: string): Promise<void>;

  /**
   * Claims a submitted recording for the viewer's review (coaches and managers), so other coaches
   * see who is on it; claiming again renews it. A claim lapses 30 minutes after it was made
   * (`REVIEW_CLAIM_MS`). Needs the engine: the HTTP client rejects with `MIND_NETWORK` offline.
   * @throws MindError `MIND_CONFLICT` when another coach's claim has not lapsed (the message names
   * them, `details.coachName` too) unless `takeOver`, or when the recording is not submitted;
   * `MIND_FORBIDDEN` for sellers and for one's own pitch; `MIND_NOT_FOUND`.
   */
  claimReview(recordingId: string, options?: ClaimOptions): Promise<ReviewClaim>;
  /**
   * Drops the viewer's own claim on a recording; resolves too when they hold none there (it
   * lapsed, was taken over, or the review was sent). Needs the engine, like {@link claimReview}.
   */
  releaseReview(recordingId: string): Promise<void>;
  /**
   * Answers to open questions, newest first (then by id): a manager reads all; anyone else the
   * answers addressed to them, that is whose stored `owner` (the question's `owner` when the seller
   * answered) is their id. A pack that gives a question a new owner does not hand them the answers
   * given before, and answers to a question that left the pack stay readable by their addressee.
   * Page with `before` and `beforeId` (the `at` and `id` of the last answer read).
   * @throws MindError `MIND_FORBIDDEN` (nothing addressed to them and owns no open question, or
   * not this one), `MIND_NOT_FOUND` (no such question), `MIND_INVALID_INPUT` (a bad filter).
   */
  responses(query?: ResponseQuery): Promise<ResponseEntry[]>;
  /**
   * Marks an answer handled, or reopens it (`false`); same readers as {@link MindshareApi.responses}.
   * @throws MindError `MIND_NOT_FOUND` naming the id, `MIND_FORBIDDEN`.
   */
  markResponseHandled(responseId: string, handled: boolean): Promise<ResponseEntry>;
  /**
   * The open questions of the pack whose answers the viewer reads (a manager: all; anyone else:
   * those they own), in the pack's order: the choices of a question filter. Empty for others.
   */
  responseQuestions(): Promise<ResponseQuestion[]>;
  /**
   * A poll's results without voting, for coaches, managers and the poll's owner (sellers see
   * results after voting, in the feed).
   */
  pollResults(nuggetId: string): Promise<PollTally>;
  /** Every released poll with its labels and results (coaches and managers; a seller, the polls they own). */
  polls(): Promise<PollResult[]>;

  /**
   * A seller's engagement, apart from their challenge scores: activity points (each action
   * counted once), badges earned with their dates, and the next badges with their progress.
   * @throws MindError `MIND_FORBIDDEN` when a seller asks for someone else's; `MIND_NOT_FOUND`
   * for a seller not in the directory.
   */
  engagement(query?: EngagementQuery): Promise<EngagementSummary>;
  /**
   * The engagement board: sellers ranked by activity points, this week or all time, with the
   * privacy mode, scopes and hidden sellers of challenge boards (`rows` carry no rewards).
   * @throws MindError `MIND_INVALID_INPUT` for an unknown period or a scope the pack does not offer.
   */
  engagementBoard(query?: EngagementBoardQuery): Promise<LeaderboardResult>;
  /**
   * A seller's standing on every certification of the pack: held, expiring, in grace or expired,
   * with validity dates, and what is left to earn (the required challenges and best scores). A
   * certification is awarded when a finished attempt meets its requirement and renewed by passing
   * a required challenge again. Sellers read their own; coaches and managers anyone's.
   * @throws MindError `MIND_FORBIDDEN` (a seller asking for another), `MIND_INVALID_INPUT`.
   */
  certifications(query?: CertificationsQuery): Promise<CertificationsView>;
  /**
   * Who is certified per partner and tier, and who expires soon (coaches and managers).
   * @throws MindError `MIND_FORBIDDEN` for sellers.
   */
  certifiedSellers(): Promise<CertifiedSellersView>;

  /** Calls `listener` once per write, local or from another tab/process. */
  subscribe(listener: Listener<MindshareChange>): () => void;
  /** Releases storage and subscriptions. */
  close(): Promise<void>;
}
