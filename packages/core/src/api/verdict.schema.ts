import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { LocalizedRichTextSchema } from '../content/rich-text.schema.js';
import { readonlyArray } from './reply-fields.js';

/** What the seller learns right after answering: revealed only then, never before. */
export const VerdictSchema = z.object({
  questionId: IdSchema,
  correct: z.boolean(),
  /** Share of the question earned, in [0, 1]. */
  credit: z.number().check(z.minimum(0), z.maximum(1)),
  points: z.number(),
  timedOut: z.boolean(),
  /** The question's explanation (see `Question.explanation`). */
  explanation: LocalizedRichTextSchema,
  /** Ids of the pack resources linked to the question, now open to the seller. */
  resources: readonlyArray(IdSchema),
  /** For a single- or multiple-choice question, the right choices: revealed with the verdict, never before. */
  correctChoiceIds: z.exactOptional(readonlyArray(IdSchema)),
});
