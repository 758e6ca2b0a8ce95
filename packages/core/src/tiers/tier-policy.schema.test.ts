import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TierPolicySchema } from './tier-policy.schema.js';
import { checkTierPolicy } from './check-tier-policy.js';

const valid = {
  tiers: [
    { id: 'platinum', name: { en: 'Platinum', fr: 'Platinium' }, rule: { quantile: { metric: 'revenue', top: 0.1 } } },
    {
      id: 'gold',
      name: { en: 'Gold' },
      rule: {
        all: [
          { metric: 'revenue', op: '>=', value: 500_000 },
          {
            any: [
              { metric: 'certifiedSellers', op: '>', value: 2 },
              { metric: 'averageMastery', op: '>=', value: 0.8 },
            ],
          },
        ],
      },
    },
    { id: 'others', name: { en: 'Others' } },
  ],
  defaultTier: 'others',
};

const parses = (value: unknown) => TierPolicySchema.safeParse(value).success;
const withTier = (tier: unknown) => ({ ...valid, tiers: [tier, ...valid.tiers.slice(1)] });

test('a policy with quantile, nested group and rule-less default tier parses', () => {
  assert.ok(parses(valid));
});

test('unknown keys are errors at every level', () => {
  assert.ok(!parses({ ...valid, extra: 1 }));
  assert.ok(
    !parses(withTier({ id: 'p', name: { en: 'P' }, rule: { quantile: { metric: 'r', top: 0.1 } }, colour: 'x' })),
  );
  assert.ok(
    !parses(withTier({ id: 'p', name: { en: 'P' }, rule: { quantile: { metric: 'r', top: 0.1, bottom: 0 } } })),
  );
  assert.ok(
    !parses(
      withTier({ id: 'p', name: { en: 'P' }, rule: { all: [{ metric: 'r', op: '>=', value: 1, unit: 'EUR' }] } }),
    ),
  );
  // `all` and `any` together are ambiguous.
  assert.ok(
    !parses(withTier({ id: 'p', name: { en: 'P' }, rule: { all: [{ metric: 'r', op: '>=', value: 1 }], any: [] } })),
  );
});

test('rules are checked: operators, finite thresholds, quantile share in (0, 1], non-empty groups, one nesting level', () => {
  const rule = (value: unknown) => parses(withTier({ id: 'p', name: { en: 'P' }, rule: value }));
  assert.ok(rule({ any: [{ metric: 'r', op: '==', value: 3 }] }));
  assert.ok(!rule({ any: [{ metric: 'r', op: '=>', value: 3 }] }));
  assert.ok(!rule({ any: [{ metric: 'r', op: '>=', value: Number.POSITIVE_INFINITY }] }));
  assert.ok(!rule({ any: [{ metric: 'r', op: '>=', value: Number.NaN }] }));
  assert.ok(!rule({ any: [{ metric: '', op: '>=', value: 1 }] }));
  assert.ok(!rule({ any: [] }));
  assert.ok(!rule({ all: [{ any: [] }] }));
  assert.ok(!rule({ all: [{ any: [{ all: [{ metric: 'r', op: '>=', value: 1 }] }] }] }));
  assert.ok(rule({ quantile: { metric: 'r', top: 1 } }));
  assert.ok(!rule({ quantile: { metric: 'r', top: 0 } }));
  assert.ok(!rule({ quantile: { metric: 'r', top: 1.5 } }));
  assert.ok(!rule({ quantile: { metric: 'r', top: 0.1 }, all: [] }));
});

test('checkTierPolicy accepts a sound policy', () => {
  assert.deepEqual(checkTierPolicy(TierPolicySchema.parse(valid)), []);
});

test('checkTierPolicy reports duplicate ids, an unknown default and dead rule-less tiers, by path', () => {
  const policy = TierPolicySchema.parse({
    tiers: [
      { id: 'gold', name: { en: 'Gold' }, rule: { any: [{ metric: 'r', op: '>=', value: 1 }] } },
      { id: 'silver', name: { en: 'Silver' } },
      { id: 'gold', name: { en: 'Gold again' }, rule: { any: [{ metric: 'r', op: '>=', value: 0 }] } },
    ],
    defaultTier: 'bronze',
  });
  assert.deepEqual(
    checkTierPolicy(policy).map((problem) => problem.path),
    [['tiers', 1, 'rule'], ['tiers', 2, 'id'], ['defaultTier']],
  );
  assert.ok(checkTierPolicy(policy).every((problem) => problem.message.length > 0));
});
