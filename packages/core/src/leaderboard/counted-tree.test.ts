import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CountedTree } from './counted-tree.js';
import { compareKeys } from './leaderboard-entry.js';

type Key = readonly [score: number, time: number, id: string];
const cmp = (a: Key, b: Key) => compareKeys(a[0], a[1], a[2], b[0], b[1], b[2]);

/**
 * Checks the shape that makes every operation O(log n): all leaves at one depth, every node but
 * the root between `min` and `max` entries, counts equal to subtree sizes, bounds that route
 * correctly, and leaf links that list the keys in order. Returns the keys in leaf order.
 */
function checkInvariants(tree: CountedTree): Key[] {
  const keys: Key[] = [];
  const leaves: number[] = [];
  const visit = (node: number, depth: number, lower: Key | undefined, upper: Key | undefined): number => {
    const isRoot = depth === 0;
    if (depth === tree.height - 1) {
      const length = tree.leafLength[node]!;
      assert.ok(length <= tree.max, `leaf ${node} overfull`);
      if (!isRoot) assert.ok(length >= tree.min, `leaf ${node} underfull: ${length} < ${tree.min}`);
      leaves.push(node);
      for (let i = 0; i < length; i++) {
        const at = node * tree.stride + i;
        const key: Key = [tree.leafScores[at]!, tree.leafTimes[at]!, tree.leafIds[at]!];
        if (lower !== undefined) assert.ok(cmp(lower, key) <= 0, 'key below its bound');
        if (upper !== undefined) assert.ok(cmp(key, upper) < 0, 'key above the next bound');
        keys.push(key);
      }
      return length;
    }
    const length = tree.innerLength[node]!;
    assert.ok(length <= tree.max, `inner ${node} overfull`);
    assert.ok(isRoot ? length >= 2 : length >= tree.min, `inner ${node} underfull: ${length}`);
    let total = 0;
    for (let i = 0; i < length; i++) {
      const base = node * tree.stride;
      const bound = (j: number): Key => [
        tree.innerSepScores[base + j]!,
        tree.innerSepTimes[base + j]!,
        tree.innerSepIds[base + j]!,
      ];
      const size = visit(
        tree.innerChildren[base + i]!,
        depth + 1,
        i === 0 ? lower : bound(i),
        i + 1 < length ? bound(i + 1) : upper,
      );
      assert.equal(tree.innerCounts[base + i], size, 'count differs from the subtree size');
      total += size;
    }
    return total;
  };
  assert.equal(visit(tree.root, 0, undefined, undefined), tree.size);
  for (let k = 0; k < leaves.length; k++) {
    assert.equal(tree.leafPrev[leaves[k]!], k === 0 ? -1 : leaves[k - 1], 'prev link');
    assert.equal(tree.leafNext[leaves[k]!], k === leaves.length - 1 ? -1 : leaves[k + 1], 'next link');
  }
  for (let k = 1; k < keys.length; k++) assert.ok(cmp(keys[k - 1]!, keys[k]!) < 0, 'keys out of order');
  return keys;
}

test('after any inserts, deletes and moves the tree stays balanced, counted and in order', () => {
  const keyArb = fc.tuple(
    fc.integer({ min: 0, max: 6 }),
    fc.integer({ min: 0, max: 3 }),
    fc.constantFrom('a', 'b', 'c', 'd'),
  );
  fc.assert(
    fc.property(
      fc.uniqueArray(keyArb, { selector: (k) => k.join('|'), maxLength: 80, size: 'max' }),
      fc.array(fc.tuple(fc.nat(), keyArb, fc.boolean()), { maxLength: 150, size: 'max' }),
      fc.constantFrom(4, 5, 8),
      (initial, ops, branching) => {
        const sorted = [...initial].sort(cmp);
        const tree = CountedTree.fromSorted(
          branching,
          sorted.length,
          (i) => sorted[i]![0],
          (i) => sorted[i]![1],
          (i) => sorted[i]![2],
        );
        const model = new Map(sorted.map((k) => [k.join('|'), k]));
        assert.deepEqual(checkInvariants(tree), sorted);
        for (const [pick, key, move] of ops) {
          const present = [...model.values()];
          const victim = present[pick % Math.max(1, present.length)];
          if (model.has(key.join('|'))) continue;
          if (victim !== undefined && move) {
            if (!tree.tryMove(...victim, ...key)) {
              tree.delete(...victim);
              tree.insert(...key);
            }
            model.delete(victim.join('|'));
            model.set(key.join('|'), key);
          } else if (victim !== undefined && pick % 3 === 0) {
            tree.delete(...victim);
            model.delete(victim.join('|'));
          } else {
            tree.insert(...key);
            model.set(key.join('|'), key);
          }
          assert.deepEqual(checkInvariants(tree), [...model.values()].sort(cmp));
        }
      },
    ),
    { numRuns: 200 },
  );
});
