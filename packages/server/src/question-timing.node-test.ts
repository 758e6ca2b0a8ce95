// The clock of a ranked question runs on the server, from the reveal: the attack of issue 14 (read
// the question for 55 s, then ask for a fresh clock just before answering) must score as timed out.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scenarioPack } from '@mindshare/core/testing';
import { openDatabase } from './storage/database.js';
import { testServer, type TestServer } from './testing/test-server.js';

const ADMIN = ['--admin-token', 'admin-token-for-tests'];
const TRIAL_PROMPT = 'The trial lasts 30 days.';

/** The scenario pack with a 60-second limit on the trial question and a speed bonus. */
function timedPack() {
  const pack = scenarioPack();
  const challenge = pack.challenges![0]!;
  const questions = challenge.questions.map((question) =>
    question.id === 'q-trial' ? { ...question, timeLimitSeconds: 60 } : question,
  );
  return {
    ...pack,
    version: '1.0.1',
    challenges: [{ ...challenge, scoring: { points: 10, speedBonus: { points: 10 } }, questions }],
  };
}

async function json<T>(server: TestServer, method: string, path: string, body?: unknown): Promise<T> {
  const response = await server.call(method, path, { as: 's-anna', ...(body === undefined ? {} : { body }) });
  assert.ok(response.ok, `${method} ${path} → ${response.status} ${await response.clone().text()}`);
  return (await response.json()) as T;
}

describe('question timing on the server', () => {
  it('sends no question text at start, and times an answer from the first reveal on any process', async () => {
    const database = await openDatabase({ inMemory: true, storeName: 'main' });
    const first = await testServer(ADMIN, { database });
    const second = await testServer(ADMIN, { database });
    try {
      const published = await first.call('PUT', '/admin/pack', {
        body: timedPack(),
        headers: { authorization: 'Bearer admin-token-for-tests' },
      });
      assert.equal(published.status, 200, await published.clone().text());
      await second.server.refresh();
      const attempt = await json<{ id: string; questionIds: string[] }>(
        first,
        'POST',
        '/v1/challenges/spring-launch/attempts',
        {},
      );
      assert.equal(attempt.questionIds.length, 3);
      assert.ok(!JSON.stringify(attempt).includes(TRIAL_PROMPT), 'the start reply carries no question text');

      const shown = `/v1/attempts/${attempt.id}/shown`;
      const revealed = await json<{ prompt: { en: string } }>(first, 'POST', shown, { questionId: 'q-trial' });
      assert.equal(revealed.prompt.en, TRIAL_PROMPT);
      first.time.now += 55_000;
      second.time.now = first.time.now;
      assert.deepEqual(await json(second, 'POST', shown, { questionId: 'q-trial' }), revealed);
      second.time.now += 6_000;
      const verdict = await json<{ timedOut: boolean; points: number }>(
        second,
        'POST',
        `/v1/attempts/${attempt.id}/answers`,
        { questionId: 'q-trial', response: { kind: 'true-false', value: true } },
      );
      assert.equal(verdict.timedOut, true);
      assert.equal(verdict.points, 0);
    } finally {
      await Promise.all([first.close(), second.close()]);
      await database.close();
    }
  });

  it('reveals the question answered next with the start when the body asks { "reveal": "next" }, and refuses another value', async () => {
    const t = await testServer();
    try {
      const refused = await t.call('POST', '/v1/challenges/spring-launch/attempts', {
        as: 's-anna',
        body: { reveal: 'all' },
      });
      assert.equal(refused.status, 400);
      const { error } = (await refused.json()) as { error: { code: string; path: string[] } };
      assert.deepEqual([error.code, error.path], ['MIND_INVALID_INPUT', ['reveal']]);
      const attempt = await json<{ id: string; questionIds: string[]; questions: { id: string }[] }>(
        t,
        'POST',
        '/v1/challenges/spring-launch/attempts',
        { reveal: 'next' },
      );
      assert.deepEqual(
        attempt.questions.map((question) => question.id),
        [attempt.questionIds[0]],
      );
      // Stored with the start: reading the attempt again shows it revealed.
      const read = await json<{ questions: { id: string }[] }>(t, 'GET', `/v1/attempts/${attempt.id}`);
      assert.deepEqual(read.questions, attempt.questions);
    } finally {
      await t.close();
    }
  });
});
