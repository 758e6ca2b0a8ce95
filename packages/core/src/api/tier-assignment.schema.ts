import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { ComparisonOpSchema } from '../tiers/tier-policy.schema.js';
import { readonlyArray } from './reply-fields.js';

/** Which share of partners a quantile rule takes, and its target size. */
const QuantileShareSchema = z.object({ top: z.number(), count: z.number() });

/** One comparison that held for a partner, with the partner's actual value: the "why" of a tier. */
export const TierEvidenceSchema = z.object({
  metric: z.string(),
  op: ComparisonOpSchema,
  /** The threshold; for a quantile rule, the edge value of the quantile. */
  needed: z.number(),
  actual: z.number(),
  /** Present when the comparison comes from a quantile rule: which share, and its target size. */
  quantile: z.exactOptional(QuantileShareSchema),
});

/**
 * Why a partner is in its tier: the rule it met, with every comparison that held and the partner's
 * actual values, or the policy's default because no rule above matched.
 */
export const TierReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rule'), tierId: IdSchema, evidence: readonlyArray(TierEvidenceSchema) }),
  z.object({ kind: z.literal('default'), tierId: IdSchema }),
]);

/**
 * What a partner lacks on one comparison of a rule it does not meet.
 *
 * - `short`: the partner has the metric but on the wrong side of `needed`; `missing` is the distance
 *   (always ≥ 0) and `direction` says whether the metric must go up or down. For the strict `>` and
 *   `<` the partner must go past `needed`, so `missing` can be 0 while the condition is still unmet.
 *   For a quantile rule, `needed` is the metric value that would place the partner in the quantile
 *   (the edge value: reaching it ties the edge, and ties are included).
 * - `no-data`: the partner has no value for the metric, which never meets a condition; `needed` is
 *   `null` for a quantile in which no partner has the metric (any value would then place it in).
 */
export const TierGapSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('short'),
    metric: z.string(),
    op: ComparisonOpSchema,
    needed: z.number(),
    actual: z.number(),
    missing: z.number(),
    direction: z.enum(['increase', 'decrease']),
    quantile: z.exactOptional(QuantileShareSchema),
  }),
  z.object({
    kind: z.literal('no-data'),
    metric: z.string(),
    op: ComparisonOpSchema,
    needed: z.nullable(z.number()),
    quantile: z.exactOptional(QuantileShareSchema),
  }),
]);

/** What a partner lacks to reach the tier just above its own. */
export const NextTierGapSchema = z.object({
  tierId: IdSchema,
  /** Every unmet condition of that tier's rule; for an `any` group, only its cheapest alternative. */
  gaps: readonlyArray(TierGapSchema),
});

/** A partner's tier, why, and what it lacks for the tier above. */
export const TierAssignmentSchema = z.object({
  partnerId: IdSchema,
  tierId: IdSchema,
  reason: TierReasonSchema,
  /**
   * What the partner lacks to reach the nearest tier above its own that has a rule; `null` in the
   * top tier. Meeting those gaps is enough: tiers are tried from the top, so a partner meeting that
   * tier's rule lands there (or higher).
   */
  next: z.nullable(NextTierGapSchema),
});
