/**
 * A partner as the tiers engine reads it. Structural on purpose: a directory partner (with its
 * name, region, contacts…) is passed as is, since only `id` and `metrics` are read.
 */
export interface TierPartner {
  readonly id: string;
  /** Named measures of the partner: `{ indirectRevenue: 2100000, certifiedSellers: 4 }`. */
  readonly metrics: Readonly<Record<string, number>>;
}

/**
 * The partner's value for `metric`, or `null` when it has none. Only own, finite numbers count, so
 * a metric named `constructor` or a NaN from a broken import reads as missing rather than matching.
 */
export function metricValue(partner: TierPartner, metric: string): number | null {
  if (!Object.hasOwn(partner.metrics, metric)) return null;
  const value: unknown = partner.metrics[metric];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Compares ids by UTF-16 code units, so the order is the same in every locale and runtime. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
