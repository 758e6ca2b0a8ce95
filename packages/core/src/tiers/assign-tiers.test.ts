import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import { TierPolicySchema, type TierPolicy } from './tier-policy.schema.js';
import { assignTiers } from './assign-tiers.js';
import { compare } from './evaluate-rule.js';
import { quantileCount } from './quantile.js';
import { describeAssignment, describeNextTierGap } from './describe-assignment.js';
import type { TierPartner } from './tier-partner.js';

const quantilePolicy = (top: number): TierPolicy =>
  TierPolicySchema.parse({
    tiers: [
      { id: 'top', name: { en: 'Top' }, rule: { quantile: { metric: 'revenue', top } } },
      { id: 'rest', name: { en: 'Rest' } },
    ],
    defaultTier: 'rest',
  });

const withRevenue = (values: readonly (number | null)[]): TierPartner[] =>
  values.map((value, index) => ({
    id: `p${String(index).padStart(2, '0')}`,
    metrics: value === null ? {} : { revenue: value },
  }));

const inTier = (policy: TierPolicy, partners: readonly TierPartner[], tierId: string) =>
  assignTiers(policy, partners)
    .filter((assignment) => assignment.tierId === tierId)
    .map((assignment) => assignment.partnerId);

test('quantile size is ceil(top × n), without floating-point noise', () => {
  assert.equal(quantileCount(0.1, 12), 2);
  assert.equal(quantileCount(0.1, 10), 1);
  assert.equal(quantileCount(0.07, 100), 7); // 0.07 × 100 is 7.000000000000001 in floating point
  assert.equal(quantileCount(0.14, 100), 14);
  assert.equal(quantileCount(0.7, 10), 7);
  assert.equal(quantileCount(0.15, 12), 2);
  assert.equal(quantileCount(1, 5), 5);
  assert.equal(quantileCount(0.01, 3), 1);
  assert.equal(quantileCount(0.5, 0), 0);
});

test('top 10 % of 12 partners is the top 2 by revenue', () => {
  const partners = withRevenue([5, 90, 40, 70, 10, 20, 30, 60, 50, 80, 100, 1]);
  assert.deepEqual(inTier(quantilePolicy(0.1), partners, 'top'), ['p01', 'p10']);
});

test('ties at the quantile edge are all included', () => {
  // top 40 % of 5 is 2 partners; the 2nd value, 9, is shared by three partners: all are in.
  const partners = withRevenue([9, 10, 5, 9, 9]);
  assert.deepEqual(inTier(quantilePolicy(0.4), partners, 'top'), ['p00', 'p01', 'p03', 'p04']);
  const [edge] = assignTiers(quantilePolicy(0.4), partners);
  assert.deepEqual(edge?.reason, {
    kind: 'rule',
    tierId: 'top',
    evidence: [{ metric: 'revenue', op: '>=', needed: 9, actual: 9, quantile: { top: 0.4, count: 2 } }],
  });
  assert.equal(describeAssignment(quantilePolicy(0.4), edge ?? assert.fail()), 'Top: revenue 9, top 40% (≥ 9)');
});

test('partners without the metric count in n but are never in the quantile', () => {
  // n = 10, so the top 20 % is 2 partners, though only 3 report revenue.
  const partners = withRevenue([null, 300, null, 100, null, 200, null, null, null, null]);
  assert.deepEqual(inTier(quantilePolicy(0.2), partners, 'top'), ['p01', 'p05']);
  // top 100 % holds everyone who has the metric, and only them.
  assert.deepEqual(inTier(quantilePolicy(1), partners, 'top'), ['p01', 'p03', 'p05']);
});

test('the gap to a quantile is the value that would place the partner in it', () => {
  const partners = withRevenue([100, 80, 60, 40, null]);
  const assignments = assignTiers(quantilePolicy(0.4), partners);
  assert.deepEqual(assignments[3]?.next, {
    tierId: 'top',
    gaps: [
      {
        kind: 'short',
        metric: 'revenue',
        op: '>=',
        needed: 80,
        actual: 40,
        missing: 40,
        direction: 'increase',
        quantile: { top: 0.4, count: 2 },
      },
    ],
  });
  assert.deepEqual(assignments[4]?.next?.gaps, [
    { kind: 'no-data', metric: 'revenue', op: '>=', needed: 80, quantile: { top: 0.4, count: 2 } },
  ]);
  assert.equal(
    describeNextTierGap(quantilePolicy(0.4), assignments[3] ?? assert.fail()),
    'Top: revenue 40, needs ≥ 80 (top 40%): +40',
  );
});

test('when no partner has the quantile metric, nobody is in and the gap says any value would do', () => {
  const assignments = assignTiers(quantilePolicy(0.5), withRevenue([null, null]));
  assert.deepEqual(
    assignments.map((assignment) => assignment.tierId),
    ['rest', 'rest'],
  );
  assert.deepEqual(assignments[0]?.next?.gaps, [
    { kind: 'no-data', metric: 'revenue', op: '>=', needed: null, quantile: { top: 0.5, count: 1 } },
  ]);
});

const banded = TierPolicySchema.parse({
  tiers: [
    {
      id: 'a',
      name: { en: 'A' },
      rule: {
        all: [
          { metric: 'x', op: '>', value: 10 },
          { metric: 'y', op: '<=', value: 2 },
        ],
      },
    },
    {
      id: 'b',
      name: { en: 'B' },
      rule: {
        any: [
          { metric: 'x', op: '==', value: 5 },
          { metric: 'y', op: '<', value: 1 },
        ],
      },
    },
    { id: 'c', name: { en: 'C' } },
    { id: 'd', name: { en: 'D' }, rule: { all: [{ metric: 'x', op: '>=', value: 0 }] } },
  ],
  defaultTier: 'c',
});

test('all, any, strict and reverse comparisons, and a default tier above a ruled one', () => {
  const partners: TierPartner[] = [
    { id: 'all-met', metrics: { x: 11, y: 2 } },
    { id: 'edge-strict', metrics: { x: 10, y: 0.5 } },
    { id: 'equal', metrics: { x: 5, y: 9 } },
    { id: 'low', metrics: { x: 3, y: 4 } },
    { id: 'negative', metrics: { x: -1, y: 3 } },
  ];
  const result = assignTiers(banded, partners);
  assert.deepEqual(
    result.map((assignment) => [assignment.partnerId, assignment.tierId, assignment.reason.kind]),
    [
      ['all-met', 'a', 'rule'],
      ['edge-strict', 'b', 'rule'],
      ['equal', 'b', 'rule'],
      ['low', 'd', 'rule'],
      // Matches nothing, so it goes to the default tier C, even though D is listed below C.
      ['negative', 'c', 'default'],
    ],
  );
  // The tier above D is C, which has no rule, so the gap is to B; for B's `any`, x == 5 needs 2
  // more (cost 2/5) and y < 1 needs 3 less (cost 3/1): x is shown.
  assert.deepEqual(result[3]?.next, {
    tierId: 'b',
    gaps: [{ kind: 'short', metric: 'x', op: '==', needed: 5, actual: 3, missing: 2, direction: 'increase' }],
  });
  // A strict `>` at its threshold: missing 0, still unmet; and a `<=` to come down to.
  assert.deepEqual(result[1]?.next?.gaps, [
    { kind: 'short', metric: 'x', op: '>', needed: 10, actual: 10, missing: 0, direction: 'increase' },
  ]);
  assert.deepEqual(result[2]?.next?.gaps, [
    { kind: 'short', metric: 'x', op: '>', needed: 10, actual: 5, missing: 5, direction: 'increase' },
    { kind: 'short', metric: 'y', op: '<=', needed: 2, actual: 9, missing: 7, direction: 'decrease' },
  ]);
  assert.equal(describeNextTierGap(banded, result[2] ?? assert.fail()), 'A: x 5, needs > 10: +5; y 9, needs ≤ 2: −7');
});

test('non-finite and inherited metric values read as missing', () => {
  const partners: TierPartner[] = [
    { id: 'nan', metrics: { x: Number.NaN, y: 0 } },
    { id: 'inf', metrics: { x: Number.POSITIVE_INFINITY, y: 0 } },
  ];
  const policy = TierPolicySchema.parse({
    tiers: [
      {
        id: 'hi',
        name: { en: 'Hi' },
        rule: {
          any: [
            { metric: 'x', op: '>=', value: 0 },
            { metric: 'toString', op: '<', value: 1 },
          ],
        },
      },
      { id: 'lo', name: { en: 'Lo' } },
    ],
    defaultTier: 'lo',
  });
  assert.deepEqual(
    assignTiers(policy, partners).map((assignment) => assignment.tierId),
    ['lo', 'lo'],
  );
});

test('duplicate partner ids and an unknown default tier are refused', () => {
  assert.throws(
    () =>
      assignTiers(banded, [
        { id: 'x', metrics: {} },
        { id: 'x', metrics: {} },
      ]),
    (error: unknown) => isMindError(error, 'MIND_INVALID_INPUT'),
  );
  assert.throws(
    () => assignTiers({ ...banded, defaultTier: 'zzz' }, []),
    (error: unknown) => isMindError(error, 'MIND_INVALID_INPUT'),
  );
});

// ---- properties ----

const mixedPolicy = TierPolicySchema.parse({
  tiers: [
    { id: 'q', name: { en: 'Q' }, rule: { quantile: { metric: 'm', top: 0.25 } } },
    {
      id: 'g',
      name: { en: 'G' },
      rule: {
        any: [
          { metric: 'm', op: '>=', value: 5 },
          {
            all: [
              { metric: 'n', op: '>', value: 2 },
              { metric: 'm', op: '>=', value: 2 },
            ],
          },
        ],
      },
    },
    { id: 's', name: { en: 'S' }, rule: { all: [{ metric: 'n', op: '>=', value: 1 }] } },
    { id: 'z', name: { en: 'Z' } },
  ],
  defaultTier: 'z',
});

const metricValue = fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined });
const directory = fc
  .uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), m: metricValue, n: metricValue }), {
    selector: (row) => row.id,
    maxLength: 25,
  })
  .map((rows) =>
    rows.map((row): TierPartner => ({
      id: row.id,
      metrics: { ...(row.m === undefined ? {} : { m: row.m }), ...(row.n === undefined ? {} : { n: row.n }) },
    })),
  );

test('property: assignments do not depend on the order of partners', () => {
  fc.assert(
    fc.property(
      directory.chain((partners) =>
        fc.tuple(fc.constant(partners), fc.shuffledSubarray(partners, { minLength: partners.length })),
      ),
      ([partners, shuffled]) => {
        assert.deepEqual(assignTiers(mixedPolicy, shuffled), assignTiers(mixedPolicy, partners));
      },
    ),
  );
});

test('property: a quantile tier is a prefix of the partners sorted by the metric, at least ceil(top × n) long', () => {
  fc.assert(
    fc.property(directory, fc.double({ min: 0.01, max: 1, noNaN: true }), (partners, top) => {
      const policy = TierPolicySchema.parse({
        tiers: [
          { id: 'q', name: { en: 'Q' }, rule: { quantile: { metric: 'm', top } } },
          { id: 'z', name: { en: 'Z' } },
        ],
        defaultTier: 'z',
      });
      const tierOf = new Map(assignTiers(policy, partners).map((a) => [a.partnerId, a.tierId]));
      const withM = partners.filter((partner) => partner.metrics['m'] !== undefined);
      const inside = withM.filter((partner) => tierOf.get(partner.id) === 'q').map((p) => p.metrics['m'] ?? 0);
      const outside = withM.filter((partner) => tierOf.get(partner.id) !== 'q').map((p) => p.metrics['m'] ?? 0);
      assert.ok(Math.min(...inside) > Math.max(...outside));
      assert.equal(inside.length + outside.length, withM.length);
      assert.ok(inside.length >= Math.min(quantileCount(top, partners.length), withM.length));
      // Without ties at the edge the quantile holds exactly ceil(top × n).
      const sorted = withM.map((p) => p.metrics['m'] ?? 0).sort((a, b) => b - a);
      const k = Math.min(quantileCount(top, partners.length), withM.length);
      if (k > 0 && sorted[k] !== sorted[k - 1]) assert.equal(inside.length, k);
      for (const partner of partners.filter((p) => p.metrics['m'] === undefined))
        assert.notEqual(tierOf.get(partner.id), 'q');
    }),
  );
});

test('property: reasons hold, tiers above were not met, and gaps are given for the tier above', () => {
  fc.assert(
    fc.property(directory, (partners) => {
      for (const assignment of assignTiers(mixedPolicy, partners)) {
        if (assignment.reason.kind === 'rule') {
          assert.ok(assignment.reason.evidence.length > 0);
          for (const evidence of assignment.reason.evidence)
            assert.ok(compare(evidence.actual, evidence.op, evidence.needed));
        } else assert.equal(assignment.tierId, 'z');
        if (assignment.tierId === 'q') assert.equal(assignment.next, null);
        else {
          assert.ok(assignment.next !== null && assignment.next.gaps.length > 0);
          for (const gap of assignment.next.gaps) if (gap.kind === 'short') assert.ok(gap.missing >= 0);
        }
      }
    }),
  );
});
