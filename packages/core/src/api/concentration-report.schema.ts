import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { readonlyArray } from './reply-fields.js';

/** One tier's line of the Pareto view: its share of partners against its share of the metric. */
export const ConcentrationRowSchema = z.object({
  tierId: IdSchema,
  partnerCount: z.number(),
  /** `partnerCount` over all partners; 0 when there are no partners. */
  partnerShare: z.number(),
  /** Sum of the metric over the tier's partners; partners without the metric add 0. */
  metricSum: z.number(),
  /** `metricSum` over the total; 0 for every tier when the total is 0. */
  metricShare: z.number(),
  /** Shares of this tier and every tier above it, so "top two tiers: 30 % of partners, 70 % of revenue". */
  cumulativePartnerShare: z.number(),
  cumulativeMetricShare: z.number(),
});

/** How concentrated a metric is across tiers (see `concentrationReport`). */
export const ConcentrationReportSchema = z.object({
  metric: z.string(),
  partnerCount: z.number(),
  metricTotal: z.number(),
  /** Partners with no value for the metric (counted as 0), so a thin sum can be told from missing data. */
  partnersWithoutMetric: z.number(),
  /** One row per tier of the policy, highest first, including empty tiers. */
  tiers: readonlyArray(ConcentrationRowSchema),
});
