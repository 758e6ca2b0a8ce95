import type { TierPolicy, TierRule } from './tier-policy.schema.js';

/**
 * The metric under which a partner's count of certified sellers is checked: a prefix no directory
 * metric is expected to use (`:` and a `mind` namespace), so a PRM's own `certifiedSellers` figure
 * is never mistaken for the engine's count, nor overwritten by it.
 */
const PREFIX = 'mind:certifiedSellers';

/** The metric of the count of sellers holding `certificationId`, or any certification of the pack. */
export function certifiedSellersMetric(certificationId?: string): string {
  return certificationId === undefined ? PREFIX : `${PREFIX}/${certificationId}`;
}

/**
 * The certification a metric counts sellers of (`{}` for any certification), or `undefined` for
 * a metric that is not a certified-seller count: how reasons and gaps name it.
 */
export function certifiedMetricOf(metric: string): { readonly certificationId?: string } | undefined {
  if (metric === PREFIX) return {};
  return metric.startsWith(`${PREFIX}/`) ? { certificationId: metric.slice(PREFIX.length + 1) } : undefined;
}

/** The certified-seller metrics a policy's rules read (empty for most policies, which then cost nothing). */
export function certifiedMetrics(policy: TierPolicy): string[] {
  const found = new Set<string>();
  const visit = (rule: TierRule) => {
    if ('quantile' in rule) return;
    for (const member of 'all' in rule ? rule.all : rule.any) {
      if ('certifiedSellers' in member) found.add(certifiedSellersMetric(member.certification));
      else if (!('metric' in member))
        for (const inner of 'all' in member ? member.all : member.any)
          if ('certifiedSellers' in inner) found.add(certifiedSellersMetric(inner.certification));
    }
  };
  for (const tier of policy.tiers) if (tier.rule) visit(tier.rule);
  return [...found];
}
