import type { TierPolicy } from './tier-policy.schema.js';

/** A problem found in a tier policy, with the JSON path it is at (`['tiers', 2, 'id']`). */
export interface TierPolicyProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * Checks what the schema cannot: tier ids are unique, `defaultTier` names one of the tiers, and
 * only the default tier goes without a rule (any other rule-less tier could never hold a partner).
 * Returns every problem found, in path order; an empty list means the policy is usable.
 */
export function checkTierPolicy(policy: TierPolicy): TierPolicyProblem[] {
  const problems: TierPolicyProblem[] = [];
  const firstIndex = new Map<string, number>();
  policy.tiers.forEach((tier, index) => {
    const first = firstIndex.get(tier.id);
    if (first === undefined) firstIndex.set(tier.id, index);
    else
      problems.push({
        path: ['tiers', index, 'id'],
        message: `tier id "${tier.id}" is already used by tiers[${first}]; give each tier its own id`,
      });
    if (tier.rule === undefined && tier.id !== policy.defaultTier)
      problems.push({
        path: ['tiers', index, 'rule'],
        message: `tier "${tier.id}" has no rule and is not the defaultTier, so no partner could ever be placed in it; add a rule or make it the defaultTier`,
      });
  });
  if (!firstIndex.has(policy.defaultTier))
    problems.push({
      path: ['defaultTier'],
      message: `defaultTier "${policy.defaultTier}" is not one of the tiers (${[...firstIndex.keys()].join(', ')}); use one of their ids`,
    });
  return problems;
}
