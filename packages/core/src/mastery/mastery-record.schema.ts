import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';

/**
 * What the core keeps about one seller and one topic: recency-weighted sums of their answers,
 * decayed to `lastAt` (see README.md). It is the derived state the engine writes in the same
 * atomic batch as the answer that changes it, keyed by `[sellerId, topicId]`.
 *
 * - `weightedCorrect`: Σ creditᵢ · 2^(−(lastAt − atᵢ) / half-life), credit in [0, 1];
 * - `weight`: Σ 2^(−(lastAt − atᵢ) / half-life), so `weightedCorrect <= weight`;
 * - `count`: how many answers, undecayed (for display: "12 answers");
 * - `lastAt`: the latest answer time, epoch ms.
 */
export const MasteryRecordSchema = z
  .strictObject({
    sellerId: IdSchema,
    topicId: IdSchema,
    weightedCorrect: z.number().check(z.minimum(0)),
    weight: z.number().check(z.minimum(0)),
    count: z.int().check(z.minimum(1)),
    lastAt: z.number(),
  })
  .check(
    z.refine((record) => record.weightedCorrect <= record.weight * (1 + 1e-9), {
      message: 'expected weightedCorrect <= weight',
      path: ['weightedCorrect'],
    }),
  );

/** One seller's mastery state for one topic (see {@link MasteryRecordSchema}). */
export type MasteryRecord = z.infer<typeof MasteryRecordSchema>;
