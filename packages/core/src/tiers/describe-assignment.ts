import { pickLocalized } from '../content/localized-text.js';
import type { ComparisonOp, TierPolicy } from './tier-policy.schema.js';
import type { TierAssignment } from './assign-tiers.js';
import type { TierEvidence } from './evaluate-rule.js';
import type { TierGap } from './tier-gaps.js';
import { certifiedMetricOf } from './certified-metric.js';

const SYMBOLS: Record<ComparisonOp, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '==': '=' };

/** Formatting shared by the describe functions: one set of `Intl` formatters per call. */
function formatting(policy: TierPolicy, locale: string) {
  const compact = new Intl.NumberFormat(locale, { notation: 'compact' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const tierName = (tierId: string): string => {
    const tier = policy.tiers.find((candidate) => candidate.id === tierId);
    return tier === undefined ? tierId : pickLocalized(tier.name, locale);
  };
  const metricName = (metric: string): string => {
    const certified = certifiedMetricOf(metric);
    if (certified !== undefined) {
      return certified.certificationId === undefined
        ? 'certified sellers'
        : `sellers certified ${certified.certificationId}`;
    }
    const names = policy.metricNames;
    const name = names !== undefined && Object.hasOwn(names, metric) ? names[metric] : undefined;
    return name === undefined ? metric : pickLocalized(name, locale);
  };
  return {
    number: (value: number) => compact.format(value),
    percent: (v: number) => percent.format(v),
    tierName,
    metricName,
  };
}

type Formatting = ReturnType<typeof formatting>;

function describeEvidence(evidence: TierEvidence, f: Formatting): string {
  const metric = f.metricName(evidence.metric);
  const actual = f.number(evidence.actual);
  if (evidence.quantile !== undefined)
    return `${metric} ${actual}, top ${f.percent(evidence.quantile.top)} (≥ ${f.number(evidence.needed)})`;
  return `${metric} ${actual} ${SYMBOLS[evidence.op]} ${f.number(evidence.needed)}`;
}

function describeGap(gap: TierGap, f: Formatting): string {
  const metric = f.metricName(gap.metric);
  const target = gap.needed === null ? '' : ` ${SYMBOLS[gap.op]} ${f.number(gap.needed)}`;
  const scope = gap.quantile === undefined ? '' : ` (top ${f.percent(gap.quantile.top)})`;
  if (gap.kind === 'no-data') return `${metric} no data, needs${target || ' a value'}${scope}`;
  if (certifiedMetricOf(gap.metric) !== undefined) {
    const more = Math.ceil(gap.missing);
    return `${metric} ${f.number(gap.actual)}, needs ${more} more certified seller${more === 1 ? '' : 's'}`;
  }
  const sign = gap.direction === 'increase' ? '+' : '−';
  return `${metric} ${f.number(gap.actual)}, needs${target}${scope}: ${sign}${f.number(gap.missing)}`;
}

/**
 * A one-line reason for a manager or partner: `"Platinum: revenue 2.1M ≥ 1M"`, or for a quantile
 * `"Platinum: revenue 2.1M, top 10% (≥ 1.8M)"`, or `"Silver: default tier"`. Numbers are compact in
 * `locale` (`"2,1 M"` in French) and tier and metric names are picked for it; the few connecting
 * words are English, so a localised UI builds its own sentence from the structured `reason`.
 */
export function describeAssignment(policy: TierPolicy, assignment: TierAssignment, locale = 'en'): string {
  const f = formatting(policy, locale);
  const name = f.tierName(assignment.tierId);
  const { reason } = assignment;
  if (reason.kind === 'default') return `${name}: default tier`;
  return `${name}: ${reason.evidence.map((evidence) => describeEvidence(evidence, f)).join(', ')}`;
}

/**
 * What the partner lacks for the tier above, in one line:
 * `"Platinum: revenue 600K, needs ≥ 1M: +400K; certifiedSellers no data, needs ≥ 3"`, or `null`
 * for a partner in the top tier. Same locale rules as {@link describeAssignment}.
 */
export function describeNextTierGap(policy: TierPolicy, assignment: TierAssignment, locale = 'en'): string | null {
  if (assignment.next === null) return null;
  const f = formatting(policy, locale);
  return `${f.tierName(assignment.next.tierId)}: ${assignment.next.gaps.map((gap) => describeGap(gap, f)).join('; ')}`;
}
