import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hashString, seededRandom, seededShuffle } from './seeded-shuffle.js';

test('property: a seeded shuffle is a permutation of its input and the same seed gives the same order', () => {
  fc.assert(
    fc.property(fc.array(fc.integer(), { maxLength: 50 }), fc.string(), (items, seed) => {
      const copy = [...items];
      const once = seededShuffle(items, seed);
      assert.deepEqual(items, copy, 'the input is not mutated');
      assert.deepEqual(seededShuffle(items, seed), once);
      assert.deepEqual(
        [...once].sort((a, b) => a - b),
        [...items].sort((a, b) => a - b),
      );
    }),
  );
});

test('the random source stays in [0, 1) and differs between seeds', () => {
  fc.assert(
    fc.property(fc.string(), (seed) => {
      const random = seededRandom(seed);
      for (let i = 0; i < 20; i++) {
        const value = random();
        assert.ok(value >= 0 && value < 1);
      }
    }),
  );
  assert.notEqual(hashString('attempt-1'), hashString('attempt-2'));
  assert.notDeepEqual(seededShuffle([...'abcdefghij'], 'attempt-1'), seededShuffle([...'abcdefghij'], 'attempt-2'));
});

test('every order of three items comes out about equally often over many seeds', () => {
  const counts = new Map<string, number>();
  for (let seed = 0; seed < 6000; seed++) {
    const order = seededShuffle(['a', 'b', 'c'], `seed-${seed}`).join('');
    counts.set(order, (counts.get(order) ?? 0) + 1);
  }
  assert.equal(counts.size, 6);
  for (const [order, count] of counts) assert.ok(count > 850 && count < 1150, `${order}: ${count}`);
});

test('the sequence is pinned, so a server and a browser agree on an attempt’s order', () => {
  const random = seededRandom('pinned');
  const first = [random(), random(), random()].map((value) => Math.floor(value * 1e6));
  // Changing the hash or the generator reorders every stored attempt: this must fail then.
  assert.deepEqual(first, [857177, 612022, 167211]);
});
