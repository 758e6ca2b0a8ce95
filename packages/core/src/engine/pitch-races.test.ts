import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMindError } from '../errors/mind-error.js';
import type { MindshareApi } from '../api/mindshare-api.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import type { StorageAdapter } from '../storage/storage-adapter.js';
import { scenarioDirectory, scenarioPack } from '../testing/scenario-pack.js';
import { scenarioWorld, seededRandom, type ScenarioWorld } from '../testing/scenario-engine.js';
import { createMindshareHost, type MindshareHost } from './create-host.js';
import { pausing, REVIEW, sentTake } from './pitch-review.fixtures.js';

// A seller's consent and a coach's review or publication of the same take, at once: on one engine
// and on two processes over one store, neither write may undo the other.

function openHost(world: ScenarioWorld, storage: StorageAdapter, seed: number): Promise<MindshareHost> {
  return createMindshareHost({
    storage,
    content: scenarioPack(),
    directory: scenarioDirectory(),
    clock: world.clock.now,
    random: seededRandom(seed),
  });
}

/** Anna's own entry for the take: the record as stored, with its review. */
async function entryOf(anna: MindshareApi, id: string) {
  const entry = (await anna.recordings({ view: 'mine' })).find((candidate) => candidate.id === id);
  assert.ok(entry, `Anna lists her take ${id}`);
  return entry;
}

const missingConsent = (error: unknown) =>
  isMindError(error, 'MIND_FORBIDDEN') && /has not consented/.test((error as Error).message);

/** The review stands, the withdrawal stands, and nobody can publish against it. */
async function assertBothKept(anna: MindshareApi, coach: MindshareApi, id: string): Promise<void> {
  const entry = await entryOf(anna, id);
  assert.equal(entry.status, 'reviewed', 'the consent write did not put the take back to submitted');
  assert.equal(entry.review?.coachId, 'coach-camille');
  assert.equal(entry.consent.gallery, false, 'the review write did not put the old consent back');
  assert.deepEqual(
    entry.consent.history.map((change) => change.gallery),
    [true, false],
  );
  assert.equal(entry.published, false);
  await assert.rejects(coach.publish(id), missingConsent);
}

/**
 * Gives `change` the time to finish while another write is held (it loads its module on first
 * use): when nothing makes it wait for that write, it lands first, which is the race under test.
 */
async function given(change: Promise<unknown>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([change.catch(() => {}), new Promise((resolve) => (timer = setTimeout(resolve, 200)))]);
  clearTimeout(timer);
}

/** One engine whose next write of a recording can be held between its read and its write. */
async function oneEngine(world: ScenarioWorld) {
  const store = pausing(createMemoryStorage({ database: world.database }), 'recordings');
  const host = await openHost(world, store.storage, 3);
  return { host, arm: () => store.arm(), anna: host.as({ id: 's-anna' }), camille: host.as({ id: 'coach-camille' }) };
}

test('one engine: a withdrawal sent while a review is being written keeps both', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna', { consent: true });
  const { host, arm, anna, camille } = await oneEngine(world);
  const pause = arm();
  const review = camille.review(id, REVIEW);
  await pause.reached;
  const withdrawal = anna.setConsent(id, false);
  await given(withdrawal);
  pause.open();
  await Promise.all([review, withdrawal]);
  await assertBothKept(anna, camille, id);
  await host.close();
});

test('one engine: a review sent while a withdrawal is being written keeps both', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna', { consent: true });
  const { host, arm, anna, camille } = await oneEngine(world);
  const pause = arm();
  const withdrawal = anna.setConsent(id, false);
  await pause.reached;
  const review = camille.review(id, REVIEW);
  await given(review);
  pause.open();
  await Promise.all([review, withdrawal]);
  await assertBothKept(anna, camille, id);
  await host.close();
});

test('one engine: a withdrawal sent while a publication is being written takes the take down again', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna', { consent: true });
  const { host, arm, anna, camille } = await oneEngine(world);
  await camille.review(id, REVIEW);
  const pause = arm();
  const publication = camille.publish(id);
  await pause.reached;
  const withdrawal = anna.setConsent(id, false);
  await given(withdrawal);
  pause.open();
  await Promise.all([publication, withdrawal]);
  await assertBothKept(anna, camille, id);
  assert.deepEqual(await host.as({ id: 's-bruno' }).recordings({ view: 'gallery' }), []);
  await host.close();
});

test('one engine: a review and a withdrawal called together keep both, in either order', async () => {
  for (const first of ['review', 'withdrawal'] as const) {
    const world = scenarioWorld();
    const id = await sentTake(world, 's-anna', { consent: true });
    const { host, anna, camille } = await oneEngine(world);
    const review = () => camille.review(id, REVIEW);
    const withdraw = () => anna.setConsent(id, false);
    await (first === 'review' ? Promise.all([review(), withdraw()]) : Promise.all([withdraw(), review()]));
    await assertBothKept(anna, camille, id);
    await host.close();
  }
});

/** Two processes over one store: the first one's writes can be held between its read and its write. */
async function twoProcesses(world: ScenarioWorld) {
  const slow = pausing(createMemoryStorage({ database: world.database }), 'recordings');
  const held = await openHost(world, slow.storage, 5);
  const other = await openHost(world, createMemoryStorage({ database: world.database }), 6);
  return { held, other, arm: () => slow.arm(), close: () => Promise.all([held.close(), other.close()]) };
}

test('two processes: a withdrawal read before a review and written after it keeps the review (the take stays reviewed)', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna', { consent: true });
  const processes = await twoProcesses(world);
  const pause = processes.arm();
  // Anna's process has read the take as submitted and is about to write her withdrawal.
  const withdrawal = processes.held.as({ id: 's-anna' }).setConsent(id, false);
  await pause.reached;
  const camille = processes.other.as({ id: 'coach-camille' });
  await camille.review(id, REVIEW);
  pause.open();
  const withdrawn = await withdrawal;
  assert.equal(withdrawn.status, 'reviewed', 'the withdrawal was made again from the reviewed take');
  await assertBothKept(processes.other.as({ id: 's-anna' }), camille, id);
  await processes.close();
});

test('two processes: a review read before a withdrawal and written after it keeps the withdrawal', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna', { consent: true });
  const processes = await twoProcesses(world);
  const pause = processes.arm();
  // Camille's process has read the take with Anna's consent and is about to write her review.
  const review = processes.held.as({ id: 'coach-camille' }).review(id, REVIEW);
  await pause.reached;
  await processes.other.as({ id: 's-anna' }).setConsent(id, false);
  pause.open();
  await review;
  await assertBothKept(processes.other.as({ id: 's-anna' }), processes.held.as({ id: 'coach-camille' }), id);
  await processes.close();
});

test('two processes: a publication read before a withdrawal and written after it is refused for want of consent', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna', { consent: true });
  const processes = await twoProcesses(world);
  const camille = processes.held.as({ id: 'coach-camille' });
  await camille.review(id, REVIEW);
  const pause = processes.arm();
  const publication = camille.publish(id);
  await pause.reached;
  const anna = processes.other.as({ id: 's-anna' });
  await anna.setConsent(id, false);
  pause.open();
  await assert.rejects(publication, missingConsent);
  await assertBothKept(anna, camille, id);
  assert.deepEqual(await processes.other.as({ id: 's-bruno' }).recordings({ view: 'gallery' }), []);
  await processes.close();
});

test('two processes: a review and a withdrawal sent at once keep both', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna', { consent: true });
  const processes = await twoProcesses(world);
  await Promise.all([
    processes.held.as({ id: 'coach-camille' }).review(id, REVIEW),
    processes.other.as({ id: 's-anna' }).setConsent(id, false),
  ]);
  await assertBothKept(processes.other.as({ id: 's-anna' }), processes.held.as({ id: 'coach-camille' }), id);
  await processes.close();
});

test('consent given again after a withdrawal lets the coach publish: every change claims a new step', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna', { consent: true });
  const processes = await twoProcesses(world);
  const anna = processes.held.as({ id: 's-anna' });
  const camille = processes.other.as({ id: 'coach-camille' });
  await camille.review(id, REVIEW);
  await camille.publish(id);
  await anna.setConsent(id, false);
  await anna.setConsent(id, true);
  await anna.setConsent(id, true); // a repeat is recorded too
  const published = await camille.publish(id);
  assert.equal(published.published, true);
  assert.deepEqual(
    published.consent.history.map((change) => change.gallery),
    [true, false, true, true],
  );
  assert.deepEqual(
    (await processes.other.as({ id: 's-bruno' }).recordings({ view: 'gallery' })).map((entry) => entry.id),
    [id],
  );
  await processes.close();
});
