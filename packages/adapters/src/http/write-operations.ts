import {
  FinishedAttemptSchema,
  MindError,
  PollTallySchema,
  ScoredAnswerSchema,
  VerdictSchema,
  type AnswerOptions,
  type AnswerOutcome,
  type MindshareApi,
} from '@mindshare/core';
import * as z from 'zod/mini';
import { segment, parseReply, type ClientContext } from './client-context.js';
import type { WriteOperation } from './http-options.js';
import { EmptyReplySchema } from './reply-schemas.js';
import type { WriteResult } from './outbox.js';

/** The reply each queued write must match before the outbox lets go of it. */
export const WRITE_REPLIES = {
  answer: ScoredAnswerSchema,
  // Only reveals queued by earlier clients (showQuestion is direct now). Nobody reads the reply,
  // which is a 204 from an older server or a replayed record and the question from a newer one.
  showQuestion: EmptyReplySchema,
  finishAttempt: FinishedAttemptSchema,
  markSeen: EmptyReplySchema,
  vote: PollTallySchema,
  respond: EmptyReplySchema,
  answerPractice: VerdictSchema,
} as const satisfies Readonly<Record<WriteOperation, z.ZodMiniType>>;

function confidenceOf(options: AnswerOptions | undefined): object {
  return options?.confidence === undefined ? {} : { confidence: options.confidence };
}

// A refusal is the server's verdict on this write: the caller gets it as is.
function delivered<S extends z.ZodMiniType>(result: WriteResult, operation: WriteOperation, schema: S): z.output<S> {
  if (result.kind === 'refused') throw result.error;
  if (result.kind === 'queued') throw result.error;
  return parseReply(schema, result.body, operation);
}

/**
 * Writes that go through the outbox. What a caller is told while the server is unreachable
 * depends on what it needs back:
 * - `answer` resolves `{ status: 'pending' }` (the verdict comes when the answer is delivered);
 * - `markSeen` and `respond` resolve (nothing to show; the write is safe on disk);
 * - `finishAttempt`, `vote` and `answerPractice` reject with `MIND_NETWORK` because their result
 *   is what the seller waits for, but the write stays queued and is delivered later.
 *
 * Each write announces the change areas it may touch, when queued and again when delivered. The
 * actions that count toward engagement (finishing, reading, voting, answering, practising) always
 * name `engagement`: the reply does not say whether this one counted, and without it badges and
 * the engagement board stayed as they were until a reload.
 */
export type OutboxWrites = Pick<
  MindshareApi,
  'answer' | 'finishAttempt' | 'markSeen' | 'vote' | 'respond' | 'answerPractice'
>;

export function outboxWrites(context: ClientContext): OutboxWrites {
  const submit = (
    operation: WriteOperation,
    path: string,
    body: object,
    areas: Parameters<typeof context.outbox.submit>[3],
  ) => context.outbox.submit(operation, path, body, areas);
  const resolvesWhenQueued = (result: WriteResult): void => {
    if (result.kind === 'refused') throw result.error;
  };
  return {
    async answer(attemptId, questionId, response, options): Promise<AnswerOutcome> {
      const path = `/v1/attempts/${segment(attemptId, 'attemptId')}/answers`;
      segment(questionId, 'questionId');
      const body = { questionId, response: response ?? null, ...confidenceOf(options) };
      const result = await submit('answer', path, body, ['challenges', 'mastery', 'feed']);
      // A reply that does not match the contract is reported, though the answer stays queued.
      if (result.kind === 'queued' && result.error.code !== 'MIND_BAD_RESPONSE')
        return { status: 'pending', questionId };
      return delivered(result, 'answer', WRITE_REPLIES.answer);
    },
    async finishAttempt(attemptId) {
      const path = `/v1/attempts/${segment(attemptId, 'attemptId')}/finish`;
      // A finish may award or renew a certification, which the feed's reminders show too.
      const result = await submit('finishAttempt', path, {}, [
        'challenges',
        'leaderboard',
        'certifications',
        'feed',
        'engagement',
      ]);
      return delivered(result, 'finishAttempt', WRITE_REPLIES.finishAttempt);
    },
    async markSeen(nuggetId) {
      const path = `/v1/nuggets/${segment(nuggetId, 'nuggetId')}/seen`;
      resolvesWhenQueued(await submit('markSeen', path, {}, ['feed', 'engagement']));
    },
    async vote(nuggetId, optionIds) {
      const path = `/v1/nuggets/${segment(nuggetId, 'nuggetId')}/votes`;
      if (!Array.isArray(optionIds)) optionIds = [segment(optionIds, 'optionIds')];
      optionIds.forEach((id, index) => segment(id, `optionIds[${index}]`));
      const result = await submit('vote', path, { optionIds: [...optionIds] }, ['feed', 'engagement']);
      return delivered(result, 'vote', WRITE_REPLIES.vote);
    },
    async respond(nuggetId, text) {
      const path = `/v1/nuggets/${segment(nuggetId, 'nuggetId')}/responses`;
      const parsed = z.string().check(z.minLength(1)).safeParse(text);
      if (!parsed.success) {
        throw new MindError('MIND_INVALID_INPUT', 'text must be a non-empty string.', { path: ['text'] });
      }
      resolvesWhenQueued(await submit('respond', path, { text }, ['feed', 'engagement']));
    },
    async answerPractice(questionId, response, options) {
      const path = `/v1/practice/${segment(questionId, 'questionId')}/answers`;
      const body = { response: response ?? null, ...confidenceOf(options) };
      const result = await submit('answerPractice', path, body, ['feed', 'mastery', 'engagement']);
      return delivered(result, 'answerPractice', WRITE_REPLIES.answerPractice);
    },
  };
}
