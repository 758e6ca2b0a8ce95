import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { readonlyArray } from './reply-fields.js';

/** One partner's part of the budget. */
export const PartnerBudgetSchema = z.object({
  partnerId: IdSchema,
  tierId: IdSchema,
  /** Minor units, floor included. */
  amount: z.number(),
  floor: z.number(),
  /** `null` when the partner has no cap. */
  cap: z.nullable(z.number()),
  /** The metric value used; missing and negative values count as 0. */
  expectedReturn: z.number(),
});

/** One tier's part of the budget: the sum of its partners' parts. */
export const TierBudgetSchema = z.object({
  tierId: IdSchema,
  weight: z.number(),
  partnerCount: z.number(),
  amount: z.number(),
});

/** The result of `splitBudget`: `allocated + unallocated === total`, always. */
export const BudgetSplitSchema = z.object({
  total: z.number(),
  /** The sum of every partner's `amount`. */
  allocated: z.number(),
  /** What caps left nowhere to go; 0 unless every partner able to receive more is at its cap. */
  unallocated: z.number(),
  /** In the order of `tierWeights`. */
  tiers: readonlyArray(TierBudgetSchema),
  /** Sorted by partner id. */
  partners: readonlyArray(PartnerBudgetSchema),
});
