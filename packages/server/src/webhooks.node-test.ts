// Webhooks (issue 17) on one server over PGlite, its clock moved by the test: what a vendor's
// receiver gets (Standard Webhooks signatures, stable ids, order), retries with backoff, giving
// up after the retry window, the admin routes, and the scheduler's time-driven events.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { isMindError } from '@mindshare/core';
import { engagedPack, SCENARIO_TIME } from '@mindshare/core/testing';
import { parseCommandLine } from './settings.js';
import { finishedRecording } from './testing/finished-recording.js';
import { testServer, type TestServer } from './testing/test-server.js';
import {
  startWebhookReceiver,
  TEST_WEBHOOK_SECRET,
  webhookFlag,
  type WebhookReceiver,
} from './testing/webhook-receiver.js';
import { signWebhook, verifyWebhook } from './webhooks/signature.js';
import { readWebhookEndpoints } from './webhooks/webhook-endpoints.schema.js';

const ADMIN = 'admin-token-for-the-webhook-tests';
const BASE_MS = 1_000;
const HOUR = 60 * 60 * 1000;

describe('webhooks', () => {
  let receiver: WebhookReceiver;
  let t: TestServer;

  before(async () => {
    receiver = await startWebhookReceiver(TEST_WEBHOOK_SECRET, () => t.time.now);
  });
  after(() => receiver.close());

  beforeEach(async () => {
    receiver.received.length = 0;
    receiver.answer = () => 200;
    t = await testServer([
      '--webhooks',
      webhookFlag(receiver.url),
      '--admin-token',
      ADMIN,
      '--webhook-retry-base-ms',
      String(BASE_MS),
      '--webhook-retry-max-ms',
      String(8 * BASE_MS),
      '--webhook-retry-hours',
      '1',
      '--webhook-timeout-ms',
      // Long enough for a loaded machine to answer; one attempt of the retry test waits it out.
      '2000',
      // The test drives the loops itself.
      '--webhook-poll-ms',
      String(HOUR),
      '--webhook-tick-ms',
      String(HOUR),
    ]);
  });
  afterEach(() => t.close());

  const admin = (method: string, path: string) =>
    t.server.app.fetch(
      new Request(`http://mindshare.test${path}`, { method, headers: { authorization: `Bearer ${ADMIN}` } }),
    );

  const REVIEW = {
    scores: [
      { criterionId: 'clarity', score: 5 },
      { criterionId: 'value', score: 1 },
    ],
    comments: [{ atMs: 1000, text: 'Good opening' }],
    feedback: 'Talk about outcomes.',
  };

  async function reviewedRecording(): Promise<string> {
    const recordingId = await finishedRecording(t);
    const review = await t.call('POST', `/v1/recordings/${recordingId}/reviews`, {
      as: 'coach-camille',
      body: REVIEW,
    });
    assert.equal(review.status, 200, await review.clone().text());
    return recordingId;
  }

  it('sends review.published, signed per Standard Webhooks, when a coach saves a review', async () => {
    const recordingId = await reviewedRecording();
    assert.equal(await t.server.webhooks.deliverDue(), 1);
    assert.equal(receiver.received.length, 1);
    const [delivery] = receiver.received;
    assert.ok(delivery!.verified, 'the signature verifies with the endpoint secret');
    assert.match(delivery!.id, /^evt_/);
    assert.equal(delivery!.timestamp, String(Math.floor(t.time.now / 1000)));
    assert.equal(delivery!.json.type, 'review.published');
    assert.equal(delivery!.json.timestamp, new Date(t.time.now).toISOString());
    assert.deepEqual(
      { ...delivery!.json.data, weightedTotal: undefined },
      {
        recordingId,
        sellerId: 's-anna',
        coachId: 'coach-camille',
        promptId: 'elevator',
        weightedTotal: undefined,
        maxTotal: 100,
        reviewedAt: new Date(t.time.now).toISOString(),
      },
    );
    // Delivered: nothing more to send.
    assert.equal(await t.server.webhooks.deliverDue(), 0);
  });

  it('queues no event for a review refused, and one for a review sent twice with one Idempotency-Key', async () => {
    const recordingId = await finishedRecording(t);
    await t.call('POST', `/v1/recordings/${recordingId}/claim`, { as: 'coach-camille', body: {} });
    const refused = await t.call('POST', `/v1/recordings/${recordingId}/reviews`, { as: 'mgr-marc', body: REVIEW });
    assert.equal(refused.status, 409);
    assert.equal(await t.server.webhooks.deliverDue(), 0);

    const key = 'f'.repeat(32);
    for (let retry = 0; retry < 2; retry++) {
      const sent = await t.call('POST', `/v1/recordings/${recordingId}/reviews`, {
        as: 'coach-camille',
        body: REVIEW,
        key,
      });
      assert.equal(sent.status, 200);
    }
    assert.equal(await t.server.webhooks.deliverDue(), 1);
    assert.equal(receiver.received[0]!.json.data['coachId'], 'coach-camille');
  });

  it('refuses a tampered body, another secret and an old timestamp, as a receiver must', async () => {
    await reviewedRecording();
    await t.server.webhooks.deliverDue();
    const { id, timestamp, signature, body } = receiver.received[0]!;
    const headers = { id, timestamp, signature };
    const now = t.time.now;
    assert.equal(verifyWebhook(TEST_WEBHOOK_SECRET, headers, body, { now }), true);
    assert.equal(verifyWebhook(TEST_WEBHOOK_SECRET, headers, body.replace('s-anna', 's-bruno'), { now }), false);
    const other = `whsec_${Buffer.from('another-secret-of-thirty-two-bytes').toString('base64')}`;
    assert.equal(verifyWebhook(other, headers, body, { now }), false);
    assert.equal(verifyWebhook(TEST_WEBHOOK_SECRET, headers, body, { now: now + 6 * 60 * 1000 }), false);
    assert.equal(verifyWebhook(TEST_WEBHOOK_SECRET, headers, body, { now: now + 4 * 60 * 1000 }), true);
    // The header may carry several signatures (secret rotation): one matching is enough.
    const rotated = { ...headers, signature: `${signWebhook(other, id, Number(timestamp), body)} ${signature}` };
    assert.equal(verifyWebhook(TEST_WEBHOOK_SECRET, rotated, body, { now }), true);
  });

  it('delivers in order of event time with one id per event, however often it is emitted', async () => {
    const emit = (badgeId: string, at: number) =>
      t.server.webhooks.emit(
        'badge.earned',
        { sellerId: 's-anna', badgeId, earnedAt: new Date(at).toISOString() },
        { at, key: `s-anna:${badgeId}` },
      );
    const now = t.time.now;
    const late = await emit('late', now - 1_000);
    const early = await emit('early', now - 3_000);
    assert.equal(await emit('early', now - 3_000), early, 'the same event gets the same id');
    await emit('middle', now - 2_000);
    assert.equal(await t.server.webhooks.deliverDue(), 3);
    assert.deepEqual(
      receiver.received.map((delivery) => delivery.json.data['badgeId']),
      ['early', 'middle', 'late'],
    );
    assert.equal(receiver.received[2]!.id, late);
    assert.ok(receiver.received.every((delivery) => delivery.verified));
  });

  it('retries after 500s and timeouts with doubling delays, the same id each time, then delivers', async () => {
    let calls = 0;
    receiver.answer = () => (++calls === 1 ? 500 : calls === 2 ? 'hang' : 200);
    await reviewedRecording();
    const first = t.time.now;
    assert.equal(await t.server.webhooks.deliverDue(), 1);
    const [pending] = (await (await admin('GET', '/admin/webhooks/deliveries')).json()).deliveries as {
      nextAt: string;
      lastStatus: number;
      status: string;
    }[];
    assert.equal(pending!.status, 'pending');
    assert.equal(pending!.lastStatus, 500);
    const delay1 = Date.parse(pending!.nextAt) - first;
    assert.ok(delay1 >= BASE_MS / 2 && delay1 <= BASE_MS, `first retry after ${delay1} ms`);
    // Not due yet: nothing is sent.
    t.time.now += delay1 - 1;
    assert.equal(await t.server.webhooks.deliverDue(), 0);
    t.time.now += 1;
    assert.equal(await t.server.webhooks.deliverDue(), 1); // the receiver does not answer in time
    const [timedOut] = (await (await admin('GET', '/admin/webhooks/deliveries')).json()).deliveries as {
      nextAt: string;
      lastError: string;
      attempts: number;
    }[];
    assert.match(timedOut!.lastError, /no answer within 2000 ms/);
    assert.equal(timedOut!.attempts, 2);
    const delay2 = Date.parse(timedOut!.nextAt) - t.time.now;
    assert.ok(delay2 >= BASE_MS && delay2 <= 2 * BASE_MS, `second retry after ${delay2} ms`);
    t.time.now += delay2;
    assert.equal(await t.server.webhooks.deliverDue(), 1);
    assert.equal(receiver.received.length, 3);
    assert.equal(new Set(receiver.received.map((delivery) => delivery.id)).size, 1);
    assert.equal(new Set(receiver.received.map((delivery) => delivery.body)).size, 1);
    const [done] = (await (await admin('GET', '/admin/webhooks/deliveries?status=delivered')).json()).deliveries as {
      attempts: number;
    }[];
    assert.equal(done!.attempts, 3);
  });

  it('marks a delivery failed after the retry window and sends it again on replay', async () => {
    receiver.answer = () => 503;
    await reviewedRecording();
    const start = t.time.now;
    let attempts = 0;
    while (t.time.now < start + HOUR + 10 * BASE_MS) {
      attempts += await t.server.webhooks.deliverDue();
      t.time.now += 8 * BASE_MS; // the longest delay: each step is due
    }
    const failed = (await (await admin('GET', '/admin/webhooks/deliveries?status=failed')).json()).deliveries as {
      eventId: string;
      attempts: number;
      lastStatus: number;
    }[];
    assert.equal(failed.length, 1);
    assert.equal(failed[0]!.lastStatus, 503);
    assert.equal(failed[0]!.attempts, attempts);
    // Delays capped at 8 s over an hour: hundreds of attempts, none after the window.
    assert.ok(attempts > 400, `${attempts} attempts`);
    const summary = (await (await admin('GET', '/admin/webhooks')).json()) as {
      endpoints: { id: string; failed: number }[];
    };
    assert.deepEqual(
      summary.endpoints.map(({ id, failed }) => ({ id, failed })),
      [{ id: 'vendor', failed: 1 }],
    );

    receiver.answer = () => 200;
    receiver.received.length = 0;
    const replay = await admin('POST', `/admin/webhooks/replay?since=${new Date(start).toISOString()}`);
    assert.deepEqual(await replay.json(), { replayed: 1 });
    assert.equal(await t.server.webhooks.deliverDue(), 1);
    assert.equal(receiver.received[0]!.id, failed[0]!.eventId);

    // One event again, by id.
    const again = await admin('POST', `/admin/webhooks/events/${failed[0]!.eventId}/replay`);
    assert.deepEqual(await again.json(), { replayed: 1 });
    assert.equal(await t.server.webhooks.deliverDue(), 1);
    assert.equal(receiver.received[1]!.id, failed[0]!.eventId);
    assert.equal((await admin('POST', '/admin/webhooks/events/evt_none/replay')).status, 404);
  });

  it('forgets delivered events after the retention, never one still to deliver', async () => {
    receiver.answer = (delivery) => (delivery.json.data['badgeId'] === 'stuck' ? 500 : 200);
    for (const badgeId of ['sent', 'stuck'])
      await t.server.webhooks.emit('badge.earned', {
        sellerId: 's-anna',
        badgeId,
        earnedAt: new Date(t.time.now).toISOString(),
      });
    await t.server.webhooks.deliverDue();
    assert.equal(await t.server.webhooks.queue.purge(t.time.now + 1), 1);
    const left = (await (await admin('GET', '/admin/webhooks/deliveries')).json()).deliveries as { status: string }[];
    assert.deepEqual(
      left.map((delivery) => delivery.status),
      ['pending'],
    );
  });

  it('keeps the admin routes behind the admin token and checks their queries', async () => {
    const anonymous = await t.server.app.fetch(new Request('http://mindshare.test/admin/webhooks/deliveries'));
    assert.equal(anonymous.status, 401);
    const seller = await t.call('GET', '/admin/webhooks', { as: 's-anna' });
    assert.equal(seller.status, 401);
    assert.equal((await admin('GET', '/admin/webhooks/deliveries?status=lost')).status, 400);
    assert.equal((await admin('GET', '/admin/webhooks/deliveries?endpoint=nobody')).status, 400);
    assert.equal((await admin('POST', '/admin/webhooks/replay?since=yesterday')).status, 400);
  });

  it('sends nugget releases at the seller-zone time and challenge.closing_soon from the scheduler tick', async () => {
    assert.equal(await t.server.webhooks.tick(), 0, 'the first tick only starts the cursor');
    t.time.now = SCENARIO_TIME.firstPlatinumRelease + 60_000;
    await t.server.webhooks.tick();
    await t.server.webhooks.deliverDue();
    const released = receiver.received.filter((delivery) => delivery.json.type === 'nugget.released');
    assert.ok(released.length > 0);
    for (const delivery of released) {
      assert.equal(delivery.json.data['nuggetId'], 'n-platinum-pricing');
      assert.equal(delivery.json.data['releasedAt'], new Date(SCENARIO_TIME.firstPlatinumRelease).toISOString());
    }
    // A tick over the same window again queues nothing new.
    assert.equal(await t.server.webhooks.tick(), 0);

    receiver.received.length = 0;
    // spring-launch closes 2027-04-30 18:00 in Paris (16:00 UTC): the notice comes 24 hours before.
    t.time.now = Date.parse('2027-04-29T16:00:30Z');
    await t.server.webhooks.tick();
    await t.server.webhooks.deliverDue();
    const closing = receiver.received.filter((delivery) => delivery.json.type === 'challenge.closing_soon');
    assert.deepEqual(
      closing.map((delivery) => delivery.json.data),
      [{ challengeId: 'spring-launch', opensAt: '2027-03-01T08:00:00.000Z', closesAt: '2027-04-30T16:00:00.000Z' }],
    );
    // Events arrive in event-time order.
    const times = receiver.received.map((delivery) => Date.parse(delivery.json.timestamp));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
    );
  });
});

describe('webhooks: questions due again', () => {
  it('sends question.due once the question a seller missed is due again', async () => {
    const receiver = await startWebhookReceiver();
    const t = await testServer(['--webhooks', webhookFlag(receiver.url, ['question.due'])]);
    try {
      await t.server.webhooks.tick();
      const attempt = (await (
        await t.call('POST', '/v1/challenges/spring-launch/attempts', { as: 's-anna', body: {} })
      ).json()) as { id: string };
      const answered = await t.call('POST', `/v1/attempts/${attempt.id}/answers`, {
        as: 's-anna',
        body: { questionId: 'q-trial', response: { kind: 'true-false', value: false } },
      });
      assert.equal(((await answered.json()) as { correct: boolean }).correct, false);
      await t.call('POST', `/v1/attempts/${attempt.id}/finish`, { as: 's-anna', body: {} });
      t.time.now += 3 * 24 * HOUR;
      // Only the type the endpoint wants is kept (the releases of those days are not).
      assert.equal(await t.server.webhooks.tick(), 1);
      await t.server.webhooks.deliverDue();
      assert.equal(receiver.received.length, 1);
      const { data, timestamp } = receiver.received[0]!.json;
      assert.equal(data['sellerId'], 's-anna');
      assert.equal(data['questionId'], 'q-trial');
      assert.equal(data['dueAt'], timestamp);
      assert.ok(Date.parse(timestamp) <= t.time.now);
    } finally {
      await t.close();
      await receiver.close();
    }
  });
});

describe('webhooks: badges', () => {
  it('sends badge.earned once, at the moment the seller earned it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'mindshare-badges-'));
    const pack = join(folder, 'pack.json');
    await writeFile(pack, JSON.stringify(engagedPack()));
    const receiver = await startWebhookReceiver();
    const t = await testServer(['--pack', pack, '--webhooks', webhookFlag(receiver.url, ['badge.earned'])]);
    try {
      await t.server.webhooks.tick();
      t.time.now += 60_000;
      // The seller's first pitch, sent: the pack's `first-pitch` badge.
      await finishedRecording(t);
      const earnedAt = t.time.now;
      t.time.now += 60_000;
      await t.server.webhooks.tick();
      t.time.now += 30_000;
      await t.server.webhooks.tick(); // its window reaches back over the badge: still one event
      await t.server.webhooks.deliverDue();
      assert.deepEqual(
        receiver.received.map((delivery) => delivery.json.data),
        [{ sellerId: 's-anna', badgeId: 'first-pitch', earnedAt: new Date(earnedAt).toISOString() }],
      );
    } finally {
      await t.close();
      await receiver.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('webhook configuration', () => {
  it('reads endpoints from a JSON array and refuses a bad one naming the field', async () => {
    const [endpoint] = await readWebhookEndpoints(webhookFlag('https://crm.example.com/hooks', ['review.published']));
    assert.equal(endpoint!.id, 'vendor');
    const bad = JSON.stringify([
      { id: 'crm', url: 'http://crm.example.com/hooks', secret: 'hunter2', events: ['review.publish'] },
    ]);
    await assert.rejects(readWebhookEndpoints(bad), (error: unknown) => {
      assert.ok(isMindError(error));
      assert.equal(error.code, 'MIND_INVALID_INPUT');
      assert.deepEqual(
        error.problems.map((problem) => problem.path.join('.')),
        ['MINDSHARE_WEBHOOKS.0.url', 'MINDSHARE_WEBHOOKS.0.secret', 'MINDSHARE_WEBHOOKS.0.events.0'],
      );
      return true;
    });
    const withCredentials = webhookFlag('https://user:password@crm.example.com/hooks');
    await assert.rejects(readWebhookEndpoints(withCredentials), (error: unknown) => {
      assert.ok(isMindError(error, 'MIND_INVALID_INPUT'));
      assert.deepEqual(
        error.problems.map((problem) => problem.path.join('.')),
        ['MINDSHARE_WEBHOOKS.0.url'],
      );
      assert.match(error.problems[0]!.message, /secret/, 'says which credential authenticates a delivery');
      return true;
    });
    await assert.rejects(readWebhookEndpoints('[{'), /MINDSHARE_WEBHOOKS/);
    await assert.rejects(readWebhookEndpoints('/no/such/webhooks.json'), /cannot read the file/);
  });

  it('takes the endpoints and retry settings from the environment', () => {
    const { settings } = parseCommandLine([], {
      MINDSHARE_WEBHOOKS: '/etc/mindshare/webhooks.json',
      MINDSHARE_WEBHOOK_RETRY_HOURS: '48',
    });
    assert.equal(settings.webhooks, '/etc/mindshare/webhooks.json');
    assert.equal(settings.webhookRetryHours, 48);
    assert.equal(settings.webhookRetryBaseMs, 5000);
  });
});
