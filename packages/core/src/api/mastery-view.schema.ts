import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { MasterySchema } from './mastery.schema.js';
import { readonlyArray } from './reply-fields.js';

/** One seller's, partner's or tier's mastery of one topic. */
export const MasteryRowSchema = z.extend(MasterySchema, {
  by: z.enum(['seller', 'partner', 'tier']),
  /** The seller, partner or tier id. */
  id: IdSchema,
  topicId: IdSchema,
  /** Sellers with at least one answer on the topic. */
  sellers: z.number(),
  /** Of those, sellers with enough evidence to have a level other than `unknown`. */
  sellersMeasured: z.number(),
});

/** Who must strengthen which topic, and who has not shown enough to say. */
export const NeedsStrengtheningSchema = z.object({
  /** `weak` and `developing` rows, worst first: lowest score, then more evidence, then id, topic. */
  rows: readonlyArray(MasteryRowSchema),
  /** Rows with too little evidence to rank (`unknown`), by id then topic. */
  unknown: readonlyArray(MasteryRowSchema),
});

/** Mastery per entity and topic, and who must strengthen what, worst first. */
export const MasteryViewSchema = z.object({
  rows: readonlyArray(MasteryRowSchema),
  needsStrengthening: NeedsStrengtheningSchema,
});
