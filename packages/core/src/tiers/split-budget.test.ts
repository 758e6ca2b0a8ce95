import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import { splitBudget, type BudgetSplit, type BudgetSplitInput } from './split-budget.js';
import type { TierPartner } from './tier-partner.js';

interface Row {
  readonly id: string;
  readonly tier: string;
  readonly ret?: number | undefined;
}

const input = (
  rows: readonly Row[],
  rest: Omit<BudgetSplitInput, 'partners' | 'assignments' | 'metric'>,
): BudgetSplitInput => ({
  ...rest,
  metric: 'ret',
  partners: rows.map((row): TierPartner => ({ id: row.id, metrics: row.ret === undefined ? {} : { ret: row.ret } })),
  assignments: rows.map((row) => ({ partnerId: row.id, tierId: row.tier })),
});

const amounts = (split: BudgetSplit) => Object.fromEntries(split.partners.map((part) => [part.partnerId, part.amount]));
const invalidInput = (error: unknown) => isMindError(error, 'MIND_INVALID_INPUT');

test('split by tier weight, then by expected return', () => {
  const split = splitBudget(
    input(
      [
        { id: 'a', tier: 'gold', ret: 3 },
        { id: 'b', tier: 'gold', ret: 1 },
        { id: 'c', tier: 'silver', ret: 5 },
      ],
      { total: 1000, tierWeights: { gold: 3, silver: 1 } },
    ),
  );
  assert.deepEqual(amounts(split), { a: 563, b: 187, c: 250 }); // 750 × 3/4 = 562.5 and 187.5: the tie goes to "a"
  assert.deepEqual(
    split.tiers.map((tier) => [tier.tierId, tier.amount]),
    [
      ['gold', 750],
      ['silver', 250],
    ],
  );
  assert.equal(split.unallocated, 0);
});

test('rounding ties go to the smaller id, so the parts sum exactly to the total', () => {
  const rows = [
    { id: 'c', tier: 't', ret: 1 },
    { id: 'a', tier: 't', ret: 1 },
    { id: 'b', tier: 't', ret: 1 },
  ];
  assert.deepEqual(amounts(splitBudget(input(rows, { total: 10, tierWeights: { t: 1 } }))), { a: 4, b: 3, c: 3 });
  assert.deepEqual(amounts(splitBudget(input(rows, { total: 11, tierWeights: { t: 1 } }))), { a: 4, b: 4, c: 3 });
});

test('floors come first; partners with no expected return keep just their floor', () => {
  const split = splitBudget(
    input(
      [
        { id: 'a', tier: 't', ret: 9 },
        { id: 'b', tier: 't', ret: 0 },
        { id: 'c', tier: 't' },
        { id: 'd', tier: 't', ret: -4 },
      ],
      { total: 1000, tierWeights: { t: 1 }, floor: 50 },
    ),
  );
  assert.deepEqual(amounts(split), { a: 850, b: 50, c: 50, d: 50 });
  assert.equal(split.partners.find((part) => part.partnerId === 'd')?.expectedReturn, 0);
});

test('a tier whose earning partners are capped passes its share on, not to its partners without return', () => {
  const rows = [
    { id: 'a', tier: 'gold', ret: 1 },
    { id: 'b', tier: 'gold', ret: 0 },
    { id: 'c', tier: 'silver', ret: 1 },
  ];
  const split = splitBudget(input(rows, { total: 1000, tierWeights: { gold: 9, silver: 1 }, cap: 100 }));
  // Silver is capped too, so what neither earning partner can take is left unallocated.
  assert.deepEqual(amounts(split), { a: 100, b: 0, c: 100 });
  assert.equal(split.unallocated, 800);
  const uncappedSilver = splitBudget(
    input(rows, { total: 1000, tierWeights: { gold: 9, silver: 1 }, cap: { gold: 100 } }),
  );
  assert.deepEqual(amounts(uncappedSilver), { a: 100, b: 0, c: 900 });
});

test('a tier whose partners all have no return splits its share equally', () => {
  const rows = [
    { id: 'a', tier: 't' },
    { id: 'b', tier: 't', ret: 0 },
    { id: 'c', tier: 'u', ret: 2 },
  ];
  assert.deepEqual(amounts(splitBudget(input(rows, { total: 900, tierWeights: { t: 2, u: 1 } }))), {
    a: 300,
    b: 300,
    c: 300,
  });
});

test('what a cap cuts off goes to the uncapped partners of the tier, then to other tiers', () => {
  const rows = [
    { id: 'a', tier: 'gold', ret: 8 },
    { id: 'b', tier: 'gold', ret: 1 },
    { id: 'c', tier: 'gold', ret: 1 },
    { id: 'd', tier: 'silver', ret: 1 },
  ];
  // Gold's 900: a would get 720 but is capped at 300; b and c share the other 600.
  const within = splitBudget(input(rows, { total: 1000, tierWeights: { gold: 9, silver: 1 }, cap: { gold: 300 } }));
  assert.deepEqual(amounts(within), { a: 300, b: 300, c: 300, d: 100 });
  // With a cap of 200, Gold can take only 600: Silver, uncapped, receives the rest.
  const across = splitBudget(input(rows, { total: 1000, tierWeights: { gold: 9, silver: 1 }, cap: { gold: 200 } }));
  assert.deepEqual(amounts(across), { a: 200, b: 200, c: 200, d: 400 });
  assert.equal(across.unallocated, 0);
});

test('when caps leave nowhere to place the rest, it is returned unallocated and no cap is exceeded', () => {
  const rows = [
    { id: 'a', tier: 't', ret: 1 },
    { id: 'b', tier: 't', ret: 3 },
    { id: 'c', tier: 'u', ret: 1 },
  ];
  const split = splitBudget(input(rows, { total: 1000, tierWeights: { t: 1, u: 0 }, floor: 10, cap: 120 }));
  // u has weight 0: c keeps its floor, t's partners are capped; 1000 − 120 − 120 − 10 = 750 left.
  assert.deepEqual(amounts(split), { a: 120, b: 120, c: 10 });
  assert.equal(split.allocated, 250);
  assert.equal(split.unallocated, 750);
});

test('an empty tier passes its share to the other tiers by their weights', () => {
  const rows = [
    { id: 'a', tier: 'gold', ret: 1 },
    { id: 'b', tier: 'silver', ret: 1 },
  ];
  const split = splitBudget(input(rows, { total: 600, tierWeights: { platinum: 10, gold: 2, silver: 1 } }));
  assert.deepEqual(amounts(split), { a: 400, b: 200 });
  assert.deepEqual(
    split.tiers.map((tier) => [tier.tierId, tier.partnerCount, tier.amount]),
    [
      ['platinum', 0, 0],
      ['gold', 1, 400],
      ['silver', 1, 200],
    ],
  );
});

test('floors that cannot all be met, or above a cap, are refused', () => {
  const rows = [
    { id: 'a', tier: 't', ret: 1 },
    { id: 'b', tier: 't', ret: 1 },
  ];
  assert.throws(() => splitBudget(input(rows, { total: 100, tierWeights: { t: 1 }, floor: 51 })), invalidInput);
  assert.throws(
    () => splitBudget(input(rows, { total: 100, tierWeights: { t: 1 }, floor: 20, cap: { t: 10 } })),
    invalidInput,
  );
  // Exactly enough for the floors is fine.
  assert.deepEqual(amounts(splitBudget(input(rows, { total: 100, tierWeights: { t: 1 }, floor: 50 }))), {
    a: 50,
    b: 50,
  });
});

test('bad amounts, weights and tiers are refused with MIND_INVALID_INPUT', () => {
  const rows = [{ id: 'a', tier: 't', ret: 1 }];
  const bad: Omit<BudgetSplitInput, 'partners' | 'assignments' | 'metric'>[] = [
    { total: 10.5, tierWeights: { t: 1 } },
    { total: -1, tierWeights: { t: 1 } },
    { total: 10, tierWeights: { t: -1 } },
    { total: 10, tierWeights: { t: Number.NaN } },
    { total: 10, tierWeights: { other: 1 } }, // t has partners but no weight
    { total: 10, tierWeights: { t: 0 } }, // nothing may receive the 10
    { total: 10, tierWeights: { t: 1 }, floor: 1.5 },
    { total: 10, tierWeights: { t: 1 }, cap: { t: -2 } },
  ];
  for (const rest of bad) assert.throws(() => splitBudget(input(rows, rest)), invalidInput, JSON.stringify(rest));
  assert.throws(() => splitBudget(input([], { total: 10, tierWeights: {} })), invalidInput);
  assert.throws(
    () => splitBudget({ ...input(rows, { total: 10, tierWeights: { t: 1 } }), assignments: [] }),
    invalidInput,
  );
  assert.equal(splitBudget(input([], { total: 0, tierWeights: {} })).allocated, 0);
});

// ---- properties ----

const tierIds = ['p', 'g', 's'] as const;
const scenario = fc.record({
  rows: fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      tier: fc.constantFrom(...tierIds),
      ret: fc.option(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1e6, noNaN: true })), {
        nil: undefined,
      }),
    }),
    { selector: (row) => row.id, minLength: 1, maxLength: 30 },
  ),
  weights: fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 10 })),
  floor: fc.integer({ min: 0, max: 50 }),
  capAbove: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
  total: fc.integer({ min: 0, max: 1_000_000 }),
});

test('property: parts sum exactly to the total and respect floors and caps', () => {
  fc.assert(
    fc.property(scenario, ({ rows, weights, floor, capAbove, total }) => {
      // Silver always has a positive weight and at least one partner, so the input is valid.
      const fixed = [...rows, { id: 'zz-silver', tier: 's' as const, ret: 1 }];
      const budget = floor * fixed.length + total;
      const cap = capAbove === undefined ? undefined : floor + capAbove;
      const split = splitBudget(
        input(fixed, {
          total: budget,
          tierWeights: { p: weights[0], g: weights[1], s: weights[2] },
          floor,
          ...(cap === undefined ? {} : { cap }),
        }),
      );
      const sum = split.partners.reduce((acc, part) => acc + part.amount, 0);
      assert.equal(sum, split.allocated);
      assert.equal(split.allocated + split.unallocated, budget);
      assert.equal(
        split.tiers.reduce((acc, tier) => acc + tier.amount, 0),
        split.allocated,
      );
      for (const part of split.partners) {
        assert.ok(Number.isSafeInteger(part.amount));
        assert.ok(part.amount >= floor);
        if (cap !== undefined) assert.ok(part.amount <= cap);
      }
      if (split.unallocated > 0) {
        // Only when everyone who may receive more (positive-weight tiers) is at the cap.
        assert.ok(cap !== undefined);
        const weight = { p: weights[0], g: weights[1], s: weights[2] };
        for (const part of split.partners)
          if (weight[part.tierId as 'p' | 'g' | 's'] > 0 && part.expectedReturn > 0) assert.equal(part.amount, cap);
      }
    }),
  );
});

test('property: within a tier, more expected return never gets less (same floor, no cap)', () => {
  fc.assert(
    fc.property(scenario, ({ rows, total }) => {
      const split = splitBudget(input(rows, { total, tierWeights: { p: 1, g: 1, s: 1 } }));
      for (const a of split.partners)
        for (const b of split.partners)
          if (a.tierId === b.tierId && a.expectedReturn > b.expectedReturn) assert.ok(a.amount >= b.amount);
    }),
  );
});

test('property: the split does not depend on the order of partners and assignments', () => {
  fc.assert(
    fc.property(
      scenario.chain((value) =>
        fc.tuple(fc.constant(value), fc.shuffledSubarray(value.rows, { minLength: value.rows.length })),
      ),
      ([{ rows, weights, floor, capAbove, total }, shuffled]) => {
        const rest = {
          total: total + floor * rows.length,
          tierWeights: { p: weights[0], g: weights[1], s: weights[2] },
          floor,
          ...(capAbove === undefined ? {} : { cap: floor + capAbove }),
        };
        const run = (list: readonly Row[]) => {
          try {
            return splitBudget(input(list, rest));
          } catch (error) {
            return isMindError(error) ? error.code : error;
          }
        };
        assert.deepEqual(run(shuffled), run(rows));
      },
    ),
  );
});

test('given no tier weights, the budget follows expected return alone, every tier included', () => {
  const rows = [
    { id: 'a', tier: 'gold', ret: 3 },
    { id: 'b', tier: 'gold', ret: 1 },
    { id: 'c', tier: 'silver', ret: 4 },
    { id: 'd', tier: 'silver' },
  ];
  const split = splitBudget(input(rows, { total: 800 }));
  assert.deepEqual(amounts(split), { a: 300, b: 100, c: 400, d: 0 });
  assert.deepEqual(
    split.tiers.map((tier) => [tier.tierId, tier.amount]),
    [
      ['gold', 400],
      ['silver', 400],
    ],
  );
  assert.equal(split.unallocated, 0);
});

test('given no tier weights and no expected return anywhere, each tier gets an even share', () => {
  const rows = [
    { id: 'a', tier: 'gold' },
    { id: 'b', tier: 'silver' },
    { id: 'c', tier: 'silver' },
  ];
  const split = splitBudget(input(rows, { total: 100 }));
  assert.deepEqual(
    split.tiers.map((tier) => [tier.tierId, tier.amount]),
    [
      ['gold', 50],
      ['silver', 50],
    ],
  );
});
