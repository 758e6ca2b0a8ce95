import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { largestRemainder } from './largest-remainder.js';
import { proportionalFill } from './proportional-fill.js';

test('largest remainder: units left by rounding down go to the largest fractions, ties to the smaller key', () => {
  const result = largestRemainder(10, [
    { key: 'b', value: 3.5, cap: Number.POSITIVE_INFINITY },
    { key: 'a', value: 3.5, cap: Number.POSITIVE_INFINITY },
    { key: 'c', value: 3, cap: Number.POSITIVE_INFINITY },
  ]);
  assert.deepEqual(Object.fromEntries(result), { a: 4, b: 3, c: 3 });
});

test('proportional fill: a capped item passes its excess to the others by weight', () => {
  const result = proportionalFill(100, [
    { key: 'a', weight: 8, capacity: 20 },
    { key: 'b', weight: 1, capacity: Number.POSITIVE_INFINITY },
    { key: 'c', weight: 3, capacity: Number.POSITIVE_INFINITY },
  ]);
  assert.deepEqual(Object.fromEntries(result), { a: 20, b: 20, c: 60 });
});

test('proportional fill: tiny weights still saturate the capped item first', () => {
  // capacity / weight overflows to Infinity for both items; the order must not fall back on keys.
  const result = proportionalFill(5, [
    { key: 'capped', weight: Number.MIN_VALUE, capacity: 1 },
    { key: 'a-open', weight: Number.MIN_VALUE, capacity: Number.POSITIVE_INFINITY },
  ]);
  assert.deepEqual(Object.fromEntries(result), { capped: 1, 'a-open': 4 });
});

const items = fc.uniqueArray(
  fc.record({
    key: fc.string({ maxLength: 3 }),
    weight: fc.double({ min: Number.MIN_VALUE, max: 1e9, noNaN: true }),
    capacity: fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.integer({ min: 0, max: 10_000 })),
  }),
  { selector: (item) => item.key, minLength: 1, maxLength: 20 },
);

test('property: fill then round places exactly the amount, within capacities, each within one unit of its real share', () => {
  fc.assert(
    fc.property(items, fc.integer({ min: 0, max: 1_000_000 }), (list, wanted) => {
      const capacity = list.reduce((sum, item) => sum + item.capacity, 0);
      const amount = Math.min(wanted, capacity);
      const real = proportionalFill(amount, list);
      const units = largestRemainder(
        amount,
        list.map((item) => ({ key: item.key, value: real.get(item.key) ?? 0, cap: item.capacity })),
      );
      let sum = 0;
      for (const item of list) {
        const share = units.get(item.key) ?? -1;
        assert.ok(Number.isSafeInteger(share) && share >= 0 && share <= item.capacity);
        assert.ok(Math.abs(share - (real.get(item.key) ?? 0)) < 1 + 1e-6);
        sum += share;
      }
      assert.equal(sum, amount);
    }),
  );
});
