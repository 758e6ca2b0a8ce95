import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { LocalizedTextSchema } from '../content/localized-text.schema.js';
import { readonlyArray } from './reply-fields.js';

/** One option of a poll with its label and how many voters chose it. */
export const PollResultOptionSchema = z.object({ optionId: IdSchema, label: LocalizedTextSchema, count: z.number() });

/**
 * A released poll with its results, as staff and the poll's owner read them without voting: the
 * question, each option (in the poll's order) with its count, and the number of voters. No voter ids.
 */
export const PollResultSchema = z.object({
  nuggetId: IdSchema,
  title: LocalizedTextSchema,
  question: LocalizedTextSchema,
  multiple: z.boolean(),
  options: readonlyArray(PollResultOptionSchema),
  voters: z.number(),
});
