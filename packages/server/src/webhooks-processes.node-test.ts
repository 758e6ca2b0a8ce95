// Webhooks across real server processes (issue 17): a process killed while a receiver holds its
// delivery open, restarted, delivers the event afterwards with the same id; two processes over
// one PostgreSQL send each attempt of each event once, one at a time per endpoint.
//
// Over PostgreSQL when DATABASE_URL is set (a store of its own, dropped at the end), otherwise
// over the embedded PGlite in a temporary folder, which must reopen after the kill.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { signToken } from './auth/tokens.js';
import { liveScenarioFlags } from './testing/live-pack.js';
import { processCaller, startServerProcess, type ServerProcess } from './testing/server-process.js';
import { startWebhookReceiver, webhookFlag, type WebhookReceiver } from './testing/webhook-receiver.js';

const databaseUrl = process.env['DATABASE_URL'];
const SECRET = 'webhook-processes-secret-at-least-32-chars';
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('webhooks across server processes', () => {
  const store = `hooks_${randomBytes(4).toString('hex')}`;
  let receiver: WebhookReceiver;
  let folder: string;
  let scenario: string[];
  const running = new Set<ServerProcess>();

  before(async () => {
    receiver = await startWebhookReceiver();
    folder = await mkdtemp(join(tmpdir(), 'mindshare-webhooks-'));
    scenario = await liveScenarioFlags();
  });

  after(async () => {
    await Promise.all([...running].map((server) => server.stop()));
    await receiver.close();
    await rm(folder, { recursive: true, force: true });
    if (databaseUrl) {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "mindshare_${store}" CASCADE`);
      await client.end();
    }
  });

  async function start(storeName: string, env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
    const server = await startServerProcess(
      [
        '--port',
        '0',
        '--store-name',
        storeName,
        '--data-dir',
        join(folder, storeName),
        '--token-secret',
        SECRET,
        '--webhooks',
        webhookFlag(receiver.url, ['review.published']),
        '--webhook-timeout-ms',
        '1000',
        '--webhook-poll-ms',
        '50',
        '--webhook-retry-base-ms',
        '200',
        '--webhook-retry-max-ms',
        '400',
        ...scenario,
      ],
      { ...process.env, DATABASE_URL: '', REDIS_URL: '', ...env },
    );
    running.add(server);
    return server;
  }

  const call = processCaller((as) => signToken(SECRET, as));

  /** A seller's pitch, recorded through `seller` and reviewed through `coach`: one review.published. */
  async function reviewPitch(seller: ServerProcess, coach: ServerProcess, sellerId = 's-anna'): Promise<string> {
    const { recordingId } = (await call(seller, sellerId, 'POST', '/v1/recordings', {
      promptId: 'elevator',
      mimeType: 'video/webm',
    })) as { recordingId: string };
    await call(seller, sellerId, 'PUT', `/v1/recordings/${recordingId}/media?offset=0`, new Uint8Array([1, 2, 3]));
    await call(seller, sellerId, 'POST', `/v1/recordings/${recordingId}/finish`, { durationMs: 20_000, size: 3 });
    await call(coach, 'coach-camille', 'POST', `/v1/recordings/${recordingId}/reviews`, {
      scores: [
        { criterionId: 'clarity', score: 3 },
        { criterionId: 'value', score: 5 },
      ],
      comments: [],
      feedback: 'Well done.',
    });
    return recordingId;
  }

  it('delivers an event after the process was killed during its delivery and restarted', async () => {
    const name = databaseUrl ? store : 'killed';
    const env = databaseUrl ? { DATABASE_URL: databaseUrl } : {};
    receiver.received.length = 0;
    receiver.answer = (delivery) => (receiver.received.indexOf(delivery) === 0 ? 'hang' : 200);
    const first = await start(name, env);
    const recordingId = await reviewPitch(first, first);
    await receiver.waitFor(1);
    // The receiver holds the request; the process dies before it knows how the attempt went.
    await first.stop('SIGKILL');
    running.delete(first);
    const second = await start(name, env);
    await receiver.waitFor(2);
    const [lost, delivered] = receiver.received;
    assert.equal(delivered!.id, lost!.id, 'the same event id, so the receiver can deduplicate');
    assert.equal(delivered!.body, lost!.body);
    assert.ok(delivered!.verified);
    assert.equal(delivered!.json.data['recordingId'], recordingId);
    // Delivered: the new process sends it no more.
    await sleep(1_500);
    assert.equal(receiver.received.length, 2);
    await second.stop();
    running.delete(second);
  });

  it(
    'sends each attempt once when two processes share PostgreSQL, one attempt at a time per endpoint',
    { skip: databaseUrl ? false : 'needs DATABASE_URL (two processes cannot share an embedded database)' },
    async () => {
      const name = `${store}_two`;
      const env = { DATABASE_URL: databaseUrl };
      receiver.received.length = 0;
      receiver.inFlight.most = 0;
      receiver.delayMs = 150;
      // Every event fails its first attempt, so both processes also compete for the retries.
      const seen = new Set<string>();
      receiver.answer = (delivery) => {
        if (seen.has(delivery.id)) return 200;
        seen.add(delivery.id);
        return 500;
      };
      const a = await start(name, env);
      const b = await start(name, env);
      try {
        const recordings: string[] = [];
        // One pitch per seller (a prompt allows one take and a retake).
        const sellers = ['s-anna', 's-bruno', 's-chloe', 's-david', 's-emma', 's-farid'];
        for (const [index, seller] of sellers.entries())
          recordings.push(await reviewPitch(index % 2 ? a : b, index % 2 ? b : a, seller));
        await receiver.waitFor(12);
        await sleep(1_500); // time for a double send to show
        const byEvent = new Map<string, number>();
        for (const delivery of receiver.received) byEvent.set(delivery.id, (byEvent.get(delivery.id) ?? 0) + 1);
        assert.equal(byEvent.size, 6);
        assert.deepEqual([...byEvent.values()], [2, 2, 2, 2, 2, 2], 'one failed attempt and one retry per event');
        assert.equal(receiver.inFlight.most, 1, 'never two requests at once to one endpoint');
        assert.ok(receiver.received.every((delivery) => delivery.verified));
        // First attempts in the order the reviews were saved.
        const firsts = receiver.received.filter(
          (delivery, index) => receiver.received.findIndex((other) => other.id === delivery.id) === index,
        );
        assert.deepEqual(
          firsts.map((delivery) => delivery.json.data['recordingId']),
          recordings,
        );
      } finally {
        await Promise.all([a.stop(), b.stop()]);
        running.delete(a);
        running.delete(b);
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "mindshare_${name}" CASCADE`);
        await client.end();
      }
    },
  );
});
