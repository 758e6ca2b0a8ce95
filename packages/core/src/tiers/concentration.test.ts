import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import { TierPolicySchema } from './tier-policy.schema.js';
import { concentrationReport } from './concentration.js';
import type { TierPartner } from './tier-partner.js';

const policy = TierPolicySchema.parse({
  tiers: [
    { id: 'premium', name: { en: 'Premium' }, rule: { quantile: { metric: 'revenue', top: 0.1 } } },
    { id: 'preferred', name: { en: 'Preferred' }, rule: { all: [{ metric: 'revenue', op: '>=', value: 100 }] } },
    { id: 'others', name: { en: 'Others' } },
  ],
  defaultTier: 'others',
});

const sumOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

test('rows follow policy order, include empty tiers, and accumulate', () => {
  const partners: TierPartner[] = [
    { id: 'a', metrics: { revenue: 600 } },
    { id: 'b', metrics: { revenue: 300 } },
    { id: 'c', metrics: {} },
    { id: 'd', metrics: { revenue: 100 } },
  ];
  const report = concentrationReport(
    policy,
    partners,
    [
      { partnerId: 'a', tierId: 'premium' },
      { partnerId: 'b', tierId: 'others' },
      { partnerId: 'c', tierId: 'others' },
      { partnerId: 'd', tierId: 'others' },
    ],
    'revenue',
  );
  assert.deepEqual(report, {
    metric: 'revenue',
    partnerCount: 4,
    metricTotal: 1000,
    partnersWithoutMetric: 1,
    tiers: [
      {
        tierId: 'premium',
        partnerCount: 1,
        partnerShare: 0.25,
        metricSum: 600,
        metricShare: 0.6,
        cumulativePartnerShare: 0.25,
        cumulativeMetricShare: 0.6,
      },
      {
        tierId: 'preferred',
        partnerCount: 0,
        partnerShare: 0,
        metricSum: 0,
        metricShare: 0,
        cumulativePartnerShare: 0.25,
        cumulativeMetricShare: 0.6,
      },
      {
        tierId: 'others',
        partnerCount: 3,
        partnerShare: 0.75,
        metricSum: 400,
        metricShare: 0.4,
        cumulativePartnerShare: 1,
        cumulativeMetricShare: 1,
      },
    ],
  });
});

test('zero totals give zero shares, not NaN', () => {
  const empty = concentrationReport(policy, [], [], 'revenue');
  assert.ok(empty.tiers.every((row) => row.partnerShare === 0 && row.metricShare === 0));
  const zero = concentrationReport(
    policy,
    [{ id: 'a', metrics: { revenue: 0 } }],
    [{ partnerId: 'a', tierId: 'others' }],
    'revenue',
  );
  assert.deepEqual(
    zero.tiers.map((row) => [row.partnerShare, row.metricShare]),
    [
      [0, 0],
      [0, 0],
      [1, 0],
    ],
  );
});

test('assignments that do not match the partners or the policy are refused', () => {
  const partners: TierPartner[] = [{ id: 'a', metrics: {} }];
  const refuses = (assignments: { partnerId: string; tierId: string }[], list = partners) =>
    assert.throws(
      () => concentrationReport(policy, list, assignments, 'revenue'),
      (error: unknown) => isMindError(error, 'MIND_INVALID_INPUT'),
    );
  refuses([]);
  refuses([{ partnerId: 'a', tierId: 'gold' }]);
  refuses([
    { partnerId: 'a', tierId: 'others' },
    { partnerId: 'a', tierId: 'others' },
  ]);
  refuses([
    { partnerId: 'a', tierId: 'others' },
    { partnerId: 'b', tierId: 'others' },
  ]);
  refuses([{ partnerId: 'a', tierId: 'others' }], [...partners, { id: 'a', metrics: {} }]);
});

test('property: partner shares and metric shares each sum to 1, and do not depend on input order', () => {
  const rows = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      tierId: fc.constantFrom('premium', 'preferred', 'others'),
      revenue: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: undefined }),
    }),
    { selector: (row) => row.id, minLength: 1, maxLength: 40 },
  );
  fc.assert(
    fc.property(
      rows.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
      ([list, shuffled]) => {
        const build = (source: typeof list) =>
          concentrationReport(
            policy,
            source.map((row): TierPartner => ({
              id: row.id,
              metrics: row.revenue === undefined ? {} : { revenue: row.revenue },
            })),
            source.map((row) => ({ partnerId: row.id, tierId: row.tierId })),
            'revenue',
          );
        const report = build(list);
        assert.ok(Math.abs(sumOf(report.tiers.map((row) => row.partnerShare)) - 1) < 1e-9);
        assert.equal(sumOf(report.tiers.map((row) => row.partnerCount)), list.length);
        if (report.metricTotal > 0) assert.ok(Math.abs(sumOf(report.tiers.map((row) => row.metricShare)) - 1) < 1e-9);
        else assert.ok(report.tiers.every((row) => row.metricShare === 0));
        for (const row of report.tiers) assert.ok(row.metricShare >= 0 && row.metricShare <= 1 + 1e-12);
        assert.deepEqual(build(shuffled), report);
      },
    ),
  );
});
