import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import { compareEntries } from './leaderboard-entry.js';
import type { LeaderboardEntry, RankedEntry } from './leaderboard-entry.js';
import { Ranking } from './ranking.js';

/** The reference answer: sort everything, rank by counting strictly higher scores. */
function naiveListing(entries: Iterable<LeaderboardEntry>): RankedEntry[] {
  const sorted = [...entries].sort(compareEntries);
  return sorted.map((entry, position) => ({
    sellerId: entry.sellerId,
    score: entry.score,
    completedAt: entry.completedAt,
    rank: 1 + sorted.filter((other) => other.score > entry.score).length,
    position,
  }));
}

// Few sellers, scores and times, so ties on score and on (score, time) are the common case.
const sellerId = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'A', 'aa', 'b0', 'é', '😀', 'z');
// fc.record builds null-prototype objects; plain ones keep deepEqual about values only.
const entryArb = fc
  .record({ sellerId, score: fc.integer({ min: -3, max: 3 }), completedAt: fc.integer({ min: 0, max: 3 }) })
  .map((e): LeaderboardEntry => ({ ...e }));
const manySellers = fc.integer({ min: 0, max: 400 }).map((n) => `s${n}`);
const wideEntryArb = fc
  .record({
    sellerId: manySellers,
    score: fc.integer({ min: 0, max: 20 }),
    completedAt: fc.integer({ min: 0, max: 5 }),
  })
  .map((e): LeaderboardEntry => ({ ...e }));
type Op = { kind: 'upsert'; entry: LeaderboardEntry } | { kind: 'remove'; sellerId: string };
// size 'max': fast-check otherwise keeps arrays near 10 items, too few to grow a multi-level tree.
const opsOf = (entry: fc.Arbitrary<LeaderboardEntry>, ids: fc.Arbitrary<string>, maxLength: number) =>
  fc.array(
    fc.oneof(
      { weight: 3, arbitrary: entry.map((e): Op => ({ kind: 'upsert', entry: e })) },
      { weight: 1, arbitrary: ids.map((id): Op => ({ kind: 'remove', sellerId: id })) },
    ),
    { maxLength, size: 'max' },
  );

function assertMatchesNaive(ranking: Ranking, model: Map<string, LeaderboardEntry>, probes: readonly string[]): void {
  const expected = naiveListing(model.values());
  assert.equal(ranking.size, expected.length);
  assert.deepEqual([...ranking.entries()], expected);
  assert.deepEqual(ranking.top(3), expected.slice(0, 3));
  for (const id of probes) {
    const row = expected.find((r) => r.sellerId === id);
    assert.equal(ranking.rank(id), row?.rank);
    assert.equal(ranking.positionOf(id), row?.position);
    assert.deepEqual(ranking.get(id), model.get(id));
    const expectedAround = row === undefined ? [] : expected.slice(Math.max(0, row.position - 2), row.position + 3);
    assert.deepEqual(ranking.around(id, 2), expectedAround);
  }
  for (const start of [-1, 0, 1, expected.length - 1, Math.floor(expected.length / 2), expected.length]) {
    const inRange = start >= 0 && start < expected.length;
    assert.deepEqual([...ranking.entriesBackward(start)], inRange ? expected.slice(0, start + 1).reverse() : []);
    assert.deepEqual(ranking.slice(start, 4), inRange ? expected.slice(start, start + 4) : []);
    assert.deepEqual(ranking.at(start), inRange ? expected[start] : undefined);
  }
}

function applyOps(ranking: Ranking, model: Map<string, LeaderboardEntry>, ops: readonly Op[]): void {
  for (const op of ops) {
    if (op.kind === 'upsert') {
      ranking.upsert(op.entry);
      model.set(op.entry.sellerId, op.entry);
    } else {
      assert.equal(ranking.remove(op.sellerId), model.delete(op.sellerId));
    }
  }
}

test('after any upserts and removes with many ties, every answer equals a naive sort', () => {
  fc.assert(
    fc.property(
      fc.array(entryArb, { maxLength: 10 }),
      opsOf(entryArb, sellerId, 60),
      fc.constantFrom(4, 5, 64),
      (initial, ops, branching) => {
        const model = new Map(initial.map((e) => [e.sellerId, e]));
        const ranking = Ranking.from(model.values(), { branching });
        applyOps(ranking, model, ops);
        assertMatchesNaive(ranking, model, ['a', 'b', 'é', '😀', 'nobody']);
      },
    ),
    { numRuns: 300 },
  );
});

test('with hundreds of sellers and tiny nodes, splits and merges at every level keep answers right', () => {
  fc.assert(
    fc.property(
      fc.array(wideEntryArb, { maxLength: 300, size: 'max' }),
      opsOf(wideEntryArb, manySellers, 600),
      fc.constantFrom(4, 6),
      (initial, ops, branching) => {
        const model = new Map(initial.map((e) => [e.sellerId, e]));
        const ranking = Ranking.from(model.values(), { branching });
        assertMatchesNaive(ranking, model, ['s0', 's7']);
        applyOps(ranking, model, ops);
        assertMatchesNaive(ranking, model, ['s0', 's7', 's399']);
        // Drain completely: merges up to the root and a collapse back to a single leaf.
        for (const id of [...model.keys()]) {
          ranking.remove(id);
          model.delete(id);
        }
        assertMatchesNaive(ranking, model, ['s0']);
      },
    ),
    { numRuns: 60 },
  );
});

test('equal scores share a rank: 1, 2, 2, 4', () => {
  const ranking = Ranking.from([
    { sellerId: 'ana', score: 90, completedAt: 5 },
    { sellerId: 'ben', score: 80, completedAt: 5 },
    { sellerId: 'cat', score: 80, completedAt: 5 },
    { sellerId: 'dan', score: 70, completedAt: 1 },
  ]);
  assert.deepEqual(
    ranking.top(10).map((r) => [r.sellerId, r.rank]),
    [
      ['ana', 1],
      ['ben', 2],
      ['cat', 2],
      ['dan', 4],
    ],
  );
  assert.equal(ranking.rank('cat'), 2);
  assert.equal(ranking.rankOfScore(75), 4);
});

test('within a tie, earlier completion is listed first, then sellerId by code unit', () => {
  const ranking = new Ranking();
  ranking.upsert({ sellerId: 'b', score: 10, completedAt: 200 });
  ranking.upsert({ sellerId: 'z', score: 10, completedAt: 100 });
  ranking.upsert({ sellerId: 'a', score: 10, completedAt: 200 });
  ranking.upsert({ sellerId: 'B', score: 10, completedAt: 200 });
  // 'B' (0x42) < 'a' (0x61) < 'b': code units, not locale order.
  assert.deepEqual(
    ranking.top(10).map((r) => r.sellerId),
    ['z', 'B', 'a', 'b'],
  );
  assert.ok(ranking.top(10).every((r) => r.rank === 1));
});

test('an upsert moves the seller; a remove forgets them', () => {
  const ranking = Ranking.from([
    { sellerId: 'ana', score: 10, completedAt: 1 },
    { sellerId: 'ben', score: 20, completedAt: 1 },
  ]);
  ranking.upsert({ sellerId: 'ana', score: 30, completedAt: 2 });
  assert.equal(ranking.rank('ana'), 1);
  assert.equal(ranking.rank('ben'), 2);
  assert.equal(ranking.size, 2);
  assert.equal(ranking.remove('ana'), true);
  assert.equal(ranking.remove('ana'), false);
  assert.equal(ranking.rank('ana'), undefined);
  assert.deepEqual(ranking.around('ana', 5), []);
  assert.equal(ranking.size, 1);
});

test('bad input is rejected with MIND_INVALID_INPUT', () => {
  const ranking = new Ranking();
  const bad: unknown[] = [
    { sellerId: '', score: 1, completedAt: 1 },
    { sellerId: 'x', score: Number.NaN, completedAt: 1 },
    { sellerId: 'x', score: 1, completedAt: Number.POSITIVE_INFINITY },
    { sellerId: 'x', score: '1', completedAt: 1 },
    null,
  ];
  for (const entry of bad) {
    assert.throws(
      () => ranking.upsert(entry as LeaderboardEntry),
      (error) => isMindError(error, 'MIND_INVALID_INPUT'),
    );
  }
  assert.equal(ranking.size, 0);
  assert.throws(
    () =>
      Ranking.from([
        { sellerId: 'x', score: 1, completedAt: 1 },
        { sellerId: 'x', score: 2, completedAt: 1 },
      ]),
    (error) => isMindError(error, 'MIND_INVALID_INPUT'),
  );
  assert.throws(
    () => new Ranking({ branching: 3 }),
    (error) => isMindError(error, 'MIND_INVALID_INPUT'),
  );
});

test('the ranking keeps its own copy of an entry, so mutating the input changes nothing', () => {
  const entry = { sellerId: 'ana', score: 10, completedAt: 1 };
  const ranking = new Ranking();
  ranking.upsert(entry);
  entry.score = 99;
  assert.equal(ranking.get('ana')?.score, 10);
  assert.equal(ranking.remove('ana'), true);
  assert.equal(ranking.size, 0);
});
