import type { TierEvidenceSchema } from '../api/tier-assignment.schema.js';
import type { z } from '../content/zod.js';
import type { CertifiedSellersCondition, ComparisonOp, Condition, InnerGroup, TierRule } from './tier-policy.schema.js';
import { certifiedSellersMetric } from './certified-metric.js';
import { quantileKey, type QuantileCut } from './quantile.js';
import { metricValue, type TierPartner } from './tier-partner.js';

/** One comparison that held for a partner, with the partner's actual value: the "why" of a tier. */
export type TierEvidence = z.infer<typeof TierEvidenceSchema>;

/** One comparison of a rule for one partner, met or not; `actual` is `null` when the metric is missing. */
export interface ComparisonCheck {
  readonly metric: string;
  readonly op: ComparisonOp;
  /** The threshold, or `null` for a quantile nobody is in (no partner has the metric). */
  readonly needed: number | null;
  readonly actual: number | null;
  readonly met: boolean;
  readonly quantile?: { readonly top: number; readonly count: number };
}

/** Whether `actual op needed` holds. */
export function compare(actual: number, op: ComparisonOp, needed: number): boolean {
  switch (op) {
    case '>=':
      return actual >= needed;
    case '>':
      return actual > needed;
    case '<=':
      return actual <= needed;
    case '<':
      return actual < needed;
    case '==':
      return actual === needed;
  }
}

/** Checks one condition; a missing metric never meets it, whatever the operator. */
export function checkCondition(partner: TierPartner, condition: Condition): ComparisonCheck {
  const actual = metricValue(partner, condition.metric);
  return {
    metric: condition.metric,
    op: condition.op,
    needed: condition.value,
    actual,
    met: actual !== null && compare(actual, condition.op, condition.value),
  };
}

/** Checks a quantile rule against its precomputed cut (see `quantileCut`). */
export function checkQuantile(
  partner: TierPartner,
  metric: string,
  top: number,
  cuts: ReadonlyMap<string, QuantileCut>,
): ComparisonCheck {
  const cut = cuts.get(quantileKey(metric, top));
  if (cut === undefined) throw new Error(`tiers: no quantile cut computed for top ${top} by "${metric}"`);
  const actual = metricValue(partner, metric);
  return {
    metric,
    op: '>=',
    needed: cut.threshold,
    actual,
    met: actual !== null && cut.threshold !== null && actual >= cut.threshold,
    quantile: { top, count: cut.count },
  };
}

/** A member of a threshold group: a condition or a nested group of conditions. */
export type GroupMember = Condition | CertifiedSellersCondition | InnerGroup;

/** A rule, decomposed into a tree of checks for one partner, so both reasons and gaps read from it. */
export type RuleCheck =
  | { readonly kind: 'comparison'; readonly check: ComparisonCheck; readonly met: boolean }
  | { readonly kind: 'all' | 'any'; readonly members: readonly RuleCheck[]; readonly met: boolean };

function checkMembers(partner: TierPartner, kind: 'all' | 'any', members: readonly GroupMember[]): RuleCheck {
  const checks = members.map((member) => checkMember(partner, member));
  const met = kind === 'all' ? checks.every((check) => check.met) : checks.some((check) => check.met);
  return { kind, members: checks, met };
}

/** A certified-seller count as the comparison it is, on the count the engine puts in the partner's metrics. */
export function asCondition(member: Condition | CertifiedSellersCondition): Condition {
  if ('metric' in member) return member;
  return { metric: certifiedSellersMetric(member.certification), op: '>=', value: member.certifiedSellers };
}

function checkMember(partner: TierPartner, member: GroupMember): RuleCheck {
  if ('metric' in member || 'certifiedSellers' in member) {
    const check = checkCondition(partner, asCondition(member));
    return { kind: 'comparison', check, met: check.met };
  }
  return 'all' in member ? checkMembers(partner, 'all', member.all) : checkMembers(partner, 'any', member.any);
}

/** Checks a whole tier rule for one partner. `cuts` must hold the cut of every quantile rule used. */
export function checkRule(partner: TierPartner, rule: TierRule, cuts: ReadonlyMap<string, QuantileCut>): RuleCheck {
  if ('quantile' in rule) {
    const check = checkQuantile(partner, rule.quantile.metric, rule.quantile.top, cuts);
    return { kind: 'comparison', check, met: check.met };
  }
  return 'all' in rule ? checkMembers(partner, 'all', rule.all) : checkMembers(partner, 'any', rule.any);
}

/**
 * The comparisons that made a met rule hold: every member of an `all` group, and every member of an
 * `any` group that held (not only the first, so a reason shows all the partner's strengths).
 * Returns an empty list for an unmet rule.
 */
export function evidenceOf(check: RuleCheck): TierEvidence[] {
  if (!check.met) return [];
  if (check.kind !== 'comparison') return check.members.flatMap(evidenceOf);
  const { metric, op, needed, actual, quantile } = check.check;
  // A met comparison always has both values; the guard only narrows the types.
  if (needed === null || actual === null) return [];
  return [quantile === undefined ? { metric, op, needed, actual } : { metric, op, needed, actual, quantile }];
}
