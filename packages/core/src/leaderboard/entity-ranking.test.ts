import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import { rankEntities, type EntityGroup, type EntityRule } from './entity-ranking.js';
import type { LeaderboardEntry } from './leaderboard-entry.js';

const entry = (sellerId: string, score: number, completedAt = 0): LeaderboardEntry => ({
  sellerId,
  score,
  completedAt,
});

// The worked example of docs/authoring.md ("Partner and team boards").
const partners: EntityGroup[] = [
  { id: 'acme', eligible: 5, entries: [entry('a1', 90), entry('a2', 80), entry('a3', 70), entry('a4', 40)] },
  { id: 'borealis', eligible: 3, entries: [entry('b1', 85), entry('b2', 75), entry('b3', 65)] },
  { id: 'cobalt', eligible: 4, entries: [entry('c1', 100)] },
  { id: 'dormant', eligible: 6, entries: [] },
];

test('best-k: the mean of the best k; a partner with fewer participants is ranked with what it has, flagged', () => {
  const board = rankEntities(partners, { aggregate: 'best-k', k: 3 });
  assert.deepEqual(
    board.map((row) => [row.rank, row.id, row.score, row.participants, row.eligible, row.incomplete]),
    [
      [1, 'cobalt', 100, 1, 4, true],
      [2, 'acme', 80, 4, 5, false],
      [3, 'borealis', 75, 3, 3, false],
    ],
  );
});

test('participation: mean × participation rate, so a partner whose sellers all took part comes first', () => {
  const board = rankEntities(partners, { aggregate: 'participation', k: 3 });
  assert.deepEqual(
    board.map((row) => [row.rank, row.id, row.score, row.participation, row.incomplete]),
    [
      [1, 'borealis', 75, 1, false],
      [2, 'acme', 56, 0.8, false],
      [3, 'cobalt', 25, 0.25, true],
    ],
  );
});

test('equal aggregates share a rank; the one reached first is listed first, then by id', () => {
  const board = rankEntities(
    [
      { id: 'b', eligible: 1, entries: [entry('b1', 50, 10)] },
      { id: 'c', eligible: 1, entries: [entry('c1', 50, 5)] },
      { id: 'a', eligible: 1, entries: [entry('a1', 50, 10)] },
      { id: 'd', eligible: 1, entries: [entry('d1', 40, 0)] },
    ],
    { aggregate: 'best-k', k: 1 },
  );
  assert.deepEqual(
    board.map((row) => `${row.rank}:${row.id}`),
    ['1:c', '1:a', '1:b', '4:d'],
  );
});

test('bad rules and groups are refused with MIND_INVALID_INPUT', () => {
  const refused = (groups: EntityGroup[], rule: EntityRule) =>
    assert.throws(
      () => rankEntities(groups, rule),
      (error: unknown) => isMindError(error, 'MIND_INVALID_INPUT'),
    );
  refused([], { aggregate: 'best-k', k: 0 });
  refused([], { aggregate: 'best-k', k: 1.5 });
  refused(
    [
      { id: 'a', eligible: 1, entries: [] },
      { id: 'a', eligible: 1, entries: [] },
    ],
    { aggregate: 'best-k', k: 1 },
  );
  refused([{ id: 'a', eligible: 1, entries: [entry('x', 1), entry('y', 2)] }], { aggregate: 'participation', k: 1 });
});

// Quarter points, as partial credit and negative marking give: sums of them are exact in floating point.
const score = fc.integer({ min: 0, max: 400 }).map((quarters) => quarters / 4);
const groupArb = (id: string) =>
  fc
    .tuple(fc.array(fc.tuple(score, fc.integer({ min: 0, max: 5 })), { maxLength: 7 }), fc.integer({ min: 0, max: 4 }))
    .map(([scores, absent]): EntityGroup => ({
      id,
      eligible: scores.length + absent,
      entries: scores.map(([points, time], i) => entry(`${id}-${i}`, points, time)),
    }));
const groupsArb = fc
  .uniqueArray(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'P', 'é'), { maxLength: 6 })
  .chain((ids) => fc.tuple(...ids.map(groupArb)));
const ruleArb = fc.record({
  aggregate: fc.constantFrom('best-k' as const, 'participation' as const),
  k: fc.integer({ min: 1, max: 5 }),
});
const aggregateOf = (groups: EntityGroup[], rule: EntityRule, id: string) =>
  rankEntities(groups, rule).find((row) => row.id === id);

test('property: any order of the groups and of their scores gives the same board', () => {
  fc.assert(
    fc.property(groupsArb, ruleArb, fc.infiniteStream(fc.nat()), (groups, rule, picks) => {
      const shuffle = <T>(items: readonly T[]) =>
        items
          .map((item) => ({ item, key: picks.next().value as number }))
          .sort((a, b) => a.key - b.key)
          .map(({ item }) => item);
      const shuffled = shuffle(groups).map((group) => ({ ...group, entries: shuffle(group.entries) }));
      assert.deepEqual(rankEntities(shuffled, rule), rankEntities(groups, rule));
    }),
  );
});

test('property: ranks agree with the aggregates, incomplete iff fewer than k took part, participation in [0, 1]', () => {
  fc.assert(
    fc.property(groupsArb, ruleArb, (groups, rule) => {
      const board = rankEntities(groups, rule);
      assert.equal(board.length, groups.filter((group) => group.entries.length > 0).length);
      board.forEach((row, i) => {
        assert.equal(row.position, i);
        assert.equal(row.rank, 1 + board.filter((other) => other.score > row.score).length);
        assert.equal(row.incomplete, row.participants < rule.k);
        assert.ok(row.participation > 0 && row.participation <= 1);
        const scores = groups.find((group) => group.id === row.id)!.entries.map((e) => e.score);
        const sorted = [...scores].sort((a, b) => b - a);
        const counted = rule.aggregate === 'best-k' ? sorted.slice(0, rule.k) : sorted;
        const mean = counted.reduce((sum, s) => sum + s, 0) / counted.length;
        const expected = rule.aggregate === 'best-k' ? mean : mean * row.participation;
        assert.ok(Math.abs(row.score - expected) < 1e-9, `${row.score} ≠ ${expected}`);
        assert.ok(row.score <= sorted[0]!);
      });
    }),
  );
});

test('property: raising one seller’s score never lowers their group’s aggregate nor worsens its rank', () => {
  fc.assert(
    fc.property(groupsArb, ruleArb, fc.nat(), fc.nat(), score, (groups, rule, g, e, raise) => {
      const withScores = groups.filter((group) => group.entries.length > 0);
      fc.pre(withScores.length > 0);
      const group = withScores[g % withScores.length]!;
      const at = e % group.entries.length;
      const raised = groups.map((other) =>
        other !== group
          ? other
          : {
              ...other,
              entries: other.entries.map((one, i) => (i === at ? { ...one, score: one.score + raise } : one)),
            },
      );
      const before = aggregateOf(groups, rule, group.id)!;
      const after = aggregateOf(raised, rule, group.id)!;
      assert.ok(after.score >= before.score);
      assert.ok(after.rank <= before.rank);
    }),
  );
});

test('property: one more participant never lowers a complete best-k group, nor any participation group', () => {
  fc.assert(
    fc.property(groupsArb, ruleArb, fc.nat(), score, (groups, rule, g, added) => {
      fc.pre(groups.length > 0);
      const group = groups[g % groups.length]!;
      fc.pre(group.entries.length > 0 && group.entries.length < group.eligible);
      fc.pre(rule.aggregate === 'participation' || group.entries.length >= rule.k);
      const joined = groups.map((other) =>
        other === group ? { ...other, entries: [...other.entries, entry(`${other.id}-new`, added, 9)] } : other,
      );
      const before = aggregateOf(groups, rule, group.id)!;
      const after = aggregateOf(joined, rule, group.id)!;
      assert.ok(after.score >= before.score);
      assert.equal(after.participants, before.participants + 1);
    }),
  );
});
