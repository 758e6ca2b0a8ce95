import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MindshareApi } from '../api/mindshare-api.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import type { StorageAdapter } from '../storage/storage-adapter.js';
import { scenarioDirectory, scenarioPack } from '../testing/scenario-pack.js';
import { scenarioWorld, seededRandom, type ScenarioWorld } from '../testing/scenario-engine.js';
import { createMindshare } from './create-mindshare.js';

// The boards are built on first need, from a read of every stored score: these are the races and
// failures that build can meet now that API calls may overlap it.

async function finishRight(world: ScenarioWorld, sellerId: string) {
  const api = await world.as(sellerId);
  const attempt = await api.startAttempt('spring-launch');
  await api.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
  return api.finishAttempt(attempt.id);
}

/** An engine over the world's database whose full read of the scores is `wrapped`. */
function engineFor(
  world: ScenarioWorld,
  viewerId: string,
  wrapped: (read: () => Promise<unknown[]>) => Promise<unknown[]>,
  wrappedGet: (read: () => Promise<unknown>) => Promise<unknown> = (read) => read(),
): Promise<MindshareApi> {
  const storage = createMemoryStorage({ database: world.database });
  const query = storage.query.bind(storage) as StorageAdapter['query'];
  const get = storage.get.bind(storage) as StorageAdapter['get'];
  const reading = Object.assign(storage, {
    query: ((collection: string, options?: object) =>
      // Only the board build reads every score (no range, no index).
      collection === 'scores' && options === undefined
        ? wrapped(() => query(collection))
        : query(collection, options)) as StorageAdapter['query'],
    get: ((collection: string, key: never) =>
      collection === 'scores' ? wrappedGet(() => get(collection, key)) : get(collection, key)) as StorageAdapter['get'],
  });
  return createMindshare({
    storage: reading,
    content: scenarioPack(),
    directory: scenarioDirectory(),
    viewer: { id: viewerId },
    clock: world.clock.now,
    random: seededRandom(9),
  });
}

test('a seller deleted while the boards are first being built stays off them', async () => {
  const world = scenarioWorld();
  await finishRight(world, 's-anna');
  await finishRight(world, 's-bruno');
  let release = () => {};
  let held = true;
  const manager = await engineFor(world, 'mgr-marc', async (read) => {
    const scores = await read(); // read now, answer later: a slow read
    if (held) await new Promise<void>((resolve) => (release = resolve));
    return scores;
  });
  const firstRead = manager.leaderboard({ challengeId: 'spring-launch' });
  await new Promise((resolve) => setTimeout(resolve, 5));
  await manager.deleteSellerData('s-anna');
  held = false;
  release();
  await firstRead;
  const board = await manager.leaderboard({ challengeId: 'spring-launch' });
  assert.equal(board.total, 1);
});

test('an attempt finishes even when the boards cannot be built, and ranks once they can', async () => {
  const world = scenarioWorld();
  await finishRight(world, 's-anna');
  let failures = 1;
  const bruno = await engineFor(world, 's-bruno', (read) =>
    failures-- > 0 ? Promise.reject(new Error('storage went away')) : read(),
  );
  const attempt = await bruno.startAttempt('spring-launch');
  await bruno.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
  const result = await bruno.finishAttempt(attempt.id);
  assert.equal(result.rank, undefined, 'no rank without boards');
  assert.equal((await bruno.attempt(attempt.id)).status, 'finished');
  const board = await bruno.leaderboard({ challengeId: 'spring-launch' });
  assert.equal(board.total, 2, 'the failed build is tried again, with the new score');
});

test('boards whose refresh after another tab’s scores failed are built afresh on the next read', async () => {
  const world = scenarioWorld();
  await finishRight(world, 's-anna');
  let reads = 0;
  let failures = 0;
  // The refresh reads again only the score another tab named; that read fails once.
  const bruno = await engineFor(
    world,
    's-bruno',
    (read) => (++reads, read()),
    (read) => (failures++ === 0 ? Promise.reject(new Error('storage hiccup')) : read()),
  );
  assert.equal((await bruno.leaderboard({ challengeId: 'spring-launch' })).total, 1);
  const quiet = console.error;
  console.error = () => {}; // the failed refresh is reported, as it should be
  try {
    await finishRight(world, 's-chloe'); // another tab: bruno's engine hears of it and refreshes
    for (let wait = 0; wait < 50 && failures < 1; wait++) await new Promise((resolve) => setTimeout(resolve, 2));
    await new Promise((resolve) => setTimeout(resolve, 5));
  } finally {
    console.error = quiet;
  }
  assert.equal(failures, 1, 'the other tab’s score was read again, and that read failed');
  assert.equal((await bruno.leaderboard({ challengeId: 'spring-launch' })).total, 2);
  assert.equal(reads, 2, 'the failed refresh made the next read build the boards afresh');
});

test('a score another tab stores moves only that seller, without reading every score again', async () => {
  const world = scenarioWorld();
  await finishRight(world, 's-anna');
  let reads = 0;
  let gets = 0;
  const bruno = await engineFor(
    world,
    's-bruno',
    (read) => (++reads, read()),
    (read) => (++gets, read()),
  );
  assert.equal((await bruno.leaderboard({ challengeId: 'spring-launch' })).total, 1);
  const heard = new Promise<void>((resolve) =>
    bruno.subscribe((change) => change.origin === 'remote' && change.areas.includes('leaderboard') && resolve()),
  );
  await finishRight(world, 's-chloe');
  await heard;
  const board = await bruno.leaderboard({ challengeId: 'spring-launch' });
  assert.equal(board.total, 2);
  assert.equal(reads, 1, 'the boards were built once, never rebuilt');
  assert.equal(gets, 1, 'one read of the one score that changed');
});
