import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { LocalizedTextSchema } from '../content/localized-text.schema.js';

/** How a partner's metric is compared with a threshold. `==` is exact: use it for counts, not ratios. */
export const ComparisonOpSchema = z.enum(['>=', '>', '<=', '<', '==']);

/** A comparison operator (see {@link ComparisonOpSchema}). */
export type ComparisonOp = z.infer<typeof ComparisonOpSchema>;

/**
 * The name of a partner metric, free-form because each vendor measures its own things:
 * `indirectRevenue`, `certifiedSellers`, `averageMastery`, `dealsRegistered`…
 */
export const MetricNameSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(128), z.regex(/^\S(.*\S)?$/, 'expected a metric name without surrounding spaces'));

/** `{ metric: 'indirectRevenue', op: '>=', value: 1000000 }`: one threshold on one metric. */
export const ConditionSchema = z.strictObject({
  metric: MetricNameSchema,
  op: ComparisonOpSchema,
  // zod 4 numbers are finite, so NaN and Infinity thresholds are rejected here.
  value: z.number(),
});

/** One threshold on one metric (see {@link ConditionSchema}). */
export type Condition = z.infer<typeof ConditionSchema>;

/**
 * `{ certifiedSellers: 2 }`: at least that many of the partner's sellers hold a certification of
 * the pack (held, expiring or in grace), or the one named by `certification`. Counted by the engine
 * from what sellers earned, unlike a directory metric.
 */
export const CertifiedSellersConditionSchema = z.strictObject({
  certifiedSellers: z.int().check(z.minimum(1, 'expected at least 1 certified seller')),
  certification: z.exactOptional(IdSchema),
});

/** A certified-seller count condition (see {@link CertifiedSellersConditionSchema}). */
export type CertifiedSellersCondition = z.infer<typeof CertifiedSellersConditionSchema>;

const conditions = z
  .array(z.union([ConditionSchema, CertifiedSellersConditionSchema]))
  .check(z.minLength(1, 'expected at least one condition'));

/** A group of conditions only, the shape allowed inside another group (one level of nesting). */
export const InnerGroupSchema = z.union([z.strictObject({ all: conditions }), z.strictObject({ any: conditions })]);

/** A group nested in a threshold group (see `InnerGroupSchema`). */
export type InnerGroup = z.infer<typeof InnerGroupSchema>;

const members = z
  .array(z.union([ConditionSchema, CertifiedSellersConditionSchema, InnerGroupSchema]))
  .check(z.minLength(1, 'expected at least one condition or group'));

/**
 * Thresholds that must all hold (`{ all: [...] }`) or of which one must hold (`{ any: [...] }`).
 * Members are conditions or groups of conditions, so "revenue ≥ 1 M and (3 certified sellers or
 * mastery ≥ 0.8)" can be written; deeper nesting is refused because no tier policy seen needs it
 * and a flat reason is easier for a partner to read.
 */
export const ThresholdGroupSchema = z.union([z.strictObject({ all: members }), z.strictObject({ any: members })]);

/** A threshold group (see {@link ThresholdGroupSchema}). */
export type ThresholdGroup = z.infer<typeof ThresholdGroupSchema>;

/**
 * "The top `top` share of partners by `metric`": `{ quantile: { metric: 'indirectRevenue', top: 0.1 } }`.
 *
 * Rounding, so that an edge is never decided by accident:
 * - the quantile holds the top `ceil(top × n)` partners, where `n` counts every partner of the set
 *   (including those without the metric); `top × n` within 1e-9 of an integer is taken as that
 *   integer, so 7 % of 100 partners is 7, not 8 through floating-point noise;
 * - the edge value is the metric of the `ceil(top × n)`-th partner by descending metric, and every
 *   partner at or above it is in: ties at the edge are all included, so the quantile may hold more
 *   than `ceil(top × n)` partners, and the result never depends on input order;
 * - partners without the metric (or with a non-finite value) are never in the quantile;
 * - `top: 1` holds every partner that has the metric.
 */
export const QuantileRuleSchema = z.strictObject({
  quantile: z.strictObject({
    metric: MetricNameSchema,
    top: z
      .number()
      .check(z.gt(0, 'expected a share above 0, e.g. 0.1 for the top 10 %'), z.lte(1, 'expected a share of at most 1')),
  }),
});

/** A quantile rule (see {@link QuantileRuleSchema}). */
export type QuantileRule = z.infer<typeof QuantileRuleSchema>;

/** What places a partner in a tier: a threshold group or a quantile rule. */
export const TierRuleSchema = z.union([ThresholdGroupSchema, QuantileRuleSchema]);

/** A tier rule (see {@link TierRuleSchema}). */
export type TierRule = z.infer<typeof TierRuleSchema>;

/**
 * A tier of the vendor's own naming (`{ en: 'Platinum', fr: 'Platinium' }`). `rule` may be left out
 * only on the policy's `defaultTier`, which then holds exactly the partners no rule placed.
 */
export const TierSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  rule: z.exactOptional(TierRuleSchema),
});

/** A tier (see {@link TierSchema}). */
export type Tier = z.infer<typeof TierSchema>;

/**
 * How partners are segmented: `tiers` from highest to lowest, each partner going to the first tier
 * whose rule it meets, else to `defaultTier`. `metricNames` optionally gives metrics a display name
 * for reasons ("indirect revenue" instead of `indirectRevenue`).
 *
 * The schema checks shapes; cross-references (unique ids, `defaultTier` naming a tier) are checked by
 * `checkTierPolicy`, so the content-pack validator can report every problem with its path at once.
 */
export const TierPolicySchema = z.strictObject({
  tiers: z.array(TierSchema).check(z.minLength(1, 'expected at least one tier')),
  defaultTier: IdSchema,
  metricNames: z.exactOptional(z.record(MetricNameSchema, LocalizedTextSchema)),
});

/** A tier policy (see {@link TierPolicySchema}). */
export type TierPolicy = z.infer<typeof TierPolicySchema>;
