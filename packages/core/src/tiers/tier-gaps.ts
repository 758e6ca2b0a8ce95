import type { NextTierGapSchema, TierGapSchema } from '../api/tier-assignment.schema.js';
import type { z } from '../content/zod.js';
import type { ComparisonCheck, RuleCheck } from './evaluate-rule.js';

/** What a partner lacks on one comparison of a rule it does not meet (see {@link TierGapSchema}). */
export type TierGap = z.infer<typeof TierGapSchema>;

/** What a partner lacks to reach the tier just above its own. */
export type NextTierGap = z.infer<typeof NextTierGapSchema>;

function gapOf(check: ComparisonCheck): TierGap {
  const { metric, op, needed, actual, quantile } = check;
  const extra = quantile === undefined ? {} : { quantile };
  if (actual === null || needed === null) return { kind: 'no-data', metric, op, needed, ...extra };
  const direction = op === '<=' || op === '<' || (op === '==' && actual > needed) ? 'decrease' : 'increase';
  return { kind: 'short', metric, op, needed, actual, missing: Math.abs(needed - actual), direction, ...extra };
}

/**
 * How hard a gap is to close, to compare the alternatives of an `any` group across metrics of
 * different scales: the shortfall relative to the threshold (400 K short of 1 M costs 0.4), the
 * plain shortfall for a zero threshold, and no data costs most, because a missing measure is no
 * progress at all.
 */
function costOf(gaps: readonly TierGap[]): number {
  let cost = 0;
  for (const gap of gaps) {
    if (gap.kind === 'no-data') return Number.POSITIVE_INFINITY;
    cost += gap.needed === 0 ? gap.missing : gap.missing / Math.abs(gap.needed);
  }
  return cost;
}

/**
 * The gaps between a partner and a rule, from the rule's check tree: every unmet comparison of an
 * `all` group; for an unmet `any` group, the gaps of its cheapest member (see `costOf`; on equal
 * cost the member written first). A met rule has no gaps.
 */
export function gapsOf(check: RuleCheck): TierGap[] {
  if (check.met) return [];
  if (check.kind === 'comparison') return [gapOf(check.check)];
  if (check.kind === 'all') return check.members.flatMap(gapsOf);
  let best: TierGap[] = [];
  let bestCost = Number.NaN;
  for (const member of check.members) {
    const gaps = gapsOf(member);
    const cost = costOf(gaps);
    if (Number.isNaN(bestCost) || cost < bestCost) {
      best = gaps;
      bestCost = cost;
    }
  }
  return best;
}
