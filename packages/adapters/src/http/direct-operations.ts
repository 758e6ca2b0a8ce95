import {
  AttemptViewSchema,
  CatalogSchema,
  CertificationsViewSchema,
  CertifiedSellersViewSchema,
  ChallengeListingSchema,
  DirectoryListingSchema,
  FeedViewSchema,
  LeaderboardResultSchema,
  MasteryViewSchema,
  MindError,
  PitchPromptSchema,
  PollResultSchema,
  PollTallySchema,
  RecordingEntrySchema,
  RecordingSchema,
  RedactedQuestionSchema,
  ReviewClaimSchema,
  ResponseEntrySchema,
  ResponseQuestionSchema,
  ReviewSchema,
  SellerDataExportSchema,
  TierReportSchema,
  EngagementSummarySchema,
  type BlobLike,
  type MindshareApi,
  type MindshareChange,
} from '@mindshare/core';
import * as z from 'zod/mini';
import { call, segment, writeHeaders, type ClientContext } from './client-context.js';
import { EmptyReplySchema } from './reply-schemas.js';

/** Operations that need the server's answer at once: reads, and writes with nothing to queue. */
export type DirectOperations = Omit<
  MindshareApi,
  | 'viewer'
  | 'now'
  | 'subscribe'
  | 'close'
  | 'startRecording'
  | 'resumeRecording'
  | 'answer'
  | 'finishAttempt'
  | 'markSeen'
  | 'vote'
  | 'respond'
  | 'answerPractice'
>;

const recording = (recordingId: unknown) => `/v1/recordings/${segment(recordingId, 'recordingId')}`;

const ChallengeListingsSchema = z.array(ChallengeListingSchema);
const PitchPromptsSchema = z.array(PitchPromptSchema);
const RecordingEntriesSchema = z.array(RecordingEntrySchema);
const ResponseEntriesSchema = z.array(ResponseEntrySchema);
const PollResultsSchema = z.array(PollResultSchema);
const ResponseQuestionsSchema = z.array(ResponseQuestionSchema);

/** A response id (`<nuggetId>~<sellerId>`, not an authored id) as a path segment. */
function responseSegment(value: unknown): string {
  if (typeof value !== 'string' || value === '')
    throw new MindError('MIND_INVALID_INPUT', 'responseId must be a non-empty string.', { path: ['responseId'] });
  return encodeURIComponent(value);
}

/**
 * Reads and the writes that cannot be queued (starting an attempt and revealing a question need the server;
 * coaching and privacy writes are made online by coaches and managers). Each write still carries
 * a fresh idempotency key so a proxy's retry cannot apply it twice.
 */
export function directOperations(context: ClientContext): DirectOperations {
  // A write outside the outbox: a fresh idempotency key, and one change event once it is applied.
  const write = async <S extends z.ZodMiniType>(
    method: 'POST' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
    schema: S,
    areas: MindshareChange['areas'],
  ): Promise<z.output<S>> => {
    const value = await call(context, { method, path, body, headers: writeHeaders(context) }, schema);
    context.emit({ origin: 'local', areas });
    return value;
  };
  return {
    catalog: () => call(context, { method: 'GET', path: '/v1/catalog' }, CatalogSchema),
    challenges: () => call(context, { method: 'GET', path: '/v1/challenges' }, ChallengeListingsSchema),
    // `reveal: 'next'` comes back with the question revealed: no `shown` round trip before it.
    // The engine behind the server checks the options (`{ reveal: 'next' }`) and names what is wrong.
    startAttempt: async (challengeId, options) =>
      write(
        'POST',
        `/v1/challenges/${segment(challengeId, 'challengeId')}/attempts`,
        options ?? {},
        AttemptViewSchema,
        ['challenges'],
      ),
    // Not queued: the text is what the seller waits for, and the clock runs from the server's reveal.
    showQuestion: (attemptId, questionId) =>
      write(
        'POST',
        `/v1/attempts/${segment(attemptId, 'attemptId')}/shown`,
        { questionId: segment(questionId, 'questionId') },
        RedactedQuestionSchema,
        ['challenges'],
      ),
    attempt: (attemptId) =>
      call(context, { method: 'GET', path: `/v1/attempts/${segment(attemptId, 'attemptId')}` }, AttemptViewSchema),
    leaderboard: (query) =>
      call(
        context,
        {
          method: 'GET',
          path: `/v1/leaderboards/${segment(query.challengeId, 'challengeId')}`,
          query: {
            scope: query.scope,
            limit: query.limit,
            around: query.around,
            offset: query.offset,
            entity: query.entity,
          },
        },
        LeaderboardResultSchema,
      ),
    feed: () => call(context, { method: 'GET', path: '/v1/feed' }, FeedViewSchema),
    async setRepetitionHold(until) {
      if (until !== undefined && !Number.isFinite(until)) {
        throw new MindError('MIND_INVALID_INPUT', 'until must be epoch milliseconds or undefined.', {
          path: ['until'],
        });
      }
      await write('PUT', '/v1/repetition-hold', { until: until ?? null }, EmptyReplySchema, ['feed']);
    },
    // Direct, not queued: a privacy choice the seller believes made while the boards others read
    // still show them would mislead; offline, it fails at once and the element offers a retry.
    async setBoardVisibility(visible) {
      if (typeof visible !== 'boolean') {
        throw new MindError('MIND_INVALID_INPUT', 'visible must be true or false.', { path: ['visible'] });
      }
      await write('PUT', '/v1/me/board-visibility', { visible }, EmptyReplySchema, ['leaderboard']);
    },
    pitchPrompts: () => call(context, { method: 'GET', path: '/v1/pitch-prompts' }, PitchPromptsSchema),
    recordings: (query = {}) =>
      call(
        context,
        {
          method: 'GET',
          path: '/v1/recordings',
          query: { promptId: query.promptId, sellerId: query.sellerId, view: query.view },
        },
        RecordingEntriesSchema,
      ),
    async recordingMedia(recordingId): Promise<BlobLike> {
      const path = `/v1/recordings/${segment(recordingId, 'recordingId')}/media`;
      const delivery = await context.transport.send({ method: 'GET', path, binary: true });
      if (!delivery.ok) throw delivery.error;
      if (!(delivery.body instanceof ArrayBuffer)) {
        throw new MindError('MIND_BAD_RESPONSE', `The reply to GET ${path} is not binary.`);
      }
      const type = delivery.headers.get('content-type') ?? 'application/octet-stream';
      return new Blob([delivery.body], { type });
    },
    review: (recordingId, review) =>
      write('POST', `${recording(recordingId)}/reviews`, review, ReviewSchema, ['pitch']),
    publish: (recordingId) => write('POST', `${recording(recordingId)}/publish`, {}, RecordingSchema, ['pitch']),
    setConsent: (recordingId, consent) =>
      write('PUT', `${recording(recordingId)}/consent`, { consent }, RecordingSchema, ['pitch']),
    // Not queued: a claim is only worth the server's answer (another coach may hold the pitch).
    claimReview: (recordingId, options = {}) =>
      write(
        'POST',
        `${recording(recordingId)}/claim`,
        options.takeOver === undefined ? {} : { takeOver: options.takeOver },
        ReviewClaimSchema,
        ['pitch'],
      ),
    async releaseReview(recordingId) {
      await write('DELETE', `${recording(recordingId)}/claim`, undefined, EmptyReplySchema, ['pitch']);
    },
    directory: () => call(context, { method: 'GET', path: '/v1/directory' }, DirectoryListingSchema),
    mastery: (query) =>
      call(
        context,
        { method: 'GET', path: '/v1/mastery', query: { by: query.by, topic: query.topic } },
        MasteryViewSchema,
      ),
    tierReport: (options = {}) =>
      call(
        context,
        {
          method: 'GET',
          path: '/v1/tier-report',
          query: {
            metric: options.metric,
            budget: options.budget === undefined ? undefined : JSON.stringify(options.budget),
          },
        },
        TierReportSchema,
      ),
    exportSellerData: (sellerId) =>
      call(
        context,
        { method: 'GET', path: `/v1/sellers/${segment(sellerId, 'sellerId')}/export` },
        SellerDataExportSchema,
      ),
    responses: (query = {}) =>
      call(
        context,
        {
          method: 'GET',
          path: '/v1/responses',
          query: {
            nuggetId: query.nuggetId,
            handled: query.handled === undefined ? undefined : String(query.handled),
            limit: query.limit,
            before: query.before,
            beforeId: query.beforeId,
          },
        },
        ResponseEntriesSchema,
      ),
    // Direct, as coaching writes are: the owner or manager handles answers online, and the element
    // shows the change once the server has it.
    // Async, so a malformed id rejects like every other refusal instead of throwing at the call.
    async markResponseHandled(responseId, handled) {
      const path = `/v1/responses/${responseSegment(responseId)}/handled`;
      return write('PUT', path, { handled }, ResponseEntrySchema, ['feed']);
    },
    responseQuestions: () => call(context, { method: 'GET', path: '/v1/response-questions' }, ResponseQuestionsSchema),
    async pollResults(nuggetId) {
      const path = `/v1/nuggets/${segment(nuggetId, 'nuggetId')}/poll-results`;
      return call(context, { method: 'GET', path }, PollTallySchema);
    },
    polls: () => call(context, { method: 'GET', path: '/v1/polls' }, PollResultsSchema),
    engagement: (query = {}) =>
      call(
        context,
        { method: 'GET', path: '/v1/engagement', query: { sellerId: query.sellerId } },
        EngagementSummarySchema,
      ),
    engagementBoard: (query = {}) =>
      call(
        context,
        {
          method: 'GET',
          path: '/v1/engagement/board',
          query: {
            period: query.period,
            scope: query.scope,
            limit: query.limit,
            around: query.around,
            offset: query.offset,
          },
        },
        LeaderboardResultSchema,
      ),
    certifications: (query = {}) =>
      call(
        context,
        { method: 'GET', path: '/v1/certifications', query: { sellerId: query.sellerId } },
        CertificationsViewSchema,
      ),
    certifiedSellers: () => call(context, { method: 'GET', path: '/v1/certified-sellers' }, CertifiedSellersViewSchema),
    async deleteSellerData(sellerId) {
      await write('DELETE', `/v1/sellers/${segment(sellerId, 'sellerId')}`, undefined, EmptyReplySchema, [
        'privacy',
        'challenges',
        'leaderboard',
        'feed',
        'pitch',
        'mastery',
      ]);
    },
  };
}
