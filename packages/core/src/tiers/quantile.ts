import { metricValue, type TierPartner } from './tier-partner.js';

/** Where the edge of a quantile rule falls for one set of partners. */
export interface QuantileCut {
  readonly metric: string;
  readonly top: number;
  /** `ceil(top × n)`: how many partners the quantile aims to hold before ties at the edge. */
  readonly count: number;
  /**
   * The metric value a partner needs to be in the quantile (the `count`-th highest value), or
   * `null` when no partner of the set has the metric, so nobody is in.
   */
  readonly threshold: number | null;
}

// top × n within this distance of an integer is that integer: 0.07 × 100 evaluates to 7.000000000000001.
const SNAP = 1e-9;

/**
 * How many partners the top `top` share of `population` partners is: `ceil(top × population)`,
 * snapping floating-point noise first (see `QuantileRuleSchema` for the whole rounding rule).
 */
export function quantileCount(top: number, population: number): number {
  const exact = top * population;
  const nearest = Math.round(exact);
  return Math.abs(exact - nearest) < SNAP ? nearest : Math.ceil(exact);
}

/**
 * Computes the edge of "top `top` of `partners` by `metric`" over the whole set. The result depends
 * only on the multiset of values, never on the order of `partners`.
 */
export function quantileCut(partners: readonly TierPartner[], metric: string, top: number): QuantileCut {
  const count = quantileCount(top, partners.length);
  const values = partners
    .map((partner) => metricValue(partner, metric))
    .filter((value): value is number => value !== null)
    .sort((a, b) => b - a);
  const edge = values[Math.min(count, values.length) - 1];
  return { metric, top, count, threshold: count > 0 && edge !== undefined ? edge : null };
}

/** A stable key for a quantile rule, so equal rules in several tiers share one cut. */
export function quantileKey(metric: string, top: number): string {
  return `${top}\u0000${metric}`;
}

/** Cuts for every quantile rule of `rules`, keyed by {@link quantileKey}. */
export function quantileCuts(
  partners: readonly TierPartner[],
  rules: readonly { readonly metric: string; readonly top: number }[],
): Map<string, QuantileCut> {
  const cuts = new Map<string, QuantileCut>();
  for (const { metric, top } of rules) {
    const key = quantileKey(metric, top);
    if (!cuts.has(key)) cuts.set(key, quantileCut(partners, metric, top));
  }
  return cuts;
}
