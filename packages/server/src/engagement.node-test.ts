import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { contentPack } from '@mindshare/core/testing';
import { newKey, testServer, type TestServer } from './testing/test-server.js';

// Issue 17: activity points counted once per action through the server, whatever the retries,
// and the engagement board the same from every process (in process, or Redis shared by them).

interface Board {
  rows: { rank: number; sellerId?: string; score: number }[];
  total: number;
}

async function engagedPackFile(): Promise<string> {
  const pack = contentPack()
    .with({
      engagement: {
        points: { nuggetRead: 1, pollVote: 2, openAnswer: 3, practiceAnswer: 1, pitchSent: 10, challengeFinished: 5 },
        badges: [{ id: 'first-pitch', title: { en: 'First pitch' }, rule: { kind: 'first-pitch' } }],
        board: { privacy: 'full-name', scopes: ['global'] },
      },
    })
    .build();
  const file = join(await mkdtemp(join(tmpdir(), 'mindshare-engagement-')), 'pack.json');
  await writeFile(file, JSON.stringify(pack));
  return file;
}

const board = async (t: TestServer, as: string, period = 'all'): Promise<Board> =>
  (await (await t.call('GET', `/v1/engagement/board?period=${period}`, { as })).json()) as Board;

const rows = (seen: Board) => seen.rows.map((row) => `${row.rank} ${row.sellerId} ${row.score}`);

describe('engagement, in-process boards', () => {
  let t: TestServer;
  after(() => t?.close());

  it('counts a read once whatever the retries, and ranks sellers by points', async () => {
    t = await testServer(['--pack', await engagedPackFile()]);
    const key = newKey();
    for (const sameKey of [key, key, newKey()]) {
      const reply = await t.call('POST', '/v1/nuggets/n-welcome/seen', { as: 's-anna', key: sameKey, body: {} });
      assert.equal(reply.status, 204);
    }
    const answered = await t.call('POST', '/v1/nuggets/n-objections/responses', {
      as: 's-bruno',
      body: { text: 'Price' },
    });
    assert.equal(answered.status, 204);
    assert.deepEqual(rows(await board(t, 's-anna')), ['1 s-bruno 4', '2 s-anna 1']);
    const summary = (await (await t.call('GET', '/v1/engagement', { as: 's-anna' })).json()) as {
      points: number;
      next: { badgeId: string }[];
    };
    assert.equal(summary.points, 1);
    assert.deepEqual(
      summary.next.map((next) => next.badgeId),
      ['first-pitch'],
    );
    const refused = await t.call('GET', '/v1/engagement?sellerId=s-bruno', { as: 's-anna' });
    assert.equal(refused.status, 403);
    const bad = await t.call('GET', '/v1/engagement/board?period=month', { as: 's-anna' });
    assert.equal(bad.status, 400);
  });
});

const redisUrl = process.env['REDIS_URL'];

describe('engagement, Redis boards shared by two processes', { skip: redisUrl ? false : 'needs REDIS_URL' }, () => {
  const store = `engagement_${randomBytes(4).toString('hex')}`;
  const redis = redisUrl ? new Redis(redisUrl) : undefined;
  const servers: TestServer[] = [];
  after(async () => {
    for (const server of servers) await server.close();
    const keys = await redis!.keys(`mindshare:${store}:*`);
    if (keys.length > 0) await redis!.del(...keys);
    redis!.disconnect();
  });

  it('an action counted through one process is on the board the other reads, once', async () => {
    const packFile = await engagedPackFile();
    const a = await testServer(['--redis-url', redisUrl!, '--store-name', store, '--pack', packFile]);
    servers.push(a);
    const b = await testServer(['--redis-url', redisUrl!, '--store-name', store, '--pack', packFile], {
      database: a.server.database,
    });
    servers.push(b);
    await a.call('POST', '/v1/nuggets/n-welcome/seen', { as: 's-anna', body: {} });
    await Promise.all([
      a.call('POST', '/v1/nuggets/n-objections/responses', { as: 's-bruno', body: { text: 'Price' } }),
      b.call('POST', '/v1/nuggets/n-objections/responses', { as: 's-bruno', body: { text: 'Price!' } }),
    ]);
    await b.call('POST', '/v1/nuggets/n-welcome/seen', { as: 's-anna', body: {} });
    assert.deepEqual(rows(await board(b, 's-anna')), ['1 s-bruno 4', '2 s-anna 1']);
    assert.deepEqual(rows(await board(a, 's-anna', 'week')), ['1 s-bruno 4', '2 s-anna 1']);
    const hidden = await b.call('PUT', '/v1/me/board-visibility', { as: 's-bruno', body: { visible: false } });
    assert.equal(hidden.status, 204);
    assert.deepEqual(rows(await board(a, 's-anna')), ['1 s-anna 1']);
  });
});
