import { MindError } from '../errors/mind-error.js';
import { masteryBy } from '../mastery/mastery-by.js';
import type { MasteryRecord } from '../mastery/mastery-record.schema.js';
import { needsStrengthening } from '../mastery/needs-strengthening.js';
import { concentrationReport } from '../tiers/concentration.js';
import { policyMetrics } from '../tiers/policy-metrics.js';
import { metricValue } from '../tiers/tier-partner.js';
import { describeAssignment, describeNextTierGap } from '../tiers/describe-assignment.js';
import { splitBudget } from '../tiers/split-budget.js';
import type {
  DirectoryListing,
  MasteryQueryInput,
  MasteryView,
  TierReport,
  TierReportOptions,
} from '../api/mindshare-api.js';
import type { EngineContext } from './engine-context.js';
import { requireStaff } from './engine-input.js';
import { COLLECTIONS } from './engine-schema.js';
import { certifiedCounts } from './certified-counts.js';
import { peopleOf } from './people.js';

/**
 * Mastery per seller, partner or tier. Coaches and managers see everyone; a seller sees only
 * their own rows, by seller.
 */
export async function readMastery(context: EngineContext, query: MasteryQueryInput): Promise<MasteryView> {
  const by = query?.by;
  if (by !== 'seller' && by !== 'partner' && by !== 'tier') {
    throw new MindError('MIND_INVALID_INPUT', 'by must be "seller", "partner" or "tier".', { path: ['by'] });
  }
  if (query.topic !== undefined && !context.pack.topics.some((topic) => topic.id === query.topic)) {
    throw new MindError('MIND_NOT_FOUND', `No topic "${String(query.topic)}" in the pack.`, { path: ['topic'] });
  }
  const self = context.viewer.role === 'seller';
  if (self && by !== 'seller')
    throw new MindError('MIND_FORBIDDEN', 'Sellers see only their own mastery (by: "seller").');
  const records = self
    ? await context.storage.query<MasteryRecord>(COLLECTIONS.mastery, {
        index: 'bySeller',
        range: { only: context.viewer.id },
      })
    : await context.storage.query<MasteryRecord>(COLLECTIONS.mastery);
  const grouping =
    by === 'seller'
      ? ({ by } as const)
      : by === 'partner'
        ? ({ by, sellerPartner: context.sellerPartner } as const)
        : ({ by, sellerPartner: context.sellerPartner, partnerTier: context.partnerTier } as const);
  const now = context.now();
  const topic = query.topic;
  return {
    rows: masteryBy({ ...grouping, records, now, topic }),
    needsStrengthening: needsStrengthening({ ...grouping, records, now, topic }),
  };
}

/** The tier report for managers and coaches: assignment with reasons, gaps, concentration and an optional budget split. */
export async function readTierReport(context: EngineContext, options: TierReportOptions = {}): Promise<TierReport> {
  requireStaff(context, 'read the tier report');
  const { pack, viewer } = context;
  // Certified sellers are counted as of now: a certification that lapsed since the host last
  // counted no longer holds a partner in its tier here.
  const counts = await certifiedCounts(context.storage, pack, context.directory, context.now());
  const assignments =
    counts === undefined ? context.assignments : peopleOf(pack, context.directory, counts).assignments;
  const partners = [...context.partners.values()];
  const policy = pack.tierPolicy;
  const hasFigures = (name: string) => partners.some((partner) => metricValue(partner, name) !== null);
  // By default the metric the policy ranks partners on, so the report speaks of what sets tiers;
  // failing that (a policy without rules, figures not in the directory yet) one the partners have.
  const known = [...new Set(partners.flatMap((partner) => Object.keys(partner.metrics)))].sort();
  const metric =
    options.metric ?? policyMetrics(policy).find(hasFigures) ?? known.find(hasFigures) ?? 'indirectRevenue';
  // Only a metric asked for is refused: a default never costs the page its assignments.
  if (options.metric !== undefined && partners.length > 0 && !hasFigures(metric)) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `No partner in the directory has the metric "${metric}"; its partners have ${known.join(', ') || 'no metrics'}.`,
      { path: ['metric'] },
    );
  }
  const reasons: Record<string, string> = {};
  const nextTierGaps: Record<string, string | null> = {};
  for (const assignment of assignments) {
    reasons[assignment.partnerId] = describeAssignment(pack.tierPolicy, assignment, viewer.locale);
    nextTierGaps[assignment.partnerId] = describeNextTierGap(pack.tierPolicy, assignment, viewer.locale);
  }
  const budget =
    options.budget === undefined
      ? undefined
      : splitBudget({ ...options.budget, partners, assignments, metric: options.budget.metric ?? metric });
  return {
    metric,
    ...(policy.metricNames === undefined ? {} : { metricNames: policy.metricNames }),
    tiers: pack.tierPolicy.tiers.map((tier) => ({ id: tier.id, name: tier.name })),
    assignments,
    reasons,
    nextTierGaps,
    concentration: concentrationReport(pack.tierPolicy, partners, assignments, metric),
    budget,
  };
}

/** The directory's names, partners and tiers, for coaches and managers (sellers see only the boards). */
export function readDirectory(context: EngineContext): DirectoryListing {
  requireStaff(context, 'list the directory');
  return {
    partners: [...context.partners.values()].map((partner) => ({
      id: partner.id,
      name: partner.name ?? partner.id,
      tierId: context.partnerTier.get(partner.id),
    })),
    sellers: [...context.sellers.values()].map((seller) => ({
      id: seller.id,
      displayName: seller.displayName,
      partnerId: seller.partnerId,
      role: seller.role,
    })),
  };
}
