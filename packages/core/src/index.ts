// @mindshare/core — the headless engine. Exports are listed by name: what is not here is internal.
// The main entry holds what portal developers, content authors and integrators use: the host and
// its views, the Mindshare API and its reply schemas, the content-pack and directory schemas, the
// storage and leaderboard-store ports with their in-memory references, and errors. The domain
// engines (scoring, schedules, FSRS, tiers, mastery, rankings) stay internal: they are reached
// through the API. Markdown compilation lives in `@mindshare/core/authoring`, test support in
// `@mindshare/core/testing`.

export { VERSION } from './version.js';

// Errors and change events
export { MindError, isMindError, MIND_ERROR_CODES } from './errors/mind-error.js';
export type { MindErrorCode, MindErrorOptions } from './errors/mind-error.js';
export { Subscribable } from './events/subscribable.js';
export type { Listener } from './events/subscribable.js';

// The host, its views and the Mindshare API
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
  StartAttemptOptions,
  FinishedAttempt,
  LeaderboardQuery,
  LeaderboardResult,
  LeaderboardResultRow,
  FeedEntry,
  FeedView,
  DueQuestion,
  RecordingMeta,
  RecordingSession,
  ResumedRecording,
  RecordingQuery,
  RecordingEntry,
  MasteryQueryInput,
  MasteryView,
  TierReport,
  TierReportOptions,
  ResponseQuery,
  ResponseEntry,
  ResponseQuestion,
  PollResult,
  SellerDataExport,
  DirectoryListing,
  ReviewClaim,
  ClaimOptions,
} from './api/mindshare-api.js';
export type { Verdict } from './challenge/attempt.js';
export type { AttemptView } from './challenge/redact.js';
export type { AttemptResult, TopicTally } from './challenge/attempt-result.js';
export type { ChallengeSummary } from './challenge/challenge-summary.js';
export type { FeedItem, FeedItemStatus } from './schedule/feed.js';
export type { PollTally, PollOptionCount } from './nugget/poll-tally.js';
export type { MasteryLevel } from './mastery/mastery-model.js';
export type { Mastery } from './mastery/mastery-of.js';
export type { MasteryRow } from './mastery/mastery-by.js';
export type { NeedsStrengthening } from './mastery/needs-strengthening.js';
export type { TierAssignment, TierReason } from './tiers/assign-tiers.js';
export type { TierEvidence } from './tiers/evaluate-rule.js';
export type { TierGap, NextTierGap } from './tiers/tier-gaps.js';
export type { ConcentrationReport, ConcentrationRow } from './tiers/concentration.js';
export type {
  BudgetSplit,
  BudgetSplitInput,
  PartnerBudget,
  TierBudget,
  PerPartnerLimit,
} from './tiers/split-budget.js';
export type { LeaderboardRow } from './leaderboard/leaderboard-view.js';
export { leaderboardLines } from './leaderboard/leaderboard-lines.js';
export type { LeaderboardLine, PagedRows } from './leaderboard/leaderboard-lines.js';

// Content packs: what authors write, validated with path-precise errors
export { ContentPackSchema, PackVersionSchema } from './content/content-pack.schema.js';
export type { ContentPack, ContentPackInput } from './content/content-pack.schema.js';
export { parseContentPack } from './content/parse-content-pack.js';
export { validateContentPack } from './content/validate-content-pack.js';
export { formatPath } from './content/input-path.js';
export type { InputPath, InputProblem, ParseResult } from './content/input-problem.js';
export { IdSchema } from './content/id.schema.js';
export type { Id } from './content/id.schema.js';
export { LocaleSchema, LocalizedTextSchema } from './content/localized-text.schema.js';
export type { Locale, LocalizedText } from './content/localized-text.schema.js';
export { localeChain, pickLocalized } from './content/localized-text.js';
export { plainText } from './content/plain-text.js';
export { RichTextSchema, LocalizedRichTextSchema, BlockSchema, InlineSchema } from './content/rich-text.schema.js';
export type { RichText, LocalizedRichText, Block, Inline } from './content/rich-text.schema.js';
export { SafeUrlSchema, MediaUrlSchema, isSafeUrl, isSafeMediaUrl } from './content/safe-url.schema.js';
export { ResourceSchema, ResourceKindSchema, TopicSchema } from './content/resource.schema.js';
export type { Resource, Topic } from './content/resource.schema.js';
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
export { ChallengeSchema, AttemptPolicySchema, RewardSchema } from './challenge/challenge.schema.js';
export { ChallengeWindowSchema } from './challenge/challenge-window.schema.js';
export { TargetingSchema } from './challenge/targeting.schema.js';
export { ScoringRulesSchema, PartialCreditSchema, ConfidenceSchema } from './challenge/scoring.schema.js';
export type {
  Challenge,
  ChallengeInput,
  AttemptPolicy,
  CountedAttemptRule,
  Reward,
} from './challenge/challenge.schema.js';
export type { ChallengeWindow } from './challenge/challenge-window.schema.js';
export type { Targeting } from './challenge/targeting.schema.js';
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
export type { ScoringRules, PartialCredit, Confidence, ConfidenceLevel } from './challenge/scoring.schema.js';
export { AnswerResponseSchema } from './challenge/answer-response.schema.js';
export type { AnswerResponse, AnswerResponseOf } from './challenge/answer-response.schema.js';
export { RedactedQuestionSchema } from './challenge/redacted-question.schema.js';
export type { RedactedQuestion, RedactedOption } from './challenge/redacted-question.schema.js';
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
export { ScheduleSchema, SegmentSchema, CadenceSchema } from './schedule/schedule.schema.js';
export { RepetitionModeSchema } from './repetition/repetition-mode.js';
export type { Schedule, Segment, Cadence, Every } from './schedule/schedule.schema.js';
export type { RepetitionMode } from './repetition/repetition-mode.js';
export { PitchPromptSchema, RubricSchema } from './pitch/pitch-prompt.schema.js';
export type { PitchPrompt, Rubric, RubricCriterion, RubricLevel } from './pitch/pitch-prompt.schema.js';
export { RecordingSchema, RecordingStatusSchema, AbortReasonSchema } from './pitch/recording.schema.js';
export type {
  Recording,
  RecordingStatus,
  RecordingConsent,
  ConsentChange,
  AbortReason,
} from './pitch/recording.schema.js';
export { countsAsTake, takesUsed } from './pitch/take-count.js';
export { ReviewInputSchema, ReviewSchema } from './pitch/review.schema.js';
export type { ReviewInput, Review, CriterionScore, ReviewComment } from './pitch/review.schema.js';
// The weighted total and who may review, computed the engine's way by the review element.
export { scoreReview, REVIEW_MAX_TOTAL } from './pitch/review.js';
export type { ReviewTotal } from './pitch/review.js';
export { canReview } from './pitch/permissions.js';
export type { PitchViewer } from './pitch/permissions.js';
export { LeaderboardScopeSchema, LeaderboardPrivacySchema } from './leaderboard/leaderboard.schema.js';
export type { LeaderboardScope, LeaderboardPrivacy } from './leaderboard/leaderboard.schema.js';
// Partner and team boards (issue 17): what a board ranks, and how groups are ranked.
export { LeaderboardEntitySchema, EntityAggregateSchema } from './leaderboard/leaderboard.schema.js';
export type { LeaderboardEntity, EntityAggregate } from './leaderboard/leaderboard.schema.js';
export { EntityBoardSchema } from './challenge/challenge.schema.js';
export type { EntityBoard } from './challenge/challenge.schema.js';
export { rankEntities } from './leaderboard/entity-ranking.js';
export type { EntityGroup, EntityRule, EntityStanding } from './leaderboard/entity-ranking.js';
// For a server that checks its `pseudonymSecret` setting before it opens anything.
export { PSEUDONYM_SECRET_MIN_LENGTH } from './leaderboard/pseudonym-rules.js';

// The directory: who exists
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

// The storage port, its in-memory reference and the registry of adapters by name
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

// The leaderboard-store port and its in-memory reference
export type { LeaderboardStore, LeaderboardStoreSupports, LeaderboardWrite } from './leaderboard/leaderboard-store.js';
export { createMemoryLeaderboardStore, MemoryLeaderboardStore } from './leaderboard/memory-leaderboard-store.js';
export type { MemoryLeaderboardStoreOptions } from './leaderboard/memory-leaderboard-store.js';
export type { LeaderboardEntry, RankedEntry } from './leaderboard/leaderboard-entry.js';
export type { RankingOptions } from './leaderboard/ranking.js';

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
export { RecordingEntrySchema, ReviewClaimSchema } from './api/recording-entry.schema.js';
export { REVIEW_CLAIM_MS } from './pitch/review-claim.js';
export { DirectoryListingSchema } from './api/directory-listing.schema.js';
export { SellerDataExportSchema } from './api/seller-data-export.schema.js';
export { AttemptResultSchema, TopicTallySchema } from './api/attempt-result.schema.js';
export { ChallengeSummarySchema } from './api/challenge-summary.schema.js';
export { FeedItemSchema } from './api/feed-item.schema.js';
export { MasterySchema } from './api/mastery.schema.js';
export { MasteryRowSchema, NeedsStrengtheningSchema } from './api/mastery-view.schema.js';
export { TierAssignmentSchema, TierGapSchema } from './api/tier-assignment.schema.js';
export { ConcentrationReportSchema } from './api/concentration-report.schema.js';
export { PartnerBudgetSchema } from './api/budget-split.schema.js';
export { ResponseEntrySchema, ResponseQuestionSchema } from './api/response-entry.schema.js';
export { responseId, parseResponseId } from './engine/response-id.js';
export { PollResultSchema, PollResultOptionSchema } from './api/poll-result.schema.js';

// What the server's outbox rules read of the engine's stored records (webhooks, learning records)
export type { Attempt, AnsweredQuestion } from './challenge/attempt.schema.js';
export type { StoredBallot, OpenQuestionResponse, ChallengeSnapshot } from './engine/stored-records.schema.js';
export type { ActivityRecord } from './engine/stored-activity.schema.js';
export { attemptBounds, questionBounds } from './challenge/score-bounds.js';
export type { ScoreBounds } from './challenge/score-bounds.js';
export { scorePercent } from './certification/certification-record.js';

// Engagement apart from proficiency (issue 17): activity points, badges and the engagement board
export type { EngagementSummary, EngagementQuery, EngagementBoardQuery } from './api/mindshare-api.js';
export {
  EngagementSummarySchema,
  EarnedBadgeViewSchema,
  NextBadgeViewSchema,
  ActivityCountSchema,
} from './api/engagement-summary.schema.js';
export {
  EngagementSchema,
  ActivityPointsSchema,
  ActivityKindSchema,
  BadgeSchema,
  BadgeRuleSchema,
  EngagementBoardSchema,
} from './engagement/engagement.schema.js';
export type { Engagement, ActivityPoints, ActivityKind, Badge, BadgeRule } from './engagement/engagement.schema.js';
// Certifications (issue 17): authored in the pack, earned by passing challenges, counted by tier rules
export { CertificationSchema, CertificationRequirementSchema } from './certification/certification.schema.js';
export type { Certification, CertificationRequirement } from './certification/certification.schema.js';
export type { CertificationStatus } from './certification/certification-record.js';
export { CertifiedSellersConditionSchema } from './tiers/tier-policy.schema.js';
export type { CertifiedSellersCondition } from './tiers/tier-policy.schema.js';
export { certifiedSellersMetric, certifiedMetricOf } from './tiers/certified-metric.js';
export {
  CertificationsViewSchema,
  CertifiedSellersViewSchema,
  CertificationReminderSchema,
  SellerCertificationSchema,
  CertifiedSellerSchema,
  PartnerCertificationsSchema,
} from './api/certification-view.schema.js';
export type {
  CertificationsQuery,
  CertificationsView,
  SellerCertification,
  CertifiedSeller,
  CertifiedSellersView,
  PartnerCertifications,
  CertificationReminder,
} from './api/mindshare-api.js';
