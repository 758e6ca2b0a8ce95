import type { TierPolicy, TierRule } from './tier-policy.schema.js';

function ruleMetrics(rule: TierRule, into: string[]): void {
  if ('quantile' in rule) {
    into.push(rule.quantile.metric);
    return;
  }
  for (const member of 'all' in rule ? rule.all : rule.any) {
    if ('metric' in member) into.push(member.metric);
    else if ('certifiedSellers' in member)
      continue; // counted by the engine, not a directory figure
    else
      for (const condition of 'all' in member ? member.all : member.any)
        if ('metric' in condition) into.push(condition.metric);
  }
}

/**
 * The metrics a tier policy's rules read, most used first (ties in the order the highest tier
 * names them): the first is what a tier report shows by default, the metric the policy ranks on.
 */
export function policyMetrics(policy: TierPolicy): string[] {
  const named: string[] = [];
  for (const tier of policy.tiers) if (tier.rule) ruleMetrics(tier.rule, named);
  const uses = new Map<string, number>();
  for (const metric of named) uses.set(metric, (uses.get(metric) ?? 0) + 1);
  return [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)!);
}
