import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnswerOutcome } from '../api/mindshare-api.js';
import { createMemoryLeaderboardStore } from '../leaderboard/memory-leaderboard-store.js';
import type { LeaderboardStore } from '../leaderboard/leaderboard-store.js';
import type { MasteryRecord } from '../mastery/mastery-record.schema.js';
import { createMemoryDatabase, type MemoryDatabase } from '../storage/memory-database.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import type { QueryOptions, StorageAdapter } from '../storage/storage-adapter.js';
import { scenarioDirectory, scenarioPack } from '../testing/scenario-pack.js';
import { contentPack } from '../testing/pack-builder.js';
import { seededRandom, testClock } from '../testing/scenario-engine.js';
import { republishedTrialPack } from './engine.fixtures.js';
import { createMindshareHost, type MindshareHostOptions } from './create-host.js';
import { engineSchema } from './engine-schema.js';

// What happens when operations of a host meet: an update, an erasure, a store that fails, a
// second process. Each test holds one operation at a storage call and lets the other through.

const SPRING_OPEN = Date.UTC(2027, 2, 2, 9);
const STORE = 'mindshare-northwind';

type Directory = { sellers: Record<string, unknown>[] };

/** A gate: `wait()` blocks until `open()`; `reached` resolves when something waits. */
function gate() {
  let open!: () => void;
  let reach!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const reached = new Promise<void>((resolve) => (reach = resolve));
  return { open, reached, wait: () => (reach(), opened) };
}

/** A memory adapter whose `query` of `collection` waits at `held` (once) when armed. */
function holding(database: MemoryDatabase, collection: string, byIndex = false) {
  const storage = createMemoryStorage({ database });
  const query = storage.query.bind(storage) as StorageAdapter['query'];
  let held: ReturnType<typeof gate> | undefined;
  Object.assign(storage, {
    query: (async (name: string, options?: QueryOptions) => {
      const hold = held;
      if (hold && name === collection && (options?.index !== undefined) === byIndex) {
        held = undefined;
        await hold.wait();
      }
      return query(name, options);
    }) as StorageAdapter['query'],
  });
  return { storage, arm: () => (held = gate()) };
}

function options(storage: StorageAdapter, extra: Partial<MindshareHostOptions> = {}): MindshareHostOptions {
  return {
    storage,
    content: scenarioPack(),
    directory: scenarioDirectory(),
    clock: testClock(SPRING_OPEN).now,
    random: seededRandom(1),
    ...extra,
  };
}

async function raw(database: MemoryDatabase): Promise<StorageAdapter> {
  const storage = createMemoryStorage({ database });
  await storage.open(engineSchema(STORE));
  return storage;
}

test('an update published while an attempt starts leaves that attempt on the pack it began with', async () => {
  const database = createMemoryDatabase();
  const { storage, arm } = holding(database, 'attempts', true);
  const host = await createMindshareHost(options(storage));
  const anna = host.as({ id: 's-anna' });
  const held = arm();
  const starting = anna.startAttempt('spring-launch');
  await held.reached;
  const pack = republishedTrialPack();
  await host.update({ content: pack });
  held.open();
  const attempt = await starting;
  const verdict = await anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
  assert.equal(verdict.status === 'scored' && verdict.correct, true, 'scored with the 1.0.0 key it began with');
  const stored = await (await raw(database)).get<{ packVersion: string }>('attempts', attempt.id);
  assert.equal(stored?.packVersion, '1.0.0');
  await host.close();
});

test('two updates in flight at once both take effect: neither republishes the other’s old half', async () => {
  const database = createMemoryDatabase();
  const host = await createMindshareHost(options(createMemoryStorage({ database })));
  const directory = scenarioDirectory() as Directory;
  directory.sellers.find((seller) => seller.id === 's-anna')!.displayName = 'Anna Renamed';
  const pack = contentPack().with({ version: '9.9.9' }).build();
  await Promise.all([host.update({ directory }), host.update({ content: pack })]);
  const anna = host.as({ id: 's-anna' });
  assert.equal(anna.viewer.displayName, 'Anna Renamed');
  const attempt = await anna.startAttempt('spring-launch');
  const stored = await (await raw(database)).get<{ packVersion: string }>('attempts', attempt.id);
  assert.equal(stored?.packVersion, '9.9.9');
  await host.close();
});

test('erasing a seller while their answer is in flight leaves nothing of theirs once both are done', async () => {
  const database = createMemoryDatabase();
  const { storage, arm } = holding(database, 'repetition', true);
  const host = await createMindshareHost(options(storage));
  const anna = host.as({ id: 's-anna' });
  const attempt = await anna.startAttempt('spring-launch');
  const held = arm();
  const answering = anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
  await held.reached;
  const erasing = host.as({ id: 'mgr-marc' }).deleteSellerData('s-anna');
  held.open();
  const outcome: AnswerOutcome | unknown = await answering.catch((error: unknown) => error);
  await erasing;
  assert.equal((outcome as AnswerOutcome).status, 'scored', 'the answer ran first, then the erasure');
  const store = await raw(database);
  for (const collection of ['attempts', 'attemptSteps', 'mastery', 'repetition', 'scores']) {
    const left = await store.query(collection, { index: 'bySeller', range: { only: 's-anna' } });
    assert.deepEqual(left, [], collection);
  }
  await host.close();
});

test('a leaderboard store that fails does not fail a finish already stored; the boards catch up later', async () => {
  const store = createMemoryLeaderboardStore();
  let down = false;
  const flaky: LeaderboardStore = {
    supports: store.supports,
    write: (operations) => (down ? Promise.reject(new Error('store unreachable')) : store.write(operations)),
    replace: (board, entries) => store.replace(board, entries),
    rank: (board, sellerId) => store.rank(board, sellerId),
    page: (board, offset, limit) => store.page(board, offset, limit),
    around: (board, sellerId, radius) => store.around(board, sellerId, radius),
    count: (board) => store.count(board),
    close: () => store.close(),
  };
  const host = await createMindshareHost(
    options(createMemoryStorage({ database: createMemoryDatabase() }), { leaderboards: flaky }),
  );
  const anna = host.as({ id: 's-anna' });
  await anna.leaderboard({ challengeId: 'spring-launch' }); // the boards are built
  const attempt = await anna.startAttempt('spring-launch');
  await anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
  down = true;
  const quiet = console.error;
  console.error = () => {}; // the failure is reported, as it should be
  try {
    const result = await anna.finishAttempt(attempt.id);
    assert.equal(result.counted, true);
  } finally {
    console.error = quiet;
  }
  assert.equal((await anna.attempt(attempt.id)).status, 'finished');
  down = false;
  const board = await anna.leaderboard({ challengeId: 'spring-launch' });
  assert.equal(board.me?.rank, 1, 'the next read built the boards afresh with the stored score');
  await host.close();
});

test('without watch, a process never writes back a stale attempt over an answer another process stored', async () => {
  const database = createMemoryDatabase();
  const unwatched = () => {
    const storage = createMemoryStorage({ database });
    return Object.assign(storage, { supports: { watch: false }, watch: undefined });
  };
  const first = await createMindshareHost(options(unwatched(), { random: seededRandom(1) }));
  const second = await createMindshareHost(options(unwatched(), { random: seededRandom(2) }));
  const inFirst = first.as({ id: 's-anna' });
  const attempt = await inFirst.startAttempt('spring-launch');
  const [one, two] = attempt.questionIds.filter((id) => id !== 'q-trial');
  await inFirst.showQuestion(attempt.id, one!);
  await second.as({ id: 's-anna' }).answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
  await inFirst.showQuestion(attempt.id, two!);
  const stored = await (await raw(database)).get<{ answers: unknown[] }>('attempts', attempt.id);
  assert.equal(stored?.answers.length, 1, 'the other process’s answer is still there');
  await first.close();
  await second.close();
});

test('a tab that keeps a reveal in memory cannot finish over an answer another tab stored meanwhile', async () => {
  const database = createMemoryDatabase();
  const held = holding(database, 'attempts', true);
  // Browser tabs: reveals stay in each tab's memory until its next write of the attempt.
  const first = await createMindshareHost(options(held.storage, { questionTimes: 'memory', random: seededRandom(1) }));
  const second = await createMindshareHost(
    options(createMemoryStorage({ database }), { questionTimes: 'memory', random: seededRandom(2) }),
  );
  const inFirst = first.as({ id: 's-anna' });
  const attempt = await inFirst.startAttempt('spring-launch');
  await inFirst.showQuestion(attempt.id, 'q-trial');
  const gateOf = held.arm();
  const finishing = inFirst.finishAttempt(attempt.id); // held once it has read the attempt
  await gateOf.reached;
  await second.as({ id: 's-anna' }).answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
  gateOf.open();
  const result = await finishing;
  const stored = await (await raw(database)).get<{ status: string; answers: unknown[] }>('attempts', attempt.id);
  assert.equal(stored?.status, 'finished');
  assert.equal(stored?.answers.length, 1, 'the other tab’s answer is kept in the finished attempt');
  assert.equal(result.correct, 1);
  await first.close();
  await second.close();
});

test('a practice answer and a quiz answer of one seller at once both count in mastery', async () => {
  const database = createMemoryDatabase();
  const storage = createMemoryStorage({ database });
  const batch = storage.batch.bind(storage);
  let slow = false;
  storage.batch = async (operations) => {
    if (slow && operations.some((operation) => 'collection' in operation && operation.collection === 'attempts')) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return batch(operations);
  };
  const host = await createMindshareHost(options(storage, { clock: testClock(Date.UTC(2027, 2, 30, 12)).now }));
  const anna = host.as({ id: 's-anna' });
  const attempt = await anna.startAttempt('spring-launch');
  await anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true }); // pricing: 1 answer
  slow = true;
  await Promise.all([
    anna.answer(attempt.id, 'q-support', { kind: 'single', choiceId: 'basic' }),
    anna.answerPractice('q-quiz-term', { kind: 'numeric', value: 12 }),
  ]);
  const pricing = await (await raw(database)).get<MasteryRecord>('mastery', ['s-anna', 'pricing']);
  assert.equal(pricing?.count, 3);
  await host.close();
});

test('one corrupt recording does not keep a host from opening', async () => {
  const database = createMemoryDatabase();
  const store = await raw(database);
  await store.put('recordings', { id: 'r1', sellerId: 's-anna', promptId: 'elevator', createdAt: 'yesterday' });
  await store.close();
  const host = await createMindshareHost(options(createMemoryStorage({ database })));
  assert.equal((await host.as({ id: 's-anna' }).challenges()).length, 1);
  await host.close();
});
