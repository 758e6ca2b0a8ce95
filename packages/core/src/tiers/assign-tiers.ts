import type { TierAssignmentSchema, TierReasonSchema } from '../api/tier-assignment.schema.js';
import type { z } from '../content/zod.js';
import { MindError } from '../errors/mind-error.js';
import type { TierPolicy } from './tier-policy.schema.js';
import { checkRule, evidenceOf, type RuleCheck } from './evaluate-rule.js';
import { gapsOf, type NextTierGap } from './tier-gaps.js';
import { quantileCuts } from './quantile.js';
import { compareIds, type TierPartner } from './tier-partner.js';

/** Why a partner is in its tier: the rule it met with its evidence, or the policy's default. */
export type TierReason = z.infer<typeof TierReasonSchema>;

/** A partner's tier, why, and what it lacks for the tier above (see {@link TierAssignmentSchema}). */
export type TierAssignment = z.infer<typeof TierAssignmentSchema>;

/**
 * Places every partner in the first tier of `policy` whose rule it meets, else in `defaultTier`.
 *
 * Deterministic and independent of input order: quantile edges are computed over the whole set
 * (they depend only on the values), and the result is sorted by partner id (UTF-16 order).
 *
 * @throws {MindError} `MIND_INVALID_INPUT` when two partners share an id, or when `defaultTier` is
 * not one of the tiers (run `checkTierPolicy` on authored policies to report that earlier).
 */
export function assignTiers(policy: TierPolicy, partners: readonly TierPartner[]): TierAssignment[] {
  const defaultIndex = policy.tiers.findIndex((tier) => tier.id === policy.defaultTier);
  if (defaultIndex === -1)
    throw new MindError(
      'MIND_INVALID_INPUT',
      `tier policy: defaultTier "${policy.defaultTier}" is not one of the tiers; run checkTierPolicy on the policy`,
      { path: ['defaultTier'] },
    );
  const seen = new Set<string>();
  partners.forEach((partner, index) => {
    if (seen.has(partner.id))
      throw new MindError(
        'MIND_INVALID_INPUT',
        `partners[${index}]: partner id "${partner.id}" appears twice; each partner must be listed once`,
        { path: ['partners', index, 'id'] },
      );
    seen.add(partner.id);
  });

  const quantileRules = policy.tiers.flatMap((tier) =>
    tier.rule !== undefined && 'quantile' in tier.rule ? [tier.rule.quantile] : [],
  );
  const cuts = quantileCuts(partners, quantileRules);

  return [...partners]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((partner) => {
      // Checks of every tier tried, top down; all tiers above the chosen one are among them.
      const checks: (RuleCheck | undefined)[] = [];
      let placed = -1;
      for (const [index, tier] of policy.tiers.entries()) {
        if (tier.rule === undefined) continue;
        const check = checkRule(partner, tier.rule, cuts);
        checks[index] = check;
        if (check.met) {
          placed = index;
          break;
        }
      }
      const index = placed === -1 ? defaultIndex : placed;
      const tierId = policy.tiers[index]?.id ?? policy.defaultTier;
      const placedCheck = checks[placed];
      const reason: TierReason =
        placed === -1 || placedCheck === undefined
          ? { kind: 'default', tierId }
          : { kind: 'rule', tierId, evidence: evidenceOf(placedCheck) };

      let next: NextTierGap | null = null;
      for (let above = index - 1; above >= 0; above--) {
        const check = checks[above];
        const aboveTier = policy.tiers[above];
        if (check !== undefined && aboveTier !== undefined) {
          next = { tierId: aboveTier.id, gaps: gapsOf(check) };
          break;
        }
      }
      return { partnerId: partner.id, tierId, reason, next };
    });
}
