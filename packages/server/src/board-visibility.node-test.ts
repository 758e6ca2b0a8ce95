import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { testServer, type TestServer } from './testing/test-server.js';

// Issue 16: a seller hides from others' boards, and the server's boards (in process, or Redis
// shared by every process) rank without them from the very next read.

interface Board {
  rows: { rank: number; sellerId?: string }[];
  me?: { rank: number; hidden?: boolean };
  total: number;
  visible: boolean;
}

const board = async (t: TestServer, as: string): Promise<Board> =>
  (await (await t.call('GET', '/v1/leaderboards/spring-launch', { as })).json()) as Board;

async function finish(t: TestServer, seller: string, right: boolean) {
  const started = await t.call('POST', '/v1/challenges/spring-launch/attempts', { as: seller, body: {} });
  const { id } = (await started.json()) as { id: string };
  await t.call('POST', `/v1/attempts/${id}/answers`, {
    as: seller,
    body: { questionId: 'q-trial', response: { kind: 'true-false', value: right } },
  });
  await t.call('POST', `/v1/attempts/${id}/finish`, { as: seller, body: {} });
}

const hide = async (t: TestServer, as: string, visible: boolean) => {
  const reply = await t.call('PUT', '/v1/me/board-visibility', { as, body: { visible } });
  assert.equal(reply.status, 204);
};

describe('board visibility, in-process boards', () => {
  let t: TestServer;
  after(() => t?.close());

  it('hides a seller from the next read: ranks close up, the total drops, they see where they would be', async () => {
    t = await testServer();
    await finish(t, 's-anna', true);
    await finish(t, 's-bruno', false);
    await hide(t, 's-anna', false);
    const bruno = await board(t, 's-bruno');
    assert.deepEqual(
      bruno.rows.map((row) => `${row.rank} ${row.sellerId}`),
      ['1 s-bruno'],
    );
    assert.equal(bruno.total, 1);
    const anna = await board(t, 's-anna');
    assert.deepEqual([anna.visible, anna.me?.rank, anna.me?.hidden], [false, 1, true]);
    await hide(t, 's-anna', true);
    assert.equal((await board(t, 's-bruno')).total, 2);
  });

  it('refuses a body without a boolean with 400', async () => {
    const reply = await t.call('PUT', '/v1/me/board-visibility', { as: 's-anna', body: { visible: 'no' } });
    assert.equal(reply.status, 400);
  });
});

const redisUrl = process.env['REDIS_URL'];

describe(
  'board visibility, Redis boards shared by two processes',
  { skip: redisUrl ? false : 'needs REDIS_URL' },
  () => {
    const store = `visibility_${randomBytes(4).toString('hex')}`;
    const redis = redisUrl ? new Redis(redisUrl) : undefined;
    const servers: TestServer[] = [];
    after(async () => {
      for (const server of servers) await server.close();
      const keys = await redis!.keys(`mindshare:${store}:*`);
      if (keys.length > 0) await redis!.del(...keys);
      redis!.disconnect();
    });

    it('a choice made through one process is honoured at once by the other, also for a score it places later', async () => {
      const a = await testServer(['--redis-url', redisUrl!, '--store-name', store]);
      servers.push(a);
      const b = await testServer(['--redis-url', redisUrl!, '--store-name', store], { database: a.server.database });
      servers.push(b);
      await finish(a, 's-bruno', false);
      await hide(a, 's-anna', false);
      await finish(b, 's-anna', true); // placed by a process that did not see the choice being made
      const seen = await board(b, 's-bruno');
      assert.deepEqual(
        seen.rows.map((row) => `${row.rank} ${row.sellerId}`),
        ['1 s-bruno'],
      );
      assert.equal(seen.total, 1);
      assert.equal((await board(b, 's-anna')).me?.rank, 1);
      await hide(b, 's-anna', true);
      assert.deepEqual(
        (await board(a, 's-bruno')).rows.map((row) => `${row.rank} ${row.sellerId}`),
        ['1 s-anna', '2 s-bruno'],
      );
    });
  },
);
