import {
  AttemptPolicySchema,
  AttemptStatusSchema,
  IdSchema,
  LeaderboardPrivacySchema,
  LeaderboardScopeSchema,
  LocalizedRichTextSchema,
  LocalizedTextSchema,
  RedactedQuestionSchema,
  ResourceSchema,
  RewardSchema,
  SellerRoleSchema,
  TopicSchema,
} from '@mindshare/core';
import * as z from 'zod/mini';

// Schemas of the replies that have no core schema. JSON drops keys whose value is `undefined`, so
// every `T | undefined` field of the API types is an optional key here. Objects are loose (a newer
// server may add fields) except where core's strict redacted schemas refuse a leaked answer key.

const time = z.number();

/** `GET /v1/viewer`: the viewer and the server's clock, from which the client keeps an offset. */
export const ViewerReplySchema = z.object({
  viewer: z.object({
    id: IdSchema,
    displayName: z.string(),
    role: SellerRoleSchema,
    partnerId: z.optional(z.string()),
    tierId: z.optional(z.string()),
    region: z.optional(z.string()),
    team: z.optional(z.string()),
    locale: z.string(),
    timeZone: z.string(),
  }),
  now: time,
});

/** A verdict: revealed only after answering. */
export const VerdictSchema = z.object({
  questionId: IdSchema,
  correct: z.boolean(),
  credit: z.number().check(z.minimum(0), z.maximum(1)),
  points: z.number(),
  timedOut: z.boolean(),
  explanation: LocalizedRichTextSchema,
  resources: z.array(z.string()),
});

/** `POST /v1/attempts/{id}/answers`. The server scores; `pending` is the client's own outcome. */
export const ScoredAnswerSchema = z.extend(VerdictSchema, { status: z.literal('scored') });

/** An attempt as its participant sees it (no answer keys: questions are core's strict redacted ones). */
export const AttemptViewSchema = z.object({
  id: IdSchema,
  challengeId: IdSchema,
  status: AttemptStatusSchema,
  startedAt: time,
  deadline: time,
  score: z.number(),
  questions: z.array(RedactedQuestionSchema),
  verdicts: z.array(VerdictSchema),
});

/** `GET /v1/challenges`. */
export const ChallengeListingsSchema = z.array(
  z.object({
    id: IdSchema,
    title: LocalizedTextSchema,
    description: LocalizedRichTextSchema,
    opensAt: time,
    closesAt: time,
    timeZone: z.string(),
    attempts: AttemptPolicySchema,
    timeLimitSeconds: z.optional(z.number()),
    questionCount: z.number(),
    maxScore: z.number(),
    rewards: z.array(RewardSchema),
    status: z.enum(['upcoming', 'open', 'closed']),
    targeted: z.boolean(),
    attemptsUsed: z.number(),
    runningAttemptId: z.optional(z.string()),
    countedScore: z.optional(z.number()),
    scopes: z.array(LeaderboardScopeSchema),
    // Absent from servers older than the field: they offer no confidence marking.
    confidence: z._default(z.boolean(), false),
  }),
);

/** `GET /v1/catalog`. */
export const CatalogSchema = z.object({ topics: z.array(TopicSchema), resources: z.array(ResourceSchema) });

/** `GET /v1/directory` (coaches and managers). */
export const DirectoryListingSchema = z.object({
  partners: z.array(z.object({ id: IdSchema, name: z.string(), tierId: z.optional(IdSchema) })),
  sellers: z.array(
    z.object({
      id: IdSchema,
      displayName: z.string(),
      partnerId: z.optional(IdSchema),
      role: z.enum(['seller', 'coach', 'manager']),
    }),
  ),
});

const TopicTallySchema = z.object({ questions: z.number(), answered: z.number(), correct: z.number() });

/** `POST /v1/attempts/{id}/finish`. */
export const FinishedAttemptSchema = z.object({
  attemptId: IdSchema,
  status: z.enum(['finished', 'expired']),
  total: z.number(),
  min: z.number(),
  max: z.number(),
  questions: z.number(),
  answered: z.number(),
  correct: z.number(),
  finishedAt: time,
  topics: z.record(z.string(), TopicTallySchema),
  rank: z.optional(z.number()),
  previousRank: z.optional(z.number()),
  counted: z.boolean(),
});

const LeaderboardRowSchema = z.object({
  rank: z.number(),
  sellerId: z.optional(z.string()),
  displayName: z.string(),
  score: z.number(),
  completedAt: time,
  isViewer: z.boolean(),
  reward: z.optional(LocalizedTextSchema),
});

/** `GET /v1/leaderboards/{challengeId}`. */
export const LeaderboardResultSchema = z.object({
  rows: z.array(LeaderboardRowSchema),
  around: z.array(LeaderboardRowSchema),
  gap: z.boolean(),
  me: z.optional(LeaderboardRowSchema),
  total: z.number(),
  scope: LeaderboardScopeSchema,
  scopes: z.array(LeaderboardScopeSchema),
  privacy: LeaderboardPrivacySchema,
});

/** `POST /v1/nuggets/{id}/votes`. */
export const PollTallySchema = z.object({
  options: z.array(z.object({ optionId: z.string(), count: z.number() })),
  voters: z.number(),
});

/** `GET /v1/feed`: items are checked for their frame; nuggets are rendered from validated text. */
export const FeedViewSchema = z.object({
  items: z.array(z.looseObject({ nugget: z.looseObject({ id: IdSchema, kind: z.string() }) })),
  unread: z.number(),
  nextReleaseAt: z.optional(time),
  due: z.array(z.object({ questionId: IdSchema, question: RedactedQuestionSchema, origin: z.looseObject({}) })),
});

/** `GET /v1/mastery`. */
export const MasteryViewSchema = z.object({ rows: z.array(z.looseObject({})), needsStrengthening: z.unknown() });

/** `GET /v1/tier-report`. */
export const TierReportSchema = z.looseObject({
  metric: z.string(),
  tiers: z.array(z.object({ id: z.string(), name: LocalizedTextSchema })),
  assignments: z.array(z.looseObject({ partnerId: z.string() })),
  reasons: z.record(z.string(), z.string()),
  nextTierGaps: z.record(z.string(), z.nullable(z.string())),
  concentration: z.looseObject({}),
});

/** `GET /v1/sellers/{id}/export`. */
export const SellerDataExportSchema = z.object({
  sellerId: z.string(),
  exportedAt: time,
  collections: z.record(z.string(), z.array(z.looseObject({}))),
});

/** `POST /v1/recordings` and `PUT|HEAD /v1/recordings/{id}/media`: the bytes the server holds. */
export const UploadOffsetSchema = z.object({ recordingId: IdSchema, offset: z.int().check(z.minimum(0)) });

/** A write with nothing to return. */
export const EmptyReplySchema = z.optional(z.unknown());
