import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';

/**
 * What a seller answers, discriminated on the question's `kind`:
 * `{ kind: 'single', choiceId }`, `{ kind: 'multiple', choiceIds }`, `{ kind: 'true-false', value }`,
 * `{ kind: 'ordering', itemIds }` (first to last), `{ kind: 'numeric', value }`.
 */
export const AnswerResponseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('single'), choiceId: IdSchema }),
  z.strictObject({ kind: z.literal('multiple'), choiceIds: z.array(IdSchema) }),
  z.strictObject({ kind: z.literal('true-false'), value: z.boolean() }),
  z.strictObject({ kind: z.literal('ordering'), itemIds: z.array(IdSchema) }),
  z.strictObject({ kind: z.literal('numeric'), value: z.number() }),
]);

/** A seller's answer to one question (see {@link AnswerResponseSchema}). */
export type AnswerResponse = z.infer<typeof AnswerResponseSchema>;

/** The response shape for one question kind. */
export type AnswerResponseOf<K extends AnswerResponse['kind']> = Extract<AnswerResponse, { kind: K }>;
