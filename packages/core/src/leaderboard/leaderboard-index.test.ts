import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import { compareEntries } from './leaderboard-entry.js';
import type { LeaderboardEntry, RankedEntry } from './leaderboard-entry.js';
import { createLeaderboardIndex } from './leaderboard-index.js';
import type { LeaderboardIndexQuery, LeaderboardScopes } from './leaderboard-index.js';

type Seller = { entry: LeaderboardEntry; scopes: LeaderboardScopes };
type GroupScope = 'tier' | 'partner' | 'region' | 'team';

function naiveQuery(sellers: Iterable<Seller>, query: LeaderboardIndexQuery) {
  const members = [...sellers]
    .filter((s) => query.scope === 'global' || s.scopes[query.scope as GroupScope] === query.scopeKey)
    .map((s) => s.entry)
    .sort(compareEntries);
  const listing: RankedEntry[] = members.map((e, position) => ({
    ...e,
    rank: 1 + members.filter((o) => o.score > e.score).length,
    position,
  }));
  const offset = query.offset ?? 0;
  const radius = query.around ?? 0;
  const me = listing.find((r) => r.sellerId === query.viewerId);
  return {
    rows: listing.slice(offset, offset + query.limit),
    around: me === undefined ? [] : listing.slice(Math.max(0, me.position - radius), me.position + radius + 1),
    me,
    total: listing.length,
  };
}

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
const keys: Record<GroupScope, string[]> = {
  tier: ['gold', 'silver'],
  partner: ['acme', 'globex', 'initech'],
  region: ['emea'],
  team: ['north', 'south'],
};
const entryArb = fc
  .record({
    sellerId: fc.constantFrom(...ids),
    score: fc.integer({ min: 0, max: 4 }),
    completedAt: fc.integer({ min: 0, max: 2 }),
  })
  .map((e): LeaderboardEntry => ({ ...e }));
const scopesArb = fc
  .record(
    {
      tier: fc.constantFrom(...keys.tier),
      partner: fc.constantFrom(...keys.partner),
      region: fc.constantFrom(...keys.region),
      team: fc.constantFrom(...keys.team),
    },
    { requiredKeys: [] },
  )
  .map((s): LeaderboardScopes => ({ ...s }));
type Op =
  | { kind: 'upsert'; entry: LeaderboardEntry; scopes: LeaderboardScopes | undefined }
  | { kind: 'remove'; sellerId: string };
const opArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(entryArb, fc.option(scopesArb, { nil: undefined }))
      .map(([entry, scopes]): Op => ({ kind: 'upsert', entry, scopes })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...ids).map((sellerId): Op => ({ kind: 'remove', sellerId })) },
);

test('after any upserts, scope moves and removes, every scoped query equals a naive filter-and-sort', () => {
  fc.assert(
    fc.property(
      fc.array(opArb, { maxLength: 80, size: 'max' }),
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 2 }),
      fc.constantFrom(...ids),
      (ops, limit, offset, around, viewerId) => {
        const index = createLeaderboardIndex([], { ranking: { branching: 4 } });
        const model = new Map<string, Seller>();
        for (const op of ops) {
          if (op.kind === 'upsert') {
            index.upsert(op.entry, op.scopes);
            const scopes = op.scopes ?? model.get(op.entry.sellerId)?.scopes ?? {};
            model.set(op.entry.sellerId, { entry: op.entry, scopes });
          } else {
            assert.equal(index.remove(op.sellerId), model.delete(op.sellerId));
          }
        }
        assert.equal(index.size, model.size);
        const queries: LeaderboardIndexQuery[] = [{ scope: 'global', limit, offset, around, viewerId }];
        for (const scope of ['tier', 'partner', 'region', 'team'] as const) {
          for (const scopeKey of [...keys[scope], 'nobody'])
            queries.push({ scope, scopeKey, limit, offset, around, viewerId });
          const expectedKeys = new Set(
            [...model.values()].flatMap((s) => (s.scopes[scope] === undefined ? [] : [s.scopes[scope]])),
          );
          assert.deepEqual(new Set(index.scopeKeys(scope)), expectedKeys);
        }
        for (const query of queries) assert.deepEqual(index.query(query), naiveQuery(model.values(), query));
        // Rebuilding from the final state gives the same answers as the incremental index.
        const rebuilt = createLeaderboardIndex([...model.values()]);
        for (const query of queries) assert.deepEqual(rebuilt.query(query), index.query(query));
      },
    ),
    { numRuns: 300 },
  );
});

test('a seller who changes team moves from the old team board to the new one', () => {
  const index = createLeaderboardIndex([
    { entry: { sellerId: 'ana', score: 50, completedAt: 1 }, scopes: { team: 'north', partner: 'acme' } },
    { entry: { sellerId: 'ben', score: 40, completedAt: 1 }, scopes: { team: 'north', partner: 'acme' } },
  ]);
  index.upsert({ sellerId: 'ana', score: 55, completedAt: 2 }, { team: 'south', partner: 'acme' });
  const north = index.query({ scope: 'team', scopeKey: 'north', limit: 10, viewerId: 'ben' });
  assert.deepEqual(
    north.rows.map((r) => [r.sellerId, r.rank]),
    [['ben', 1]],
  );
  const south = index.query({ scope: 'team', scopeKey: 'south', limit: 10 });
  assert.deepEqual(
    south.rows.map((r) => [r.sellerId, r.score]),
    [['ana', 55]],
  );
  assert.equal(index.query({ scope: 'partner', scopeKey: 'acme', limit: 10 }).total, 2);
  // Omitting scopes keeps the seller's groups.
  index.upsert({ sellerId: 'ana', score: 10, completedAt: 3 });
  assert.deepEqual(index.scopesOf('ana'), { team: 'south', partner: 'acme' });
  assert.equal(index.query({ scope: 'team', scopeKey: 'south', limit: 1 }).rows[0]?.score, 10);
  // Leaving a group empties its board, which then disappears from scopeKeys.
  index.upsert({ sellerId: 'ana', score: 10, completedAt: 3 }, { partner: 'acme' });
  assert.deepEqual(index.scopeKeys('team'), ['north']);
  assert.equal(index.board({ scope: 'team', scopeKey: 'south' }), undefined);
});

test('query reports the viewer row, neighbourhood and total on a scoped board', () => {
  const index = createLeaderboardIndex(
    ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({
      entry: { sellerId: id, score: 100 - 10 * i, completedAt: 0 },
      scopes: { region: i % 2 === 0 ? 'emea' : 'apac' },
    })),
  );
  const result = index.query({ scope: 'region', scopeKey: 'emea', limit: 1, around: 1, viewerId: 'e' });
  assert.deepEqual(
    result.rows.map((r) => r.sellerId),
    ['a'],
  );
  assert.deepEqual(
    result.around.map((r) => [r.sellerId, r.rank]),
    [
      ['c', 2],
      ['e', 3],
    ],
  );
  assert.equal(result.me?.rank, 3);
  assert.equal(result.total, 3);
  assert.equal(index.query({ scope: 'region', scopeKey: 'emea', limit: 5, viewerId: 'b' }).me, undefined);
});

test('bad queries and scopes are rejected with MIND_INVALID_INPUT', () => {
  const index = createLeaderboardIndex();
  const invalid = (run: () => unknown) => assert.throws(run, (error) => isMindError(error, 'MIND_INVALID_INPUT'));
  invalid(() => index.query({ scope: 'team', limit: 5 }));
  invalid(() => index.query({ scope: 'galaxy' as 'team', scopeKey: 'x', limit: 5 }));
  invalid(() => index.query({ scope: 'global', limit: -1 }));
  invalid(() => index.query({ scope: 'global', limit: 1, around: 1.5 }));
  invalid(() => index.upsert({ sellerId: 'a', score: 1, completedAt: 1 }, { team: '' }));
  invalid(() =>
    createLeaderboardIndex([
      { entry: { sellerId: 'a', score: 1, completedAt: 1 } },
      { entry: { sellerId: 'a', score: 2, completedAt: 1 } },
    ]),
  );
  // A rejected upsert changes nothing.
  assert.equal(index.size, 0);
  assert.deepEqual(index.scopeKeys('team'), []);
});
