import type { ComparisonOp } from './tier-policy.schema.js';
import type { ComparisonCheck, RuleCheck } from './evaluate-rule.js';

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
export type TierGap =
  | {
      readonly kind: 'short';
      readonly metric: string;
      readonly op: ComparisonOp;
      readonly needed: number;
      readonly actual: number;
      readonly missing: number;
      readonly direction: 'increase' | 'decrease';
      readonly quantile?: { readonly top: number; readonly count: number };
    }
  | {
      readonly kind: 'no-data';
      readonly metric: string;
      readonly op: ComparisonOp;
      readonly needed: number | null;
      readonly quantile?: { readonly top: number; readonly count: number };
    };

/** What a partner lacks to reach the tier just above its own. */
export interface NextTierGap {
  readonly tierId: string;
  /** Every unmet condition of that tier's rule; for an `any` group, only its cheapest alternative. */
  readonly gaps: readonly TierGap[];
}

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
