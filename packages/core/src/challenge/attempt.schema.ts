import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { AnswerResponseSchema } from './answer-response.schema.js';
import { ConfidenceSchema } from './scoring.schema.js';

/** Where an attempt is. `not-started` is the absence of an attempt (see `attemptStatus`). */
export const AttemptStatusSchema = z.enum(['in-progress', 'finished', 'expired']);

/** An attempt's recorded status (see {@link AttemptStatusSchema}). */
export type AttemptStatus = z.infer<typeof AttemptStatusSchema>;

/** One scored answer inside an attempt. */
export const AnsweredQuestionSchema = z.strictObject({
  questionId: IdSchema,
  response: AnswerResponseSchema,
  confidence: z.exactOptional(ConfidenceSchema),
  answeredAt: z.number(),
  /** Time from when the question was shown to the answer. */
  elapsedMs: z.number(),
  /** Answered after the question's own time limit: recorded, worth 0, breaks the streak. */
  timedOut: z.boolean(),
  credit: z.number().check(z.minimum(0), z.maximum(1)),
  correct: z.boolean(),
  points: z.number(),
});

/** An answered question (see `AnsweredQuestionSchema`). */
export type AnsweredQuestion = z.infer<typeof AnsweredQuestionSchema>;

/**
 * A seller's attempt at a challenge, as stored. Times are epoch ms from the engine's clock.
 * `questionIds` is the order the seller sees; `choiceOrder` the order of each question's choices or
 * ordering items. `packVersion` is the content-pack version the attempt began with, so a republish
 * never changes an attempt in flight.
 */
export const AttemptSchema = z.strictObject({
  id: IdSchema,
  challengeId: IdSchema,
  sellerId: IdSchema,
  packVersion: z.string().check(z.minLength(1)),
  seed: z.string(),
  status: AttemptStatusSchema,
  startedAt: z.number(),
  deadline: z.number(),
  finishedAt: z.exactOptional(z.number()),
  questionIds: z.array(IdSchema),
  choiceOrder: z.record(IdSchema, z.array(IdSchema)),
  /** When each question was first shown (see `showQuestion`). */
  shownAt: z.record(IdSchema, z.number()),
  answers: z.array(AnsweredQuestionSchema),
  /** Running total of the answers' points. */
  score: z.number(),
});

/** An attempt: its answers, running score and status, as `AttemptSchema` in this module defines them. */
export type Attempt = z.infer<typeof AttemptSchema>;
