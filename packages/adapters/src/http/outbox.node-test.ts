/// <reference types="node" />
// The write-ahead outbox: retries, lost replies, offline use, refusals and reopening.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMemoryStorage, isMindError, type MindshareChange } from '@mindshare/core';
import { OUTBOX, outboxSchema, type OutboxRecord } from './outbox-store.js';
import type { Fault } from './testing/mock-server.js';
import { testWorld } from './testing/test-world.js';

const yes = { kind: 'true-false', value: true };

function appliedOnce(applications: Map<string, number>): boolean {
  return [...applications.values()].every((count) => count === 1);
}

describe('the outbox', () => {
  it('writes the entry before the first network call', async () => {
    const world = testWorld({ questions: 1 });
    const client = await world.open();
    const attempt = await world.time.settle(client.startAttempt('marathon'));
    let queuedAtSend = -1;
    world.server.faults = () => {
      const records = world.device.collections.get('outbox')?.records.size ?? 0;
      queuedAtSend = records;
      return undefined;
    };
    await world.time.settle(client.answer(attempt.id, 'm-1', yes));
    assert.equal(queuedAtSend, 1);
    assert.equal(world.device.collections.get('outbox')?.records.size, 0);
    await client.close();
  });

  it('retries 5xx with backoff on the scheduler and applies the answer once', async () => {
    const world = testWorld({ questions: 1 });
    const client = await world.open({ retryBaseMs: 1_000 });
    const attempt = await world.time.settle(client.startAttempt('marathon'));
    let failures = 3;
    world.server.faults = () => (failures-- > 0 ? 'server-error' : undefined);
    const startedAt = world.time.current;
    const outcome = await world.time.settle(client.answer(attempt.id, 'm-1', yes));
    assert.equal(outcome.status, 'pending');
    // Three retries on the manual clock: 0.5–1 s, 1–2 s, 2–4 s after each failure.
    while ((await client.outbox()).pending.length > 0) {
      assert.ok(world.time.runNext(), 'a retry is scheduled');
      await world.time.drain();
    }
    const waited = world.time.current - startedAt;
    assert.ok(waited >= 1_000 && waited <= 7_000, `retried after ${waited} ms`);
    assert.equal(world.server.applications.size, 2); // the attempt and the answer
    assert.ok(appliedOnce(world.server.applications));
    const view = await world.time.settle(client.attempt(attempt.id));
    assert.equal(view.verdicts.length, 1);
    await client.close();
  });

  it('abandons a request that never answers after timeoutMs and keeps the answer', async () => {
    const world = testWorld({ questions: 1 });
    const client = await world.open({ timeoutMs: 2_000 });
    const attempt = await world.time.settle(client.startAttempt('marathon'));
    world.setFault('timeout');
    const before = world.time.current;
    const outcome = await world.time.settle(client.answer(attempt.id, 'm-1', yes));
    assert.deepEqual(outcome, { status: 'pending', questionId: 'm-1' });
    assert.equal(world.time.current - before, 2_000);
    const [pending] = (await client.outbox()).pending;
    assert.equal(pending?.lastError?.code, 'MIND_NETWORK');
    world.setFault(undefined);
    assert.deepEqual(await world.time.settle(client.flush()), { delivered: 1, refused: 0, pending: 0 });
    await client.close();
  });

  it('keeps answers given offline and delivers them, in order, once online', async () => {
    const world = testWorld({ questions: 3 });
    const client = await world.open();
    const attempt = await world.time.settle(client.startAttempt('marathon'));
    const changes: MindshareChange[] = [];
    client.subscribe((change) => changes.push(change));
    world.setFault('network-error');
    for (const questionId of attempt.questionIds) {
      const outcome = await world.time.settle(client.answer(attempt.id, questionId, yes));
      assert.equal(outcome.status, 'pending');
    }
    const pending = (await client.outbox()).pending;
    assert.deepEqual(
      pending.map((write) => write.operation),
      ['answer', 'answer', 'answer'],
    );
    assert.ok(pending.every((write, index) => index === 0 || write.sequence > pending[index - 1]!.sequence));
    world.setFault(undefined);
    assert.deepEqual(await world.time.settle(client.flush()), { delivered: 3, refused: 0, pending: 0 });
    assert.equal((await world.time.settle(client.attempt(attempt.id))).verdicts.length, 3);
    assert.equal(changes.filter((change) => change.origin === 'remote').length, 3);
    await client.close();
  });

  it('applies an answer once when the reply is lost after the server committed', async () => {
    const world = testWorld({ questions: 1 });
    const client = await world.open();
    const attempt = await world.time.settle(client.startAttempt('marathon'));
    world.setFault('drop-reply');
    assert.equal((await world.time.settle(client.answer(attempt.id, 'm-1', yes))).status, 'pending');
    world.setFault(undefined);
    await world.time.settle(client.flush());
    assert.equal(world.server.applications.size, 2);
    assert.ok(appliedOnce(world.server.applications));
    assert.deepEqual(await client.outbox(), { pending: [], refused: [] });
    await client.close();
  });

  it('server: the same key with another body is refused with 422 MIND_CONFLICT', async () => {
    const KEY = '0123456789abcdef0123456789abcdef';
    const world = testWorld({ questions: 2 });
    const client = await world.open();
    const attempt = await world.time.settle(client.startAttempt('marathon'));
    const send = (questionId: string) =>
      world.server.fetch(
        new Request(`${world.server.baseUrl}/v1/attempts/${attempt.id}/answers`, {
          method: 'POST',
          headers: {
            authorization: 'Bearer token-s-anna',
            'idempotency-key': KEY,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ questionId, response: yes }),
        }),
      );
    const first = await send('m-1');
    const replay = await send('m-1');
    assert.equal(first.status, 200);
    assert.deepEqual(await replay.json(), await first.json());
    const other = await send('m-2');
    assert.equal(other.status, 422);
    assert.equal(((await other.json()) as { error: { code: string } }).error.code, 'MIND_CONFLICT');
    assert.equal(world.server.applications.get(`Bearer token-s-anna ${KEY}`), 1);
    // A key that is not 32 hexadecimal characters is refused, by the mock as by the server.
    const malformed = await world.server.fetch(
      new Request(`${world.server.baseUrl}/v1/attempts/${attempt.id}/answers`, {
        method: 'POST',
        headers: {
          authorization: 'Bearer token-s-anna',
          'idempotency-key': 'short',
          'content-type': 'application/json',
        },
        body: JSON.stringify({ questionId: 'm-2', response: yes }),
      }),
    );
    assert.equal(malformed.status, 400);
    assert.deepEqual(((await malformed.json()) as { error: { path: string[] } }).error.path, ['Idempotency-Key']);
    await client.close();
  });

  it('records an answer refused when it finally arrives (deadline passed) and announces it', async () => {
    const world = testWorld();
    const client = await world.open();
    const attempt = await world.time.settle(client.startAttempt('sprint'));
    world.setFault('network-error');
    assert.equal((await world.time.settle(client.answer(attempt.id, 's-1', yes))).status, 'pending');
    await client.close();
    await world.time.advance(120_000);
    world.setFault(undefined);
    const reopened = await world.open({}, { startFlush: false });
    const changes: MindshareChange[] = [];
    reopened.subscribe((change) => changes.push(change));
    await world.time.advance(0);
    const status = await reopened.outbox();
    assert.deepEqual(status.pending, []);
    assert.equal(status.refused.length, 1);
    assert.equal(status.refused[0]!.operation, 'answer');
    assert.equal(status.refused[0]!.error.code, 'MIND_DEADLINE_PASSED');
    assert.ok(changes.some((change) => change.origin === 'remote' && change.areas.includes('challenges')));
    await reopened.dismissRefused(status.refused[0]!.key);
    assert.deepEqual((await reopened.outbox()).refused, []);
    await reopened.close();
  });

  it('resolves markSeen offline, rejects vote with MIND_NETWORK, and keeps both queued', async () => {
    const world = testWorld();
    const client = await world.open();
    world.setFault('network-error');
    await world.time.settle(client.markSeen('n-hello'));
    await assert.rejects(world.time.settle(client.vote('n-poll', ['pro'])), (error: unknown) =>
      isMindError(error, 'MIND_NETWORK'),
    );
    assert.deepEqual(
      (await client.outbox()).pending.map((write) => write.operation),
      ['markSeen', 'vote'],
    );
    world.setFault(undefined);
    await world.time.settle(client.flush());
    const feed = await world.time.settle(client.feed());
    assert.deepEqual(feed.items.find((item) => item.nugget.id === 'n-poll')?.poll?.mine, ['pro']);
    await client.close();
  });

  it('delivers what a closed client left behind when the next one opens', async () => {
    const world = testWorld({ questions: 2 });
    const first = await world.open();
    const attempt = await world.time.settle(first.startAttempt('marathon'));
    world.setFault('network-error');
    await world.time.settle(first.answer(attempt.id, 'm-1', yes));
    await world.time.settle(first.answer(attempt.id, 'm-2', yes));
    await first.close();
    world.setFault(undefined);
    const second = await world.open();
    await world.time.advance(0);
    assert.deepEqual(await second.outbox(), { pending: [], refused: [] });
    assert.equal((await world.time.settle(second.attempt(attempt.id))).verdicts.length, 2);
    await second.close();
  });

  it('lets two clients over one device flush one at a time, each write applied once', async () => {
    const world = testWorld({ questions: 6 });
    const a = await world.open();
    const b = await world.open();
    const attempt = await world.time.settle(a.startAttempt('marathon'));
    const faults: Fault[] = ['network-error', 'drop-reply'];
    let turn = 0;
    world.server.faults = (request) => (request.method === 'POST' ? faults[turn++ % 3] : undefined);
    const answers = attempt.questionIds.map((questionId, index) =>
      (index % 2 ? a : b).answer(attempt.id, questionId, yes),
    );
    await world.time.settle(Promise.all(answers));
    world.setFault(undefined);
    await world.time.settle(Promise.all([a.flush(), b.flush()]));
    assert.equal((await world.time.settle(a.attempt(attempt.id))).verdicts.length, 6);
    assert.ok(appliedOnce(world.server.applications));
    await a.close();
    await b.close();
  });
  it('retries a write refused with 401 once the token function gives a fresh token', async () => {
    const world = testWorld({ questions: 1 });
    let token = 'token-s-anna';
    const client = await world.open({ token: () => token });
    const attempt = await world.time.settle(client.startAttempt('marathon'));
    token = 'expired';
    assert.equal((await world.time.settle(client.answer(attempt.id, 'm-1', yes))).status, 'pending');
    assert.equal((await client.outbox()).pending[0]?.lastError?.code, 'MIND_FORBIDDEN');
    token = 'token-s-anna';
    assert.deepEqual(await world.time.settle(client.flush()), { delivered: 1, refused: 0, pending: 0 });
    await client.close();
  });

  it("never sends one viewer's queued writes with another viewer's token", async () => {
    const world = testWorld();
    const anna = await world.open();
    world.setFault('network-error');
    await world.time.settle(anna.markSeen('n-hello'));
    await anna.close();
    world.setFault(undefined);
    const bruno = await world.open({ token: 'token-s-bruno' });
    assert.equal(bruno.viewer.id, 's-bruno');
    assert.deepEqual(await world.time.settle(bruno.flush()), { delivered: 0, refused: 0, pending: 0 });
    assert.equal(world.server.applications.size, 0);
    await bruno.close();
    const again = await world.open();
    assert.deepEqual(await again.outbox(), { pending: [], refused: [] });
    assert.equal(world.server.applications.size, 1);
    await again.close();
  });
});

describe('reveals queued by an earlier client', () => {
  it('are delivered whatever the server replies, and do not hold the answers queued behind them', async () => {
    const world = testWorld({ questions: 1 });
    let client = await world.open();
    const attempt = await world.time.settle(client.startAttempt('marathon'));
    await client.close();
    // Before showQuestion needed the server's reply, a reveal was queued like an answer.
    const device = createMemoryStorage({ database: world.device });
    await device.open(outboxSchema('mindshare-http-outbox'));
    const legacy: OutboxRecord = {
      key: 'a'.repeat(32),
      viewerId: 's-anna',
      clientId: 'an-earlier-client',
      sequence: 0,
      operation: 'showQuestion',
      path: `/v1/attempts/${attempt.id}/shown`,
      body: { questionId: 'm-1' },
      areas: ['challenges'],
      createdAt: world.time.current,
      tries: 0,
      nextTryAt: world.time.current,
    };
    await device.put(OUTBOX.entries, legacy);
    await device.close();
    world.setFault('network-error');
    // An older server answers a reveal 204, no body; a newer one the question.
    client = await world.open({
      fetch: async (request) => {
        const response = await world.server.fetch(request);
        return request.url.endsWith('/shown') && response.ok ? new Response(null, { status: 204 }) : response;
      },
    });
    assert.equal((await world.time.settle(client.answer(attempt.id, 'm-1', yes))).status, 'pending');
    world.setFault(undefined);
    assert.deepEqual(await world.time.settle(client.flush()), { delivered: 2, refused: 0, pending: 0 });
    const view = await world.time.settle(client.attempt(attempt.id));
    assert.deepEqual(
      view.verdicts.map((verdict) => verdict.questionId),
      ['m-1'],
    );
    await client.close();
  });
});
