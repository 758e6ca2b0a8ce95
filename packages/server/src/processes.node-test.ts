// Stateless processes behind a load balancer (issue 13): two server processes over one
// PostgreSQL and one Redis; what one is told, the other shows.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { Redis } from 'ioredis';
import { signToken } from './auth/tokens.js';
import { liveScenarioFlags } from './testing/live-pack.js';
import { processCaller, startServerProcess, type ServerProcess } from './testing/server-process.js';

const databaseUrl = process.env['DATABASE_URL'];
const redisUrl = process.env['REDIS_URL'];
const SECRET = 'processes-test-secret-at-least-32-chars';
const skip =
  !databaseUrl || !redisUrl
    ? 'needs DATABASE_URL and REDIS_URL (several processes cannot share an embedded database)'
    : false;

describe('two server processes behind one balancer', { skip }, () => {
  const store = `procs_${randomBytes(4).toString('hex')}`;
  let a: ServerProcess;
  let b: ServerProcess;
  const tokens = new Map<string, string>();

  before(async () => {
    const args = ['--port', '0', '--store-name', store, '--token-secret', SECRET, ...(await liveScenarioFlags())];
    const env = { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl };
    a = await startServerProcess(args, env);
    b = await startServerProcess(args, env);
    for (const id of ['s-anna', 's-bruno', 'coach-camille', 'mgr-marc']) tokens.set(id, await signToken(SECRET, id));
  });

  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "mindshare_${store}" CASCADE`);
    await client.end();
    const redis = new Redis(redisUrl!);
    const keys = await redis.keys(`mindshare:${store}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  const call = processCaller((as) => tokens.get(as)!);

  it('ranks an answer sent through one on the leaderboard read through the other', async () => {
    for (const [seller, server] of [
      ['s-anna', a],
      ['s-bruno', b],
    ] as const) {
      const attempt = (await call(server, seller, 'POST', '/v1/challenges/spring-launch/attempts', {})) as {
        id: string;
      };
      await call(server, seller, 'POST', `/v1/attempts/${attempt.id}/answers`, {
        questionId: 'q-trial',
        response: { kind: 'true-false', value: seller === 's-anna' },
      });
      await call(server, seller, 'POST', `/v1/attempts/${attempt.id}/finish`, {});
    }
    const seenByB = (await call(b, 's-bruno', 'GET', '/v1/leaderboards/spring-launch')) as {
      rows: { displayName?: string; rank: number; self: boolean }[];
    };
    const seenByA = (await call(a, 's-anna', 'GET', '/v1/leaderboards/spring-launch')) as { rows: unknown[] };
    assert.equal(seenByB.rows.length, 2);
    assert.equal(seenByA.rows.length, 2);
  });

  it('counts a vote cast through one in the poll tally read through the other', async () => {
    const tally = (await call(a, 's-anna', 'POST', '/v1/nuggets/n-platinum-poll/votes', { optionIds: ['pro'] })) as {
      voters: number;
    };
    assert.equal(tally.voters, 1);
    const feed = (await call(b, 's-anna', 'GET', '/v1/feed')) as {
      items: { nuggetId: string; poll?: { tally: { voters: number }; mine: string[] } }[];
    };
    const poll = feed.items.find((item) => item.nuggetId === 'n-platinum-poll');
    assert.equal(poll?.poll?.tally.voters, 1);
    assert.deepEqual(poll?.poll?.mine, ['pro']);
  });

  it("puts a pitch uploaded through one in the coach's queue and player through the other", async () => {
    const started = (await call(a, 's-anna', 'POST', '/v1/recordings', {
      promptId: 'elevator',
      mimeType: 'video/webm',
    })) as { recordingId: string };
    const id = started.recordingId;
    await call(a, 's-anna', 'PUT', `/v1/recordings/${id}/media?offset=0`, new Uint8Array([1, 2, 3]));
    // The next chunk arrives at the other process: it continues the take from the database.
    await call(b, 's-anna', 'PUT', `/v1/recordings/${id}/media?offset=3`, new Uint8Array([4, 5]));
    await call(a, 's-anna', 'POST', `/v1/recordings/${id}/finish`, { durationMs: 20_000, size: 5 });
    const queue = (await call(b, 'coach-camille', 'GET', '/v1/recordings?view=to-review')) as { id: string }[];
    assert.ok(queue.some((entry) => entry.id === id));
    const media = await fetch(`${b.url}/v1/recordings/${id}/media`, {
      headers: { authorization: `Bearer ${tokens.get('coach-camille')}`, range: 'bytes=2-' },
    });
    assert.equal(media.status, 206);
    assert.deepEqual([...new Uint8Array(await media.arrayBuffer())], [3, 4, 5]);

    // A coach claims it through one process; the other refuses the next coach by the first's name.
    await call(a, 'coach-camille', 'POST', `/v1/recordings/${id}/claim`, {});
    const refused = await fetch(`${b.url}/v1/recordings/${id}/claim`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens.get('mgr-marc')}`,
        'idempotency-key': 'c'.repeat(32),
        'content-type': 'application/json',
      },
      body: '{}',
    });
    assert.equal(refused.status, 409);
    assert.match(await refused.text(), /Camille Coach/);
  });
});
