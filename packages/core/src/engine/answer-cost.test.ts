import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MindshareApi } from '../api/mindshare-api.js';
import type { MasteryRecord } from '../mastery/mastery-record.schema.js';
import { createMemoryDatabase, type MemoryDatabase } from '../storage/memory-database.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import type { StorageAdapter } from '../storage/storage-adapter.js';
import { scenarioDirectory, scenarioPack } from '../testing/scenario-pack.js';
import { seededRandom, testClock } from '../testing/scenario-engine.js';
import { createMindshare } from './create-mindshare.js';
import { createMindshareHost } from './create-host.js';
import { engineSchema } from './engine-schema.js';

// Over IndexedDB every storage call is a transaction of its own: these count the calls an answer
// makes, which is what a seller on a slow phone waits for.

// The challenge is open and the mini-quiz of the everyone line (third release, 29 March) out.
const SPRING_OPEN = Date.UTC(2027, 2, 30, 12);

interface Calls {
  reads: number;
  writes: number;
}

/** A memory adapter over `database` that counts its read and write calls. */
function counted(database: MemoryDatabase): { storage: StorageAdapter; calls: Calls } {
  const storage = createMemoryStorage({ database });
  const calls: Calls = { reads: 0, writes: 0 };
  for (const name of ['get', 'query', 'count', 'readChunks'] as const) {
    const read = (storage[name] as (...args: unknown[]) => Promise<unknown>).bind(storage);
    Object.assign(storage, { [name]: (...args: unknown[]) => (calls.reads++, read(...args)) });
  }
  for (const name of ['batch', 'put', 'delete'] as const) {
    const write = (storage[name] as (...args: unknown[]) => Promise<unknown>).bind(storage);
    Object.assign(storage, { [name]: (...args: unknown[]) => (calls.writes++, write(...args)) });
  }
  return { storage, calls };
}

function open(storage: StorageAdapter, viewerId: string, seed: number) {
  return createMindshare({
    storage,
    content: scenarioPack(),
    directory: scenarioDirectory(),
    viewer: { id: viewerId },
    clock: testClock(SPRING_OPEN).now,
    random: seededRandom(seed),
  });
}

const RESPONSES: Record<string, unknown> = {
  'q-support': { kind: 'single', choiceId: 'basic' },
  'q-sso': { kind: 'multiple', choiceIds: ['pro', 'enterprise'] },
  'q-trial': { kind: 'true-false', value: true },
};

async function showAndAnswer(api: MindshareApi, attemptId: string, questionId: string) {
  await api.showQuestion(attemptId, questionId);
  return api.answer(attemptId, questionId, RESPONSES[questionId]);
}

test('in one browser a question shown and answered costs one storage call, the answer’s write', async () => {
  const database = createMemoryDatabase();
  const { storage, calls } = counted(database);
  const anna = await open(storage, 's-anna', 1);
  const attempt = await anna.startAttempt('spring-launch');
  const [first, ...rest] = attempt.questionIds;
  await showAndAnswer(anna, attempt.id, first!);
  for (const questionId of rest) {
    const before = { ...calls };
    const outcome = await showAndAnswer(anna, attempt.id, questionId);
    assert.equal(outcome.status, 'scored');
    assert.equal(calls.reads - before.reads, 0, `reads for ${questionId}`);
    assert.equal(calls.writes - before.writes, 1, `writes for ${questionId}: the answer, with the time it was shown`);
  }
  // What was acknowledged is in storage, not only in the engine's memory: another tab reads it.
  const other = await open(createMemoryStorage({ database }), 's-anna', 2);
  const resumed = await other.attempt(attempt.id);
  assert.equal(resumed.verdicts.length, 3);
});

test('a host that writes shown times at once pays one write for the show and one for the answer', async () => {
  const database = createMemoryDatabase();
  const { storage, calls } = counted(database);
  const host = await createMindshareHost({
    storage,
    content: scenarioPack(),
    directory: scenarioDirectory(),
    clock: testClock(SPRING_OPEN).now,
    random: seededRandom(4),
  });
  const anna = host.as({ id: 's-anna' });
  const attempt = await anna.startAttempt('spring-launch');
  const [first, second] = attempt.questionIds;
  await showAndAnswer(anna, attempt.id, first!);
  const before = { ...calls };
  await anna.showQuestion(attempt.id, second!);
  assert.equal(calls.writes - before.writes, 1, 'the shown time is stored before the answer comes');
  await anna.answer(attempt.id, second!, RESPONSES[second!]);
  assert.deepEqual(
    { reads: calls.reads - before.reads, writes: calls.writes - before.writes },
    { reads: 0, writes: 2 },
  );
  await host.close();
});

test('a shown time kept in memory is the one the answer is timed from, and is stored with it', async () => {
  const database = createMemoryDatabase();
  const clock = testClock(SPRING_OPEN);
  const anna = await createMindshare({
    storage: createMemoryStorage({ database }),
    content: scenarioPack(),
    directory: scenarioDirectory(),
    viewer: { id: 's-anna' },
    clock: clock.now,
    random: seededRandom(5),
  });
  const attempt = await anna.startAttempt('spring-launch');
  clock.advance(60_000); // a minute on the start view
  await anna.showQuestion(attempt.id, 'q-trial');
  const shownAt = clock.now();
  clock.advance(5_000);
  await anna.answer(attempt.id, 'q-trial', RESPONSES['q-trial']);
  const reader = createMemoryStorage({ database });
  await reader.open(engineSchema('mindshare-northwind'));
  const stored = await reader.get<{ shownAt: Record<string, number> }>('attempts', attempt.id);
  assert.equal(stored?.shownAt['q-trial'], shownAt);
});

test('learning records another tab wrote are read again, not overwritten from a stale copy', async () => {
  const database = createMemoryDatabase();
  const anna = await open(createMemoryStorage({ database }), 's-anna', 1);
  const otherTab = await open(createMemoryStorage({ database }), 's-anna', 2);
  const attempt = await anna.startAttempt('spring-launch');
  await showAndAnswer(anna, attempt.id, 'q-trial'); // pricing mastery: 1 answer, now kept by this tab
  // The other tab practises a pricing question meanwhile: pricing mastery now counts 2 answers.
  await otherTab.answerPractice('q-quiz-term', { kind: 'numeric', value: 12 });
  await showAndAnswer(anna, attempt.id, 'q-support'); // pricing again
  const records = [...database.collections.get('mastery')!.records.values()].map(
    (entry) => entry.value as MasteryRecord,
  );
  const pricing = records.find((record) => record.sellerId === 's-anna' && record.topicId === 'pricing')!;
  assert.equal(pricing.count, 3, 'the quiz answer after the other tab’s practice counts all three');
});

test('learning records another tab changed are not overwritten even before its announcement arrives', async () => {
  const database = createMemoryDatabase();
  // Tab A hears of other tabs' writes only when the test lets it (a BroadcastChannel message on its way).
  const late: (() => void)[] = [];
  const tabA = createMemoryStorage({ database });
  const watch = tabA.watch!.bind(tabA);
  tabA.watch = (listener) => watch((change) => late.push(() => listener(change)));
  const anna = await open(tabA, 's-anna', 1);
  const otherTab = await open(createMemoryStorage({ database }), 's-anna', 2);
  const attempt = await anna.startAttempt('spring-launch');
  await showAndAnswer(anna, attempt.id, 'q-trial'); // pricing mastery: 1 answer, kept by tab A
  await otherTab.answerPractice('q-quiz-term', { kind: 'numeric', value: 12 }); // pricing: 2, unannounced
  const verdict = await showAndAnswer(anna, attempt.id, 'q-support'); // pricing again, from a stale copy
  assert.equal(verdict.status, 'scored');
  const records = [...database.collections.get('mastery')!.records.values()].map(
    (entry) => entry.value as MasteryRecord,
  );
  const pricing = records.find((record) => record.sellerId === 's-anna' && record.topicId === 'pricing')!;
  assert.equal(pricing.count, 3, 'the stale write was refused and made again over the other tab’s');
  for (const deliver of late) deliver();
});
