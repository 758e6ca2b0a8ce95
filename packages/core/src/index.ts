// @mindshare/core — the headless engine. Exports are listed by name: what is not here is internal.

export { VERSION } from './version.js';

// Errors and change events
export { MindError, isMindError, MIND_ERROR_CODES } from './errors/mind-error.js';
export type { MindErrorCode, MindErrorOptions } from './errors/mind-error.js';
export { Subscribable } from './events/subscribable.js';
export type { Listener } from './events/subscribable.js';

// Content packs: primitives, the pack, the directory
export { IdSchema } from './content/id.schema.js';
export type { Id } from './content/id.schema.js';
export { LocaleSchema, LocalizedTextSchema } from './content/localized-text.schema.js';
export type { Locale, LocalizedText } from './content/localized-text.schema.js';
export { localeChain, pickLocalized } from './content/localized-text.js';
export { RichTextSchema, LocalizedRichTextSchema, BlockSchema, InlineSchema } from './content/rich-text.schema.js';
export type { RichText, LocalizedRichText, Block, Inline } from './content/rich-text.schema.js';
export { SafeUrlSchema, MediaUrlSchema, isSafeUrl, isSafeMediaUrl } from './content/safe-url.schema.js';
export { ResourceSchema, ResourceKindSchema, TopicSchema } from './content/resource.schema.js';
export type { Resource, Topic } from './content/resource.schema.js';
export { ContentPackSchema, PackVersionSchema } from './content/content-pack.schema.js';
export type { ContentPack, ContentPackInput } from './content/content-pack.schema.js';
export { parseContentPack } from './content/parse-content-pack.js';
export { validateContentPack } from './content/validate-content-pack.js';
export { formatIssues, issueMessage, PARSE_OPTIONS } from './content/format-issues.js';
export { formatPath } from './content/input-path.js';
export type { InputPath, InputProblem, ParseResult } from './content/input-problem.js';
export {
  DirectorySchema,
  PartnerSchema,
  SellerSchema,
  SellerRoleSchema,
  PrivacyChoiceSchema,
} from './directory/directory.schema.js';
export type {
  Directory,
  DirectoryInput,
  Partner,
  Seller,
  SellerRole,
  PrivacyChoice,
} from './directory/directory.schema.js';
export { parseDirectory } from './directory/parse-directory.js';
export { validateDirectory } from './directory/validate-directory.js';

// Time zones
export { zonedToEpoch, zonedWallClock, wallClockMs, wallClockMsToEpoch } from './time/zoned-time.js';
export { zoneOffsetAt, isKnownTimeZone } from './time/zone-offset.js';
export { parseLocalDateTime, zonedLocalToEpoch } from './time/local-date-time.js';
export {
  parseLocalDate,
  formatLocalDate,
  parseLocalTime,
  addLocalDays,
  localWeekday,
  WEEKDAYS,
  DAY_MS,
} from './time/local-date.js';
export type { LocalDate, LocalDateTime, Weekday } from './time/local-date.js';

// Tiers
export {
  TierPolicySchema,
  TierSchema,
  TierRuleSchema,
  ThresholdGroupSchema,
  QuantileRuleSchema,
  ConditionSchema,
  ComparisonOpSchema,
} from './tiers/tier-policy.schema.js';
export type {
  TierPolicy,
  Tier,
  TierRule,
  ThresholdGroup,
  InnerGroup,
  QuantileRule,
  Condition,
  ComparisonOp,
} from './tiers/tier-policy.schema.js';
export { checkTierPolicy } from './tiers/check-tier-policy.js';
export type { TierPolicyProblem } from './tiers/check-tier-policy.js';
export type { TierPartner } from './tiers/tier-partner.js';
export { assignTiers } from './tiers/assign-tiers.js';
export type { TierAssignment, TierReason } from './tiers/assign-tiers.js';
export type { TierEvidence } from './tiers/evaluate-rule.js';
export type { TierGap, NextTierGap } from './tiers/tier-gaps.js';
export { describeAssignment, describeNextTierGap } from './tiers/describe-assignment.js';
export { concentrationReport } from './tiers/concentration.js';
export type { ConcentrationReport, ConcentrationRow } from './tiers/concentration.js';
export { splitBudget } from './tiers/split-budget.js';
export type {
  BudgetSplitInput,
  BudgetSplit,
  PartnerBudget,
  TierBudget,
  PerPartnerLimit,
} from './tiers/split-budget.js';

// Challenges and scoring
export { ChallengeSchema, AttemptPolicySchema, RewardSchema } from './challenge/challenge.schema.js';
export type {
  Challenge,
  ChallengeInput,
  AttemptPolicy,
  CountedAttemptRule,
  Reward,
} from './challenge/challenge.schema.js';
export { ChallengeWindowSchema, windowBounds } from './challenge/challenge-window.schema.js';
export type { ChallengeWindow, WindowBounds } from './challenge/challenge-window.schema.js';
export { TargetingSchema, isTargeted } from './challenge/targeting.schema.js';
export type { Targeting, TargetedSeller } from './challenge/targeting.schema.js';
export { QuestionSchema, ChoiceSchema, OrderingItemSchema } from './challenge/question.schema.js';
export type {
  Question,
  QuestionKind,
  Choice,
  OrderingItem,
  SingleChoiceQuestion,
  MultipleChoiceQuestion,
  TrueFalseQuestion,
  OrderingQuestion,
  NumericQuestion,
} from './challenge/question.schema.js';
export { ScoringRulesSchema, PartialCreditSchema, ConfidenceSchema } from './challenge/scoring.schema.js';
export type {
  ScoringRules,
  ScoringRulesInput,
  PartialCredit,
  Confidence,
  ConfidenceLevel,
} from './challenge/scoring.schema.js';
export { AnswerResponseSchema } from './challenge/answer-response.schema.js';
export type { AnswerResponse, AnswerResponseOf } from './challenge/answer-response.schema.js';
export { parseResponse } from './challenge/parse-response.js';
export { answerCredit, multipleChoiceCredit, orderingCredit } from './challenge/answer-credit.js';
export { scoreAnswer } from './challenge/score-answer.js';
export type { AnswerContext, AnswerScore } from './challenge/score-answer.js';
export { questionBounds, attemptBounds } from './challenge/score-bounds.js';
export type { ScoreBounds } from './challenge/score-bounds.js';
export { AttemptSchema, AttemptStatusSchema } from './challenge/attempt.schema.js';
export type { Attempt, AttemptStatus, AnsweredQuestion } from './challenge/attempt.schema.js';
export { startAttempt, showQuestion, answerQuestion } from './challenge/attempt.js';
export type { StartAttemptOptions, Verdict } from './challenge/attempt.js';
export { finishAttempt, expireAttempt, attemptStatus, attemptResult } from './challenge/attempt-result.js';
export type { AttemptResult, TopicTally } from './challenge/attempt-result.js';
export { countedScore } from './challenge/counted-score.js';
export type { CountedScore } from './challenge/counted-score.js';
export { redactQuestion, redactAttempt } from './challenge/redact.js';
export type { AttemptView } from './challenge/redact.js';
export { RedactedQuestionSchema } from './challenge/redacted-question.schema.js';
export type { RedactedQuestion, RedactedOption } from './challenge/redacted-question.schema.js';
export { seededRandom, seededShuffle, shuffle, hashString } from './challenge/seeded-shuffle.js';
export type { RandomSource } from './challenge/seeded-shuffle.js';

// The editorial line
export { NuggetSchema } from './nugget/nugget.schema.js';
export type {
  Nugget,
  NuggetKind,
  InfoNugget,
  VideoNugget,
  PollNugget,
  PollOption,
  OpenQuestionNugget,
  MiniQuizNugget,
  CaptionTrack,
} from './nugget/nugget.schema.js';
export { validateVote, tallyPoll } from './nugget/poll-tally.js';
export type { PollBallot, PollOptionCount, PollTally } from './nugget/poll-tally.js';
export { ScheduleSchema, SegmentSchema, CadenceSchema } from './schedule/schedule.schema.js';
export type { Schedule, Segment, Cadence, Every } from './schedule/schedule.schema.js';
export { matchesSegment } from './schedule/segment.js';
export type { SegmentMember } from './schedule/segment.js';
export { planReleases, releaseAt, releasedCount, nextReleaseAfter } from './schedule/release-times.js';
export type { ReleasePlan } from './schedule/release-times.js';
export { computeFeed } from './schedule/feed.js';
export type {
  Feed,
  FeedInput,
  FeedItem,
  FeedItemStatus,
  FeedProgress,
  FeedViewer,
  NuggetMarks,
} from './schedule/feed.js';

// Spaced repetition and mastery
export { RepetitionStateSchema } from './repetition/repetition-state.schema.js';
export type { RepetitionState, RepetitionRating, RepetitionPhase } from './repetition/repetition-state.schema.js';
export { RepetitionModeSchema, RETIRE_STABILITY_DAYS, isInRepetition } from './repetition/repetition-mode.js';
export type { RepetitionMode } from './repetition/repetition-mode.js';
export { recordReview, reviewRating } from './repetition/record-review.js';
export type { RepetitionReview } from './repetition/record-review.js';
export { dueItems } from './repetition/due-items.js';
export type { DueItemsQuery, RepetitionHold } from './repetition/due-items.js';
export { retrievability } from './repetition/retrievability.js';
export { MasteryRecordSchema } from './mastery/mastery-record.schema.js';
export type { MasteryRecord } from './mastery/mastery-record.schema.js';
export {
  MASTERY_HALF_LIFE_DAYS,
  MASTERY_PRIOR,
  MASTERY_MIN_EVIDENCE,
  MASTERY_THRESHOLDS,
  masteryLevel,
  masteryScore,
} from './mastery/mastery-model.js';
export type { MasteryLevel } from './mastery/mastery-model.js';
export { applyAnswer, mergeMastery } from './mastery/apply-answer.js';
export type { MasteryAnswer } from './mastery/apply-answer.js';
export { masteryOf } from './mastery/mastery-of.js';
export type { Mastery } from './mastery/mastery-of.js';
export { masteryBy } from './mastery/mastery-by.js';
export type { MasteryRow, MasteryGrouping, MasteryQuery } from './mastery/mastery-by.js';
export { needsStrengthening } from './mastery/needs-strengthening.js';
export type { NeedsStrengthening, NeedsStrengtheningQuery } from './mastery/needs-strengthening.js';

// Pitch coaching
export { PitchPromptSchema, RubricSchema } from './pitch/pitch-prompt.schema.js';
export type { PitchPrompt, Rubric, RubricCriterion, RubricLevel } from './pitch/pitch-prompt.schema.js';
export { RecordingSchema, RecordingStatusSchema } from './pitch/recording.schema.js';
export type { Recording, RecordingStatus, RecordingConsent, ConsentChange } from './pitch/recording.schema.js';
export { ReviewInputSchema, ReviewSchema } from './pitch/review.schema.js';
export type { ReviewInput, Review, CriterionScore, ReviewComment } from './pitch/review.schema.js';
export {
  canStartRecording,
  beginRecording,
  appendChunkMeta,
  finishRecording,
  abortRecording,
  DURATION_TOLERANCE_MS,
} from './pitch/recording-lifecycle.js';
export type { TakeEligibility, RecordingStart, RecordingFinish } from './pitch/recording-lifecycle.js';
export { scoreReview, createReview, applyReview, REVIEW_MAX_TOTAL } from './pitch/review.js';
export type { ReviewTotal, ReviewAuthor } from './pitch/review.js';
export { setConsent, publish, unpublish } from './pitch/consent.js';
export { expiredRecordings, retentionStart } from './pitch/retention.js';
export type { RetentionOptions } from './pitch/retention.js';
export { galleryRecordings, isInGallery } from './pitch/gallery.js';
export { canReview, canReviewRecording, canPublish, canSetConsent, canSeeRecording } from './pitch/permissions.js';
export type { PitchViewer } from './pitch/permissions.js';
export { parseReviewInput, parseRecording } from './pitch/parse-pitch-input.js';

// Storage port
export { createMemoryStorage } from './storage/memory-storage.js';
export type { MemoryStorageOptions } from './storage/memory-storage.js';
export { createMemoryDatabase } from './storage/memory-database.js';
export type { MemoryDatabase } from './storage/memory-database.js';
export { compareKeys, isStorageKey } from './storage/storage-key.js';
export type { StorageKey, KeyPath } from './storage/storage-key.js';
export type {
  StorageAdapter,
  StorageSchema,
  CollectionSchema,
  IndexSchema,
  QueryOptions,
  KeyRange,
  BatchOperation,
  BinaryChunk,
  BlobLike,
  StorageChange,
  StorageSupports,
} from './storage/storage-adapter.js';
export { registerStorage, createStorage, registeredStorages } from './storage/storage-registry.js';
export type { StorageFactory, StorageFactoryOptions } from './storage/storage-registry.js';

// Leaderboards
export { LeaderboardScopeSchema, LeaderboardPrivacySchema } from './leaderboard/leaderboard.schema.js';
export type { LeaderboardScope, LeaderboardPrivacy } from './leaderboard/leaderboard.schema.js';
export { compareEntries } from './leaderboard/leaderboard-entry.js';
export type { LeaderboardEntry, RankedEntry } from './leaderboard/leaderboard-entry.js';
export { Ranking } from './leaderboard/ranking.js';
export type { RankingOptions } from './leaderboard/ranking.js';
export type { LeaderboardStore, LeaderboardStoreSupports, LeaderboardWrite } from './leaderboard/leaderboard-store.js';
export { createMemoryLeaderboardStore, MemoryLeaderboardStore } from './leaderboard/memory-leaderboard-store.js';
export type { MemoryLeaderboardStoreOptions } from './leaderboard/memory-leaderboard-store.js';
export type { LeaderboardScopes } from './leaderboard/board-names.js';
export { viewLeaderboard, boardReader } from './leaderboard/leaderboard-view.js';
export type {
  BoardReader,
  LeaderboardRow,
  LeaderboardView,
  LeaderboardViewOptions,
} from './leaderboard/leaderboard-view.js';
export { grantRewards, rewardForRank } from './leaderboard/rewards.js';
export type { RewardDeclaration, RewardGrant } from './leaderboard/rewards.js';

// The engine and the Mindshare API
export { createMindshareHost } from './engine/create-host.js';
export type { MindshareHost, MindshareHostOptions, MindshareHostUpdate } from './engine/create-host.js';
export { createMindshare } from './engine/create-mindshare.js';
export type { MindshareOptions } from './engine/create-mindshare.js';
export type { ViewerInput } from './engine/people.js';
export { engineSchema, COLLECTIONS } from './engine/engine-schema.js';
export type { ParticipantNugget } from './engine/participant-nugget.js';
export type {
  MindshareApi,
  MindshareChange,
  Viewer,
  ChallengeListing,
  Catalog,
  AnswerOutcome,
  AnswerOptions,
  FinishedAttempt,
  LeaderboardQuery,
  LeaderboardResult,
  LeaderboardResultRow,
  FeedEntry,
  FeedView,
  DueQuestion,
  RecordingMeta,
  RecordingSession,
  RecordingQuery,
  RecordingEntry,
  MasteryQueryInput,
  MasteryView,
  TierReport,
  TierReportOptions,
  SellerDataExport,
  DirectoryListing,
} from './api/mindshare-api.js';
export { challengeSummary } from './challenge/challenge-summary.js';
export type { ChallengeSummary } from './challenge/challenge-summary.js';

// Reply schemas of the Mindshare API: the API's reply types are inferred from them, and the HTTP
// client validates the server's replies with them. Elements and the engine import only the types.
export { ViewerSchema } from './api/viewer.schema.js';
export { CatalogSchema } from './api/catalog.schema.js';
export { ChallengeListingSchema } from './api/challenge-listing.schema.js';
export { AttemptViewSchema } from './api/attempt-view.schema.js';
export { VerdictSchema } from './api/verdict.schema.js';
export { ScoredAnswerSchema, AnswerOutcomeSchema } from './api/answer-outcome.schema.js';
export { FinishedAttemptSchema } from './api/finished-attempt.schema.js';
export { LeaderboardResultSchema, LeaderboardResultRowSchema } from './api/leaderboard-result.schema.js';
export { PollTallySchema } from './api/poll-tally.schema.js';
export { ParticipantNuggetSchema } from './api/participant-nugget.schema.js';
export { FeedViewSchema, FeedEntrySchema, DueQuestionSchema } from './api/feed-view.schema.js';
export { MasteryViewSchema } from './api/mastery-view.schema.js';
export { TierReportSchema } from './api/tier-report.schema.js';
export { RecordingEntrySchema } from './api/recording-entry.schema.js';
export { DirectoryListingSchema } from './api/directory-listing.schema.js';
export { SellerDataExportSchema } from './api/seller-data-export.schema.js';
