import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { VerdictSchema } from './verdict.schema.js';

/** A scored answer: the verdict, as a server replies to an answer. */
export const ScoredAnswerSchema = z.extend(VerdictSchema, { status: z.literal('scored') });

/**
 * The verdict of one answer, or `pending` when it was saved but not yet scored (the HTTP client's
 * own outcome while the server cannot be reached; a server never replies `pending`).
 */
export const AnswerOutcomeSchema = z.discriminatedUnion('status', [
  ScoredAnswerSchema,
  z.object({ status: z.literal('pending'), questionId: IdSchema }),
]);
