/// <reference types="node" />
// The Redis store against the memory store (the reference) over random boards, and what the
// conformance kit does not see: the keys it leaves, a rebuild that fails before its swap, a
// foreign key under the prefix, a closed store on a live client. Needs REDIS_URL; skipped without.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import {
  createMemoryLeaderboardStore,
  isMindError,
  type LeaderboardEntry,
  type LeaderboardStore,
  type LeaderboardWrite,
  type MindErrorCode,
  type RankedEntry,
} from '@mindshare/core';
import { createRedisLeaderboardStore, type RedisLeaderboardClient } from './index.js';
import { connectTestRedis, noRedis, redisUrl } from './testing/test-redis.js';

const rejectsWith = (promise: Promise<unknown>, code: MindErrorCode, what: string) =>
  assert.rejects(promise, (error) => isMindError(error, code), what);

/** A row with the port's fields only, -0 kept (deepStrictEqual tells -0 from 0). */
const plain = (row: RankedEntry): RankedEntry => ({
  sellerId: row.sellerId,
  score: row.score,
  completedAt: row.completedAt,
  rank: row.rank,
  position: row.position,
});

// Ids whose UTF-16 order differs from code point and locale order, ids near the encoding's
// escape character (~, U+007E) and what it writes (~0061), NUL, lone surrogates.
const sellers = ['ana', 'Ana', 'a', 'a\u0000', '~', 'a~b', '~0061', '\u007d', '\u007f', 'é', 'e\u0301'];
sellers.push('😀', '😀a', '\uD83D', '\uDE00', '\uE000', '\uFFFD', 'z', 'seller-10', 'seller-9');
const boards = ['b', 'q4/😀', 'lone \uD800'];

// Fractional scores with ties (14.88 twice as written, and the double next to it), -0 and 0,
// tiny and huge; times from a few values (so ties on score and time are common) and any double.
const scoreArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(14.88, 14.880000000000001, 0.1 + 0.2, 0.3, 0, -0, -2.5, 5e-324, 1e300) },
  { weight: 3, arbitrary: fc.integer({ min: -2, max: 2 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);
const timeArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(0, -0, -1.5, 1_700_000_000_000, 1_700_000_000_000.5, 1e15) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);
const entryArb = fc
  .record({ sellerId: fc.constantFrom(...sellers), score: scoreArb, completedAt: timeArb })
  .map((entry): LeaderboardEntry => ({ ...entry }));
const writeArb = fc.oneof(
  fc
    .tuple(fc.constantFrom(...boards), entryArb)
    .map(([board, entry]): LeaderboardWrite => ({ type: 'upsert', board, entry })),
  fc
    .tuple(fc.constantFrom(...boards), fc.constantFrom(...sellers))
    .map(([board, sellerId]): LeaderboardWrite => ({ type: 'remove', board, sellerId })),
);
type Step = { readonly write: LeaderboardWrite[] } | { readonly board: string; readonly entries: LeaderboardEntry[] };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.array(writeArb, { minLength: 1, maxLength: 25 }).map((write) => ({ write })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...boards), fc.uniqueArray(entryArb, { selector: (entry) => entry.sellerId }))
      .map(([board, entries]) => ({ board, entries })),
  },
);

async function apply(store: LeaderboardStore, step: Step): Promise<void> {
  if ('write' in step) await store.write(step.write);
  else await store.replace(step.board, step.entries);
}

/** Everything a viewer can read of `board`, for two stores to be compared. */
async function readings(store: LeaderboardStore, board: string, pages: [number, number][], radius: number) {
  const count = await store.count(board);
  return {
    count,
    listing: (await store.page(board, 0, count + 1)).map(plain),
    pages: await Promise.all(pages.map(async ([offset, limit]) => (await store.page(board, offset, limit)).map(plain))),
    ranks: await Promise.all(sellers.map((sellerId) => store.rank(board, sellerId))),
    around: await Promise.all(
      sellers.map(async (sellerId) => (await store.around(board, sellerId, radius)).map(plain)),
    ),
  };
}

if (redisUrl === undefined) {
  describe('redis leaderboard store', () => {
    it('runs against a Redis server', { skip: noRedis }, () => {});
  });
} else {
  const redis = connectTestRedis(redisUrl);
  after(() => redis.end());
  let made = 0;
  const freshPrefix = () => `${redis.prefix}${made++}:`;
  const keysUnder = async (prefix: string) =>
    (await redis.first.keys(`${prefix}*`)).map((key) => key.slice(prefix.length)).sort();

  describe('redis leaderboard store', () => {
    it('reads like the memory store after random writes and replaces: fractional ties, any ids, -0', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(stepArb, { minLength: 1, maxLength: 8 }),
          fc.array(fc.tuple(fc.nat({ max: sellers.length + 1 }), fc.nat({ max: 5 })), { maxLength: 4 }),
          fc.nat({ max: 4 }),
          async (history, pages, radius) => {
            const memory = createMemoryLeaderboardStore();
            const store = createRedisLeaderboardStore({ client: redis.first, prefix: freshPrefix() });
            for (const step of history) {
              await apply(memory, step);
              await apply(store, step);
            }
            for (const board of boards) {
              assert.deepStrictEqual(
                await readings(store, board, pages, radius),
                await readings(memory, board, pages, radius),
                board,
              );
            }
          },
        ),
        { numRuns: 60 },
      );
    });

    it('keeps a board in the documented keys: a sorted set and a hash, nothing else once a replace is done', async () => {
      const prefix = freshPrefix();
      const store = createRedisLeaderboardStore({ client: redis.first, prefix });
      await store.write([
        {
          type: 'upsert',
          board: 'q4/global',
          entry: { sellerId: 'ana', score: 14.88, completedAt: 1_700_000_000_000 },
        },
        { type: 'upsert', board: '\uD800', entry: { sellerId: 'é', score: 1, completedAt: 1 } },
      ]);
      await store.replace('q4/north', [{ sellerId: 'ben', score: 2, completedAt: 2 }]);
      assert.deepEqual(await keysUnder(prefix), [
        'board16:d800',
        'board:q4/global',
        'board:q4/north',
        'sellers16:d800',
        'sellers:q4/global',
        'sellers:q4/north',
      ]);
      assert.equal(await redis.first.type(`${prefix}board:q4/global`), 'zset');
      // Redis writes the score back in its own format (-14.880000000000001 in 7.0): the same double.
      const [member, score] = await redis.first.zrange(`${prefix}board:q4/global`, 0, -1, 'WITHSCORES');
      assert.deepEqual([member, Number(score)], ['c278bcfe56800000ana', -14.88]);
      assert.deepEqual(await redis.first.hgetall(`${prefix}sellers:q4/global`), {
        ana: 'c278bcfe56800000 14.88 1700000000000',
      });
      // The rebuilt board keeps no expiry from its rebuild keys.
      assert.equal(await redis.first.pttl(`${prefix}board:q4/north`), -1);
      assert.equal(await redis.first.pttl(`${prefix}sellers:q4/north`), -1);
      await store.write([{ type: 'remove', board: 'q4/global', sellerId: 'ana' }]);
      await store.replace('q4/north', []);
      assert.deepEqual(await keysUnder(prefix), ['board16:d800', 'sellers16:d800'], 'emptied boards leave no keys');
    });

    it('a replace that fails before its swap leaves the board as it was and no rebuild keys', async () => {
      const prefix = freshPrefix();
      const store = createRedisLeaderboardStore({ client: redis.first, prefix });
      await store.write([{ type: 'upsert', board: 'b', entry: { sellerId: 'ana', score: 1, completedAt: 1 } }]);
      // The connection drops on the way to the swap, after every chunk of the rebuild was written.
      const dropping: RedisLeaderboardClient = {
        call: (command, ...args) =>
          command === 'EVALSHA' && args.some((arg) => String(arg).includes(':rebuild:'))
            ? Promise.reject(new Error('Connection is closed.'))
            : redis.first.call(command, ...args),
      };
      const failing = createRedisLeaderboardStore({ client: dropping, prefix });
      const entries = Array.from({ length: 2500 }, (_, i) => ({ sellerId: `s${i}`, score: i, completedAt: i }));
      await rejectsWith(failing.replace('b', entries), 'MIND_STORAGE_UNAVAILABLE', 'the replace');
      assert.deepEqual((await store.page('b', 0, 10)).map(plain), [
        { sellerId: 'ana', score: 1, completedAt: 1, rank: 1, position: 0 },
      ]);
      assert.deepEqual(await keysUnder(prefix), ['board:b', 'sellers:b']);
    });

    it('a batch touching a foreign key under the prefix changes nothing, not even its other boards', async () => {
      const prefix = freshPrefix();
      const store = createRedisLeaderboardStore({ client: redis.first, prefix });
      await redis.first.set(`${prefix}board:taken`, 'not a leaderboard');
      const batch: LeaderboardWrite[] = [
        { type: 'upsert', board: 'fine', entry: { sellerId: 'ana', score: 1, completedAt: 1 } },
        { type: 'upsert', board: 'taken', entry: { sellerId: 'ben', score: 1, completedAt: 1 } },
      ];
      await rejectsWith(store.write(batch), 'MIND_STORAGE_UNAVAILABLE', 'the batch');
      assert.equal(await store.count('fine'), 0);
    });

    it('a closed store rejects every call with MIND_STORAGE_CLOSED; the client stays connected', async () => {
      const prefix = freshPrefix();
      const store = createRedisLeaderboardStore({ client: redis.first, prefix });
      await store.write([{ type: 'upsert', board: 'b', entry: { sellerId: 'ana', score: 1, completedAt: 1 } }]);
      await store.close();
      await store.close(); // closing twice is not an error
      const closed = 'MIND_STORAGE_CLOSED';
      await rejectsWith(store.write([]), closed, 'write');
      await rejectsWith(store.replace('b', []), closed, 'replace');
      await rejectsWith(store.rank('b', 'ana'), closed, 'rank');
      await rejectsWith(store.page('b', 0, 1), closed, 'page');
      await rejectsWith(store.around('b', 'ana', 1), closed, 'around');
      await rejectsWith(store.count('b'), closed, 'count');
      assert.equal(await redis.first.ping(), 'PONG');
      const again = createRedisLeaderboardStore({ client: redis.first, prefix });
      assert.equal(await again.rank('b', 'ana'), 1, 'a new store over the same prefix');
    });
  });
}
