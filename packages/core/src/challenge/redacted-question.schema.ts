import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { LocalizedTextSchema } from '../content/localized-text.schema.js';
import { LocalizedRichTextSchema } from '../content/rich-text.schema.js';

// What a participant may see before answering. No `correct` flag, numeric answer, tolerance,
// explanation or resources: these are only revealed by the verdict. Strict objects, so an HTTP
// reply that leaks a key is refused rather than passed through.
const commonFields = {
  id: IdSchema,
  prompt: LocalizedRichTextSchema,
  topics: z.array(IdSchema),
  points: z.number(),
  timeLimitSeconds: z.exactOptional(z.int().check(z.minimum(1))),
  /**
   * For a timed question shown in a running attempt: the engine time (epoch ms) after which an
   * answer earns no points, so a countdown can run from the moment the engine revealed it.
   */
  answerBy: z.exactOptional(z.number()),
};

/** A choice or ordering item as a participant sees it. */
export const RedactedOptionSchema = z.strictObject({ id: IdSchema, label: LocalizedTextSchema });

/** A participant's option (see `RedactedOptionSchema`). */
export type RedactedOption = z.infer<typeof RedactedOptionSchema>;

/**
 * A question as a participant receives it: the prompt and the options in the attempt's order,
 * never the answer key. Ordering items arrive shuffled.
 */
export const RedactedQuestionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...commonFields, kind: z.literal('single'), choices: z.array(RedactedOptionSchema) }),
  z.strictObject({ ...commonFields, kind: z.literal('multiple'), choices: z.array(RedactedOptionSchema) }),
  z.strictObject({ ...commonFields, kind: z.literal('true-false') }),
  z.strictObject({ ...commonFields, kind: z.literal('ordering'), items: z.array(RedactedOptionSchema) }),
  z.strictObject({ ...commonFields, kind: z.literal('numeric'), unit: z.exactOptional(LocalizedTextSchema) }),
]);

/** A redacted question (see {@link RedactedQuestionSchema}). */
export type RedactedQuestion = z.infer<typeof RedactedQuestionSchema>;
