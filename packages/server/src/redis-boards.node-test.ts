import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { createRedisLeaderboardStore } from '@mindshare/adapters/redis';
import { testServer, type TestServer } from './testing/test-server.js';

/** The Redis keys of one board of the store under `prefix` (see the adapter's keys.ts). */
const boardKeysOf = (prefix: string, board: string) => [`${prefix}board:${board}`, `${prefix}sellers:${board}`];

const redisUrl = process.env['REDIS_URL'];

describe('leaderboards in Redis', { skip: redisUrl ? false : 'needs REDIS_URL' }, () => {
  const store = `boards_${randomBytes(4).toString('hex')}`;
  const redis = redisUrl ? new Redis(redisUrl) : undefined;
  let t: TestServer;
  before(async () => {
    t = await testServer(['--redis-url', redisUrl!, '--store-name', store]);
  });
  after(async () => {
    await t.close();
    const keys = await redis!.keys(`mindshare:${store}:*`);
    if (keys.length > 0) await redis!.del(...keys);
    redis!.disconnect();
  });

  const rows = async () =>
    ((await (await t.call('GET', '/v1/leaderboards/spring-launch', { as: 's-anna' })).json()) as { rows: unknown[] })
      .rows.length;

  it('ranks in Redis, and rebuilds from PostgreSQL after Redis lost its data', async () => {
    for (const seller of ['s-anna', 's-bruno']) {
      const started = await t.call('POST', '/v1/challenges/spring-launch/attempts', { as: seller, body: {} });
      const { id } = (await started.json()) as { id: string };
      await t.call('POST', `/v1/attempts/${id}/answers`, {
        as: seller,
        body: { questionId: 'q-trial', response: { kind: 'true-false', value: true } },
      });
      await t.call('POST', `/v1/attempts/${id}/finish`, { as: seller, body: {} });
    }
    assert.equal(await rows(), 2);
    assert.ok((await redis!.keys(`mindshare:${store}:board:*`)).length > 0, 'the boards are in Redis');
    assert.equal(await t.server.checkLeaderboards(), false);

    const keys = await redis!.keys(`mindshare:${store}:*`);
    await redis!.del(...keys); // what a restart without persistence leaves
    assert.equal(await rows(), 0);
    assert.equal(await t.server.checkLeaderboards(), true);
    assert.equal(await rows(), 2);
  });

  it('rebuilds once the boards an older version left in Redis: no format mark, a coach ranked', async () => {
    const prefix = `mindshare:${store}:`;
    // What the version before leaderboard.roles leaves: the coach on the board, and no mark.
    await createRedisLeaderboardStore({ client: redis!, prefix }).write([
      {
        type: 'upsert',
        board: 'spring-launch|global',
        entry: { sellerId: 'coach-camille', score: 99, completedAt: 1 },
      },
    ]);
    await redis!.del(...boardKeysOf(prefix, '|format'));
    assert.equal(await rows(), 3, 'a process that built its boards already goes on trusting the store');

    const next = await testServer(['--redis-url', redisUrl!, '--store-name', store], { database: t.server.database });
    try {
      const read = await next.call('GET', '/v1/leaderboards/spring-launch', { as: 's-anna' });
      const ids = ((await read.json()) as { rows: { sellerId: string }[] }).rows.map((row) => row.sellerId);
      assert.deepEqual(ids.sort(), ['s-anna', 's-bruno'], 'the first process of the new version rebuilt them');
      assert.equal(await rows(), 2, 'for every process');
      assert.equal(await redis!.exists(...boardKeysOf(prefix, '|format')), 2, 'and marked them');
    } finally {
      await next.close();
    }
  });
});
