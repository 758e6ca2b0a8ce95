import type { BudgetSplitSchema, PartnerBudgetSchema, TierBudgetSchema } from '../api/budget-split.schema.js';
import type { z } from '../content/zod.js';
import { MindError } from '../errors/mind-error.js';
import type { TierAssignment } from './assign-tiers.js';
import { largestRemainder } from './largest-remainder.js';
import { proportionalFill, type FillItem } from './proportional-fill.js';
import { compareIds, metricValue, type TierPartner } from './tier-partner.js';
import { tierMembership } from './tier-membership.js';

/** A per-partner amount in minor units: one for every partner, or one per tier id (absent tiers: none). */
export type PerPartnerLimit = number | Readonly<Record<string, number>>;

/** What `splitBudget` (the tier report's `budget` option) splits, and across whom. */
export interface BudgetSplitInput {
  /** The budget in integer minor units (cents), ≥ 0. */
  readonly total: number;
  /**
   * Relative weight of each tier (`{ platinum: 5, gold: 3, silver: 1 }`), ≥ 0. Every tier that has
   * partners must be listed, 0 meaning "floors only", so a misspelt tier id fails loudly. Left out,
   * each tier weighs its partners' expected return (their `metric`, summed), so the whole budget
   * follows the metric: a page that gives only an amount still gets a split it can explain.
   */
  readonly tierWeights?: Readonly<Record<string, number>> | undefined;
  /** The partner metric of expected return that the tier's share is split by. */
  readonly metric: string;
  readonly partners: readonly TierPartner[];
  readonly assignments: readonly Pick<TierAssignment, 'partnerId' | 'tierId'>[];
  /** The least a partner gets, in minor units; default 0. */
  readonly floor?: PerPartnerLimit;
  /** The most a partner gets, in minor units; default none. */
  readonly cap?: PerPartnerLimit;
}

/** One partner's part of the budget (see {@link PartnerBudgetSchema}). */
export type PartnerBudget = z.infer<typeof PartnerBudgetSchema>;

/** One tier's part of the budget: the sum of its partners' parts. */
export type TierBudget = z.infer<typeof TierBudgetSchema>;

/** The result of `splitBudget`: `allocated + unallocated === total`, always. */
export type BudgetSplit = z.infer<typeof BudgetSplitSchema>;

function invalid(message: string, path: readonly (string | number)[]): MindError {
  return new MindError('MIND_INVALID_INPUT', `splitBudget: ${message}`, { path });
}

function minorUnits(value: number, what: string, path: readonly (string | number)[]): number {
  if (!Number.isSafeInteger(value) || value < 0)
    throw invalid(`${what} must be a whole, non-negative number of minor units (got ${value})`, path);
  return value;
}

function limitFor(limit: PerPartnerLimit | undefined, tierId: string, name: 'floor' | 'cap'): number | null {
  if (limit === undefined) return null;
  if (typeof limit === 'number') return minorUnits(limit, name, [name]);
  if (!Object.hasOwn(limit, tierId)) return null;
  const value = limit[tierId];
  return value === undefined ? null : minorUnits(value, `${name} of tier "${tierId}"`, [name, tierId]);
}

/**
 * Each tier's summed expected return, for a split given no tier weights; every tier with partners
 * is listed, and if no partner has a positive return they all weigh 1 (an even split by tier).
 */
function returnWeights(
  partners: readonly TierPartner[],
  tierOf: ReadonlyMap<string, string>,
  metric: string,
): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const partner of partners) {
    const tierId = tierOf.get(partner.id) ?? '';
    weights[tierId] = (weights[tierId] ?? 0) + Math.max(0, metricValue(partner, metric) ?? 0);
  }
  if (Object.values(weights).every((weight) => weight === 0)) for (const tierId in weights) weights[tierId] = 1;
  return weights;
}

/**
 * Splits an enablement budget across tiers and partners by expected return, with floors and caps.
 *
 * 1. Every partner first gets its floor. If the floors add up to more than `total`, or a partner's
 *    floor is above its cap, nothing sensible can be returned: it throws.
 * 2. The rest is split across tiers in proportion to `tierWeights`, among tiers that have partners
 *    and a positive weight (so an empty tier's share goes to the others, by their weights).
 * 3. Within a tier, a tier's share goes to its partners in proportion to `metric`. Partners with no
 *    or zero expected return keep their floor only; if no partner of the tier has a positive
 *    return, nothing tells them apart and the share is split equally.
 * 4. What caps cut off goes to the uncapped partners of the tier, by return; what a tier cannot
 *    take at all goes to the other tiers, by weight. If every partner that may receive more is at
 *    its cap, the rest is returned as `unallocated`: a cap is never exceeded.
 *
 * Amounts are integers: tier shares, then partner shares, are rounded by largest remainder with
 * ties to the smaller id, so parts always sum exactly to `allocated`, and `allocated + unallocated`
 * to `total`. The result does not depend on the order of `partners` or `assignments`.
 *
 * @throws {MindError} `MIND_INVALID_INPUT` for amounts that are not whole non-negative minor units,
 * negative or non-finite weights, a tier with partners but no weight, floors above caps or above
 * the total, and a remainder above the floors that no tier with a positive weight can receive.
 */
export function splitBudget(input: BudgetSplitInput): BudgetSplit {
  const total = minorUnits(input.total, 'total', ['total']);
  const tierOf = tierMembership(input.partners, input.assignments);
  const tierWeights = input.tierWeights ?? returnWeights(input.partners, tierOf, input.metric);
  for (const [tierId, weight] of Object.entries(tierWeights))
    if (!Number.isFinite(weight) || weight < 0)
      throw invalid(`the weight of tier "${tierId}" must be a finite number ≥ 0 (got ${weight})`, [
        'tierWeights',
        tierId,
      ]);

  const members = new Map<string, TierPartner[]>();
  for (const partner of [...input.partners].sort((a, b) => compareIds(a.id, b.id))) {
    const tierId = tierOf.get(partner.id) ?? '';
    if (!Object.hasOwn(tierWeights, tierId))
      throw invalid(`tier "${tierId}" has partners but no weight; add it to tierWeights (0 gives floors only)`, [
        'tierWeights',
        tierId,
      ]);
    const list = members.get(tierId);
    if (list === undefined) members.set(tierId, [partner]);
    else list.push(partner);
  }

  const floors = new Map<string, number>();
  const headroom = new Map<string, number>();
  const caps = new Map<string, number | null>();
  const returns = new Map<string, number>();
  let floorSum = 0;
  for (const [tierId, partners] of members)
    for (const partner of partners) {
      const floor = limitFor(input.floor, tierId, 'floor') ?? 0;
      const cap = limitFor(input.cap, tierId, 'cap');
      if (cap !== null && floor > cap)
        throw invalid(
          `partner "${partner.id}" has a floor of ${floor} above its cap of ${cap}; lower the floor or raise the cap`,
          ['floor'],
        );
      floors.set(partner.id, floor);
      caps.set(partner.id, cap);
      headroom.set(partner.id, cap === null ? Number.POSITIVE_INFINITY : cap - floor);
      returns.set(partner.id, Math.max(0, metricValue(partner, input.metric) ?? 0));
      floorSum += floor;
    }
  if (floorSum > total)
    throw invalid(
      `the floors add up to ${floorSum} for ${tierOf.size} partners, more than the total of ${total}; lower the floors or raise the total`,
      ['floor'],
    );
  const rest = total - floorSum;

  // Per tier, who can receive more than the floor, and by what weight (see step 3).
  const recipients = new Map<string, FillItem[]>();
  for (const [tierId, partners] of members) {
    const earning = partners.filter((partner) => (returns.get(partner.id) ?? 0) > 0);
    const chosen = earning.length > 0 ? earning : partners;
    recipients.set(
      tierId,
      chosen.map((partner) => ({
        key: partner.id,
        weight: earning.length > 0 ? (returns.get(partner.id) ?? 0) : 1,
        capacity: headroom.get(partner.id) ?? 0,
      })),
    );
  }
  const tierItems: FillItem[] = [...members.keys()]
    .filter((tierId) => (tierWeights[tierId] ?? 0) > 0)
    .map((tierId) => ({
      key: tierId,
      weight: tierWeights[tierId] ?? 0,
      capacity: (recipients.get(tierId) ?? []).reduce((sum, item) => sum + item.capacity, 0),
    }));
  if (rest > 0 && tierItems.length === 0)
    throw invalid(
      members.size === 0
        ? `there are no partners to receive the total of ${total}`
        : `${rest} is left above the floors but no tier with partners has a positive weight; give one a weight above 0`,
      ['tierWeights'],
    );

  const capacity = tierItems.reduce((sum, item) => sum + item.capacity, 0);
  const placed = Math.min(rest, capacity);
  const tierReal = proportionalFill(placed, tierItems);
  const tierUnits = largestRemainder(
    placed,
    tierItems.map((item) => ({ key: item.key, value: tierReal.get(item.key) ?? 0, cap: item.capacity })),
  );

  const extra = new Map<string, number>();
  for (const [tierId, units] of tierUnits) {
    const items = recipients.get(tierId) ?? [];
    const real = proportionalFill(units, items);
    const rounded = largestRemainder(
      units,
      items.map((item) => ({ key: item.key, value: real.get(item.key) ?? 0, cap: item.capacity })),
    );
    for (const [partnerId, amount] of rounded) extra.set(partnerId, amount);
  }

  const partners: PartnerBudget[] = [...tierOf.keys()].sort(compareIds).map((partnerId) => ({
    partnerId,
    tierId: tierOf.get(partnerId) ?? '',
    amount: (floors.get(partnerId) ?? 0) + (extra.get(partnerId) ?? 0),
    floor: floors.get(partnerId) ?? 0,
    cap: caps.get(partnerId) ?? null,
    expectedReturn: returns.get(partnerId) ?? 0,
  }));
  const tiers: TierBudget[] = Object.entries(tierWeights).map(([tierId, weight]) => {
    const own = partners.filter((partner) => partner.tierId === tierId);
    return { tierId, weight, partnerCount: own.length, amount: own.reduce((sum, partner) => sum + partner.amount, 0) };
  });
  const allocated = partners.reduce((sum, partner) => sum + partner.amount, 0);
  return { total, allocated, unallocated: total - allocated, tiers, partners };
}
