// The seed's shape on a 12-partner directory: one Platinum partner (8 % of partners) holding about
// 40 % of indirect revenue, a Gold band reached by revenue or by certified, skilled sellers, and
// Silver for the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TierPolicySchema, type TierPolicy } from './tier-policy.schema.js';
import { checkTierPolicy } from './check-tier-policy.js';
import { assignTiers, type TierAssignment } from './assign-tiers.js';
import { describeAssignment, describeNextTierGap } from './describe-assignment.js';
import { concentrationReport } from './concentration.js';
import { splitBudget } from './split-budget.js';
import type { TierPartner } from './tier-partner.js';

const policy: TierPolicy = TierPolicySchema.parse({
  tiers: [
    {
      id: 'platinum',
      name: { en: 'Platinum', fr: 'Platinium' },
      rule: {
        all: [
          { metric: 'revenue', op: '>=', value: 2_000_000 },
          { metric: 'certifiedSellers', op: '>=', value: 8 },
        ],
      },
    },
    {
      id: 'gold',
      name: { en: 'Gold', fr: 'Or' },
      rule: {
        any: [
          { metric: 'revenue', op: '>=', value: 600_000 },
          {
            all: [
              { metric: 'certifiedSellers', op: '>=', value: 4 },
              { metric: 'averageMastery', op: '>=', value: 0.8 },
            ],
          },
        ],
      },
    },
    { id: 'silver', name: { en: 'Silver', fr: 'Argent' } },
  ],
  defaultTier: 'silver',
  metricNames: { revenue: { en: 'revenue', fr: 'CA indirect' } },
});

const partner = (id: string, metrics: Record<string, number>): TierPartner => ({ id, metrics });
const partners: TierPartner[] = [
  partner('acme', { revenue: 4_200_000, certifiedSellers: 12, averageMastery: 0.82 }),
  partner('bravo', { revenue: 1_500_000, certifiedSellers: 6, averageMastery: 0.7 }),
  partner('charlie', { revenue: 1_100_000, certifiedSellers: 9, averageMastery: 0.75 }),
  partner('delta', { revenue: 900_000, certifiedSellers: 4, averageMastery: 0.9 }),
  partner('echo', { revenue: 700_000, certifiedSellers: 3, averageMastery: 0.6 }),
  partner('foxtrot', { revenue: 450_000, certifiedSellers: 5, averageMastery: 0.85 }),
  partner('golf', { revenue: 400_000, certifiedSellers: 2, averageMastery: 0.5 }),
  partner('hotel', { revenue: 350_000, certifiedSellers: 1, averageMastery: 0.4 }),
  partner('india', { revenue: 250_000, certifiedSellers: 2, averageMastery: 0.55 }),
  partner('juliet', { revenue: 150_000, certifiedSellers: 0, averageMastery: 0.3 }),
  partner('kilo', { revenue: 100_000, averageMastery: 0.2 }),
  partner('lima', { certifiedSellers: 1, averageMastery: 0.8 }),
];

const assignments = assignTiers(policy, partners);
const of = (id: string): TierAssignment => {
  const found = assignments.find((assignment) => assignment.partnerId === id);
  assert.ok(found, `no assignment for ${id}`);
  return found;
};

test('the seed policy is valid and cross-references hold', () => {
  assert.deepEqual(checkTierPolicy(policy), []);
});

test('partners land in the first tier whose rule they meet, sorted by id', () => {
  assert.deepEqual(
    assignments.map((assignment) => [assignment.partnerId, assignment.tierId]),
    [
      ['acme', 'platinum'],
      ['bravo', 'gold'],
      ['charlie', 'gold'],
      ['delta', 'gold'],
      ['echo', 'gold'],
      ['foxtrot', 'gold'],
      ['golf', 'silver'],
      ['hotel', 'silver'],
      ['india', 'silver'],
      ['juliet', 'silver'],
      ['kilo', 'silver'],
      ['lima', 'silver'],
    ],
  );
});

test('reasons list every comparison that held, with actual values', () => {
  assert.deepEqual(of('acme').reason, {
    kind: 'rule',
    tierId: 'platinum',
    evidence: [
      { metric: 'revenue', op: '>=', needed: 2_000_000, actual: 4_200_000 },
      { metric: 'certifiedSellers', op: '>=', needed: 8, actual: 12 },
    ],
  });
  // delta meets both alternatives of Gold's `any`; both are shown.
  assert.deepEqual(of('delta').reason, {
    kind: 'rule',
    tierId: 'gold',
    evidence: [
      { metric: 'revenue', op: '>=', needed: 600_000, actual: 900_000 },
      { metric: 'certifiedSellers', op: '>=', needed: 4, actual: 4 },
      { metric: 'averageMastery', op: '>=', needed: 0.8, actual: 0.9 },
    ],
  });
  assert.deepEqual(of('golf').reason, { kind: 'default', tierId: 'silver' });
});

test('reasons read as one line, with compact numbers and names in the locale', () => {
  assert.equal(describeAssignment(policy, of('acme')), 'Platinum: revenue 4.2M ≥ 2M, certifiedSellers 12 ≥ 8');
  assert.equal(describeAssignment(policy, of('foxtrot')), 'Gold: certifiedSellers 5 ≥ 4, averageMastery 0.85 ≥ 0.8');
  assert.equal(describeAssignment(policy, of('golf')), 'Silver: default tier');
  const compact = new Intl.NumberFormat('fr', { notation: 'compact' });
  assert.equal(
    describeAssignment(policy, of('acme'), 'fr-FR'),
    `Platinium: CA indirect ${compact.format(4_200_000)} ≥ ${compact.format(2_000_000)}, certifiedSellers 12 ≥ 8`,
  );
});

test('gaps name what each partner lacks for the tier above', () => {
  assert.equal(of('acme').next, null);
  // charlie has the certified sellers for Platinum, only revenue is short.
  assert.deepEqual(of('charlie').next, {
    tierId: 'platinum',
    gaps: [
      {
        kind: 'short',
        metric: 'revenue',
        op: '>=',
        needed: 2_000_000,
        actual: 1_100_000,
        missing: 900_000,
        direction: 'increase',
      },
    ],
  });
  // foxtrot is short on both Platinum conditions.
  assert.deepEqual(
    of('foxtrot').next?.gaps.map((gap) => (gap.kind === 'short' ? [gap.metric, gap.missing] : null)),
    [
      ['revenue', 1_550_000],
      ['certifiedSellers', 3],
    ],
  );
  // For Gold's `any`, golf's cheapest way is revenue (200 K of 600 K) rather than sellers and mastery.
  assert.deepEqual(of('golf').next, {
    tierId: 'gold',
    gaps: [
      {
        kind: 'short',
        metric: 'revenue',
        op: '>=',
        needed: 600_000,
        actual: 400_000,
        missing: 200_000,
        direction: 'increase',
      },
    ],
  });
  // lima reports no revenue, which is no progress at all: the sellers route is shown instead.
  assert.deepEqual(of('lima').next, {
    tierId: 'gold',
    gaps: [
      { kind: 'short', metric: 'certifiedSellers', op: '>=', needed: 4, actual: 1, missing: 3, direction: 'increase' },
    ],
  });
  assert.equal(describeNextTierGap(policy, of('golf')), 'Gold: revenue 400K, needs ≥ 600K: +200K');
  assert.equal(describeNextTierGap(policy, of('acme')), null);
});

test('a missing metric never meets a condition and is reported as missing', () => {
  // kilo reports no certifiedSellers; even `<` (which 0 sellers would meet) does not hold.
  const onlySellers = TierPolicySchema.parse({
    tiers: [
      { id: 'top', name: { en: 'Top' }, rule: { all: [{ metric: 'certifiedSellers', op: '<', value: 100 }] } },
      { id: 'rest', name: { en: 'Rest' } },
    ],
    defaultTier: 'rest',
  });
  const [kilo] = assignTiers(onlySellers, [partners[10] as TierPartner]);
  assert.equal(kilo?.tierId, 'rest');
  assert.deepEqual(kilo?.next?.gaps, [{ kind: 'no-data', metric: 'certifiedSellers', op: '<', needed: 100 }]);
  assert.equal(describeNextTierGap(onlySellers, kilo as TierAssignment), 'Top: certifiedSellers no data, needs < 100');
});

test('concentration: Platinum is 8 % of partners and about 40 % of revenue', () => {
  const report = concentrationReport(policy, partners, assignments, 'revenue');
  assert.equal(report.partnerCount, 12);
  assert.equal(report.metricTotal, 10_100_000);
  assert.equal(report.partnersWithoutMetric, 1);
  const [platinum, gold, silver] = report.tiers;
  assert.equal(platinum?.partnerCount, 1);
  assert.ok(Math.abs((platinum?.partnerShare ?? 0) - 1 / 12) < 1e-12);
  assert.ok(Math.abs((platinum?.metricShare ?? 0) - 4.2 / 10.1) < 1e-12);
  assert.equal(gold?.partnerCount, 5);
  assert.equal(gold?.metricSum, 4_650_000);
  assert.equal(silver?.metricSum, 1_250_000);
  assert.ok(Math.abs((gold?.cumulativeMetricShare ?? 0) - 8.85 / 10.1) < 1e-12);
  assert.equal(silver?.cumulativePartnerShare, 1);
});

test('budget: 100 000.00 split by tier weights, then by revenue, with floors and caps', () => {
  const split = splitBudget({
    total: 10_000_000,
    tierWeights: { platinum: 5, gold: 3, silver: 2 },
    metric: 'revenue',
    partners,
    assignments,
    floor: 100_000,
    cap: { platinum: 3_000_000, gold: 1_000_000 },
  });
  assert.equal(split.unallocated, 0);
  assert.equal(
    split.partners.reduce((sum, part) => sum + part.amount, 0),
    10_000_000,
  );
  const amount = (id: string) => split.partners.find((part) => part.partnerId === id)?.amount;
  // Above the floors, 8 800 000 is left. Platinum's 5/10 share (4 400 000) is cut to its cap; the
  // excess goes to Gold and Silver by weight (3 : 2): 3 540 000 and 2 360 000.
  assert.equal(amount('acme'), 3_000_000);
  // Within Gold, by revenue: bravo and charlie reach their cap, and what it cuts off goes to the
  // others by revenue: delta, echo and foxtrot get 1 740 000 × (0.9, 0.7, 0.45) / 2.05, that is
  // 763 902.44, 594 146.34 and 381 951.22; the one unit left by rounding down goes to the largest
  // fraction, delta's.
  assert.equal(amount('bravo'), 1_000_000);
  assert.equal(amount('charlie'), 1_000_000);
  assert.deepEqual(['delta', 'echo', 'foxtrot'].map(amount), [100_000 + 763_903, 100_000 + 594_146, 100_000 + 381_951]);
  // lima has no revenue: its floor only, while Silver's share goes to partners with revenue.
  assert.equal(amount('lima'), 100_000);
  assert.deepEqual(
    split.tiers.map((tier) => [tier.tierId, tier.partnerCount, tier.amount]),
    [
      ['platinum', 1, 3_000_000],
      ['gold', 5, 4_040_000],
      ['silver', 6, 2_960_000],
    ],
  );
});
