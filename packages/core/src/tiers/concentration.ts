import type { ConcentrationReportSchema, ConcentrationRowSchema } from '../api/concentration-report.schema.js';
import type { z } from '../content/zod.js';
import { MindError } from '../errors/mind-error.js';
import type { TierPolicy } from './tier-policy.schema.js';
import type { TierAssignment } from './assign-tiers.js';
import { compareIds, metricValue, type TierPartner } from './tier-partner.js';
import { tierMembership } from './tier-membership.js';

/** One tier's line of the Pareto view: its share of partners against its share of the metric. */
export type ConcentrationRow = z.infer<typeof ConcentrationRowSchema>;

/** How concentrated a metric is across tiers (see {@link ConcentrationReportSchema}). */
export type ConcentrationReport = z.infer<typeof ConcentrationReportSchema>;

/**
 * Per tier, in policy order: how many partners, what share of partners, the metric's sum and its
 * share — the seed's "8–15 % of partners, up to 40 % of indirect revenue" view.
 *
 * Shares sum to 1 (within floating-point rounding) whenever there is at least one partner and the
 * metric total is not 0; when a total is 0 every share of it is 0 rather than NaN. Metrics are
 * meant to be non-negative (revenue, counts); negative values are summed as given. Sums run in
 * partner-id order, so the result does not depend on input order, to the last bit.
 *
 * @throws {MindError} `MIND_INVALID_INPUT` when `assignments` do not give every partner exactly one
 * tier of `policy`.
 */
export function concentrationReport(
  policy: TierPolicy,
  partners: readonly TierPartner[],
  assignments: readonly Pick<TierAssignment, 'partnerId' | 'tierId'>[],
  metric: string,
): ConcentrationReport {
  const tierOf = tierMembership(partners, assignments);
  const tierIds = new Set(policy.tiers.map((tier) => tier.id));
  assignments.forEach((assignment, index) => {
    if (!tierIds.has(assignment.tierId))
      throw new MindError(
        'MIND_INVALID_INPUT',
        `assignments[${index}]: tier "${assignment.tierId}" is not in the policy; assign tiers with this policy`,
        { path: ['assignments', index, 'tierId'] },
      );
  });

  const counts = new Map<string, number>();
  const sums = new Map<string, number>();
  let metricTotal = 0;
  let partnersWithoutMetric = 0;
  const sorted = [...partners].sort((a, b) => compareIds(a.id, b.id));
  for (const partner of sorted) {
    const tierId = tierOf.get(partner.id);
    // tierMembership guarantees an entry; the guard only narrows the type.
    if (tierId === undefined) continue;
    const value = metricValue(partner, metric);
    if (value === null) partnersWithoutMetric++;
    counts.set(tierId, (counts.get(tierId) ?? 0) + 1);
    sums.set(tierId, (sums.get(tierId) ?? 0) + (value ?? 0));
    metricTotal += value ?? 0;
  }
  const partnerCount = sorted.length;
  const share = (part: number, total: number) => (total === 0 ? 0 : part / total);
  let cumulativeCount = 0;
  let cumulativeSum = 0;
  const tiers = policy.tiers.map((tier): ConcentrationRow => {
    const count = counts.get(tier.id) ?? 0;
    const sum = sums.get(tier.id) ?? 0;
    cumulativeCount += count;
    cumulativeSum += sum;
    return {
      tierId: tier.id,
      partnerCount: count,
      partnerShare: share(count, partnerCount),
      metricSum: sum,
      metricShare: share(sum, metricTotal),
      cumulativePartnerShare: share(cumulativeCount, partnerCount),
      cumulativeMetricShare: share(cumulativeSum, metricTotal),
    };
  });
  return { metric, partnerCount, metricTotal, partnersWithoutMetric, tiers };
}
