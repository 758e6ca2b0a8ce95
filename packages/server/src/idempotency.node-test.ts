import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SCENARIO_TIME } from '@mindshare/core/testing';
import { openDatabase } from './storage/database.js';
import { REQUESTS } from './storage/request-records.js';
import { newKey, testServer, type TestServer } from './testing/test-server.js';

const yes = { kind: 'true-false', value: true };

describe('exactly once', () => {
  let t: TestServer;
  before(async () => {
    t = await testServer();
  });
  after(() => t.close());

  async function attempt(as: string): Promise<string> {
    const response = await t.call('POST', '/v1/challenges/spring-launch/attempts', { as, body: {} });
    assert.equal(response.status, 200);
    return ((await response.json()) as { id: string }).id;
  }

  it('replays the original reply to the same key and refuses the key for another request', async () => {
    const id = await attempt('s-anna');
    const key = newKey();
    const body = { questionId: 'q-trial', response: yes };
    const first = await t.call('POST', `/v1/attempts/${id}/answers`, { as: 's-anna', key, body });
    const again = await t.call('POST', `/v1/attempts/${id}/answers`, { as: 's-anna', key, body });
    assert.equal(first.status, 200);
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), await first.json());
    const other = await t.call('POST', `/v1/attempts/${id}/answers`, {
      as: 's-anna',
      key,
      body: { questionId: 'q-support', response: { kind: 'single', choiceId: 'pro' } },
    });
    assert.equal(other.status, 422);
    // The first answer stands alone: the reused key applied nothing.
    const view = (await (await t.call('GET', `/v1/attempts/${id}`, { as: 's-anna' })).json()) as {
      verdicts: unknown[];
    };
    assert.equal(view.verdicts.length, 1);
  });

  it("keeps keys per viewer: another seller's identical key is their own write", async () => {
    const key = newKey();
    const anna = await attempt('s-bruno');
    const chloe = await t.call('POST', '/v1/challenges/spring-launch/attempts', { as: 's-chloe', key, body: {} });
    const bruno = await t.call('POST', `/v1/attempts/${anna}/answers`, {
      as: 's-bruno',
      key,
      body: { questionId: 'q-trial', response: yes },
    });
    assert.equal(chloe.status, 200);
    assert.equal(bruno.status, 200);
  });

  it('answers a retry with the reply rebuilt from the write when the process died between the commit and the reply', async () => {
    const id = await attempt('s-david');
    const key = newKey();
    const body = { questionId: 'q-trial', response: yes };
    const first = await t.call('POST', `/v1/attempts/${id}/answers`, { as: 's-david', key, body });
    const original = await first.json();
    // What a crash after the commit leaves: the record written with the answer, no reply in it.
    const table = `"${t.server.database.schema}"."${REQUESTS}"`;
    await t.server.database.query(`UPDATE ${table} SET value = value - 'reply'`);
    const retry = await t.call('POST', `/v1/attempts/${id}/answers`, { as: 's-david', key, body });
    assert.equal(retry.status, 200, 'not 409 ALREADY_ANSWERED');
    assert.deepEqual(await retry.json(), original);
  });

  it('keeps a refusal like a success: the same request gets the same 4xx', async () => {
    const key = newKey();
    const body = { questionId: 'q-trial', response: yes };
    const first = await t.call('POST', '/v1/attempts/attempt-none/answers', { as: 's-emma', key, body });
    const again = await t.call('POST', '/v1/attempts/attempt-none/answers', { as: 's-emma', key, body });
    assert.equal(first.status, 404);
    assert.equal(again.status, 404);
    assert.deepEqual(await again.json(), await first.json());
  });

  it('refuses a write without a well-formed Idempotency-Key', async () => {
    const response = await t.call('POST', '/v1/challenges/spring-launch/attempts', {
      as: 's-farid',
      body: {},
      headers: { 'idempotency-key': 'not-hex' },
    });
    assert.equal(response.status, 400);
    assert.deepEqual(((await response.json()) as { error: { path: string[] } }).error.path, ['Idempotency-Key']);
  });

  it('purges keys older than the retention, and only those', async () => {
    const before = await t.server.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${t.server.database.schema}"."${REQUESTS}"`,
    );
    assert.ok(before[0]!.n > 0);
    assert.equal(await t.server.idempotency.purge(60_000), 0);
    t.time.now += 31 * 24 * 60 * 60 * 1000;
    assert.equal(await t.server.idempotency.purge(30 * 24 * 60 * 60 * 1000), before[0]!.n);
  });
});

describe('one key sent to two processes at once', () => {
  it('applies the write once and gives both the same reply', async () => {
    const database = await openDatabase({ inMemory: true, storeName: 'main' });
    const one = await testServer([], { database });
    const two = await testServer([], { database });
    try {
      const started = await one.call('POST', '/v1/challenges/spring-launch/attempts', { as: 's-anna', body: {} });
      const { id } = (await started.json()) as { id: string };
      let applied = 0;
      for (const t of [one, two]) t.server.idempotency.onApplied = () => (applied += 1);
      const key = newKey();
      const body = { questionId: 'q-trial', response: yes };
      const replies = await Promise.all(
        [one, two].map((t) => t.call('POST', `/v1/attempts/${id}/answers`, { as: 's-anna', key, body })),
      );
      assert.deepEqual(
        replies.map((reply) => reply.status),
        [200, 200],
      );
      const [a, b] = await Promise.all(replies.map((reply) => reply.json()));
      assert.deepEqual(a, b);
      assert.equal(applied, 1);
    } finally {
      await one.close();
      await two.close();
      await database.close();
    }
  });
});

describe('a reply lost with the process, on every write', () => {
  it('is rebuilt from what the write left, equal to the original, without applying it again', async () => {
    const t = await testServer();
    try {
      const table = `"${t.server.database.schema}"."${REQUESTS}"`;
      /** Sends a write, forgets its reply as a crash after the commit would, retries it. */
      const crashAndRetry = async (as: string, method: string, path: string, body: unknown) => {
        const key = newKey();
        const first = await t.call(method, path, { as, key, body });
        assert.ok(first.status < 300, `${method} ${path}: ${first.status} ${await first.clone().text()}`);
        await t.server.database.query(`UPDATE ${table} SET value = value - 'reply'`);
        const retry = await t.call(method, path, { as, key, body });
        const [original, rebuilt] = [await first.text(), await retry.text()];
        assert.equal(retry.status, first.status, `${method} ${path}: ${rebuilt}`);
        return [original === '' ? null : JSON.parse(original), rebuilt === '' ? null : JSON.parse(rebuilt)] as const;
      };
      const same = async (as: string, method: string, path: string, body: unknown = {}) => {
        const [original, rebuilt] = await crashAndRetry(as, method, path, body);
        assert.deepEqual(rebuilt, original, `${method} ${path}`);
        return original as Record<string, unknown> | null;
      };
      t.time.now = SCENARIO_TIME.secondPlatinumRelease + 60 * 60 * 1000; // the Platinum line's poll is out

      const attempt = (await same('s-anna', 'POST', '/v1/challenges/spring-launch/attempts')) as { id: string };
      await same('s-anna', 'POST', `/v1/attempts/${attempt.id}/shown`, { questionId: 'q-trial' });
      await same('s-anna', 'POST', `/v1/attempts/${attempt.id}/answers`, {
        questionId: 'q-trial',
        response: { kind: 'true-false', value: true },
      });
      // A resume minutes later that reveals the next question writes that reveal: its reply too.
      t.time.now += 2 * 60_000;
      const resumed = await same('s-anna', 'POST', '/v1/challenges/spring-launch/attempts', { reveal: 'next' });
      assert.equal(resumed?.['id'], attempt.id);
      assert.equal((resumed?.['questions'] as unknown[]).length, 2, 'the answered question and the one revealed');
      const [finished, refinished] = await crashAndRetry('s-anna', 'POST', `/v1/attempts/${attempt.id}/finish`, {});
      // The rank before the attempt is not kept; everything else is the same.
      assert.deepEqual({ ...refinished, previousRank: undefined }, { ...finished, previousRank: undefined });
      const views = (await (await t.call('GET', '/v1/challenges', { as: 's-anna' })).json()) as {
        attemptsUsed: number;
      }[];
      assert.equal(views[0]!.attemptsUsed, 1, 'no attempt started twice');

      await same('s-anna', 'POST', '/v1/nuggets/n-welcome/seen');
      await same('s-anna', 'POST', '/v1/nuggets/n-platinum-poll/votes', { optionIds: ['pro'] });
      await same('s-anna', 'POST', '/v1/nuggets/n-objections/responses', { text: 'Trop cher' });
      await same('mgr-marc', 'PUT', '/v1/responses/n-objections~s-anna/handled', { handled: true });
      await same('s-anna', 'PUT', '/v1/repetition-hold', { until: t.time.now + 86_400_000 });
      await same('s-anna', 'PUT', '/v1/repetition-hold', { until: null });
      await same('s-anna', 'PUT', '/v1/me/board-visibility', { visible: false });
      await same('s-anna', 'PUT', '/v1/me/board-visibility', { visible: true });

      const take = (await same('s-anna', 'POST', '/v1/recordings', {
        promptId: 'elevator',
        mimeType: 'video/webm',
      })) as {
        recordingId: string;
      };
      const id = take.recordingId;
      await t.call('PUT', `/v1/recordings/${id}/media?offset=0`, { as: 's-anna', body: new Uint8Array([1, 2, 3]) });
      await same('s-anna', 'POST', `/v1/recordings/${id}/finish`, { durationMs: 30_000, size: 3 });
      await same('s-anna', 'PUT', `/v1/recordings/${id}/consent`, { consent: true });
      await same('coach-camille', 'POST', `/v1/recordings/${id}/claim`);
      await same('coach-camille', 'DELETE', `/v1/recordings/${id}/claim`);
      await same('coach-camille', 'POST', `/v1/recordings/${id}/claim`, { takeOver: false });
      await same('coach-camille', 'POST', `/v1/recordings/${id}/reviews`, {
        scores: [
          { criterionId: 'clarity', score: 3 },
          { criterionId: 'value', score: 5 },
        ],
        comments: [],
        feedback: 'Bien.',
      });
      await same('coach-camille', 'POST', `/v1/recordings/${id}/publish`);

      const other = (await same('s-bruno', 'POST', '/v1/recordings', {
        promptId: 'elevator',
        mimeType: 'video/webm',
      })) as {
        recordingId: string;
      };
      await same('s-bruno', 'DELETE', `/v1/recordings/${other.recordingId}`);
      await same('s-bruno', 'DELETE', '/v1/sellers/s-bruno');
    } finally {
      await t.close();
    }
  });
});
