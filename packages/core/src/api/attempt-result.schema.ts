import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';

/** Per-topic counts of an attempt, for mastery. */
export const TopicTallySchema = z.object({
  /** Questions of the attempt tagged with the topic. */
  questions: z.number(),
  answered: z.number(),
  correct: z.number(),
});

/** The outcome of a finished or expired attempt. */
export const AttemptResultSchema = z.object({
  attemptId: IdSchema,
  status: z.enum(['finished', 'expired']),
  total: z.number(),
  /** Lowest and highest total the attempt could have scored. */
  min: z.number(),
  max: z.number(),
  questions: z.number(),
  answered: z.number(),
  correct: z.number(),
  finishedAt: z.number(),
  /** `topicId → counts`. */
  topics: z.record(z.string(), TopicTallySchema),
});
