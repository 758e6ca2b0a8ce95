import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMindError, type MindError } from '../errors/mind-error.js';
import type { MindshareApi } from '../api/mindshare-api.js';
import { REVIEW_CLAIM_MS } from '../pitch/review-claim.js';
import { createMemoryDatabase } from '../storage/memory-database.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import type { StorageAdapter } from '../storage/storage-adapter.js';
import { scenarioDirectory, scenarioPack } from '../testing/scenario-pack.js';
import { scenarioWorld, seededRandom, testClock, type ScenarioWorld } from '../testing/scenario-engine.js';
import { createMindshareHost } from './create-host.js';
import { engineSchema } from './engine-schema.js';
import { pausing, REVIEW, sentTake } from './pitch-review.fixtures.js';

// Coaches' review claims: who holds a submitted pitch, for how long, and what a claim refuses.

const conflictNaming = (name: string) => (error: unknown) =>
  isMindError(error, 'MIND_CONFLICT') && error.message.includes(name) && error.details?.coachName === name;

async function coaches(world: ScenarioWorld): Promise<{ camille: MindshareApi; marc: MindshareApi }> {
  return { camille: await world.as('coach-camille'), marc: await world.as('mgr-marc') };
}

const claimOf = async (api: MindshareApi, id: string) =>
  (await api.recordings({ view: 'to-review' })).find((entry) => entry.id === id)?.claim;

test('a coach claims a submitted pitch; the queue shows who holds it and until when', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna');
  const { camille, marc } = await coaches(world);
  const now = world.clock.now();
  const claim = await camille.claimReview(id);
  assert.deepEqual(claim, {
    coachId: 'coach-camille',
    coachName: 'Camille Coach',
    at: now,
    expiresAt: now + REVIEW_CLAIM_MS,
  });
  assert.deepEqual(await claimOf(marc, id), claim);
  // Another tab over the same store hears of it as a change of the pitch area.
  const heard: string[][] = [];
  marc.subscribe((change) => heard.push([change.origin, ...change.areas]));
  await camille.releaseReview(id);
  assert.deepEqual(heard, [['remote', 'pitch']]);
  await camille.claimReview(id);
  // Claiming again renews it from now.
  world.clock.advance(20 * 60_000);
  const renewed = await camille.claimReview(id);
  assert.equal(renewed.expiresAt, world.clock.now() + REVIEW_CLAIM_MS);
});

test('a second coach is refused with MIND_CONFLICT naming the holder, unless taking over', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna');
  const { camille, marc } = await coaches(world);
  await camille.claimReview(id);
  await assert.rejects(marc.claimReview(id), conflictNaming('Camille Coach'));
  assert.equal((await claimOf(camille, id))?.coachId, 'coach-camille', 'the refused claim changed nothing');

  const taken = await marc.claimReview(id, { takeOver: true });
  assert.equal(taken.coachName, 'Marc Manager');
  assert.equal((await claimOf(camille, id))?.coachId, 'mgr-marc');
  await assert.rejects(camille.claimReview(id), conflictNaming('Marc Manager'));
  // The take-over is recorded with the claim.
  const stored = (await marc.exportSellerData('s-anna')).collections['reviewClaims'] as { takenOverFrom?: unknown }[];
  assert.deepEqual(stored[0]?.takenOverFrom, { coachId: 'coach-camille', coachName: 'Camille Coach', at: taken.at });
});

test('a claim lapses after REVIEW_CLAIM_MS by the engine clock: another coach may claim and review', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna');
  const { camille, marc } = await coaches(world);
  await camille.claimReview(id);
  world.clock.advance(REVIEW_CLAIM_MS - 1);
  await assert.rejects(marc.review(id, REVIEW), conflictNaming('Camille Coach'));
  world.clock.advance(1);
  assert.equal(await claimOf(marc, id), undefined, 'a lapsed claim is not shown');
  assert.equal((await marc.claimReview(id)).coachId, 'mgr-marc');
});

test('a lapsed claim does not block a review without a claim', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna');
  const { camille, marc } = await coaches(world);
  await camille.claimReview(id);
  world.clock.advance(REVIEW_CLAIM_MS);
  const review = await marc.review(id, REVIEW);
  assert.equal(review.coachId, 'mgr-marc');
});

test('releasing drops the viewer’s own claim only; releasing one not held resolves and changes nothing', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna');
  const { camille, marc } = await coaches(world);
  await camille.claimReview(id);
  await marc.releaseReview(id);
  assert.equal((await claimOf(marc, id))?.coachId, 'coach-camille');
  await camille.releaseReview(id);
  assert.equal(await claimOf(marc, id), undefined);
  assert.equal((await marc.claimReview(id)).coachId, 'mgr-marc', 'released: free for anyone');
  await camille.releaseReview(id);
  assert.equal((await claimOf(camille, id))?.coachId, 'mgr-marc');
});

test('review by a coach other than the holder is refused naming them; the holder’s review ends the claim', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna');
  const { camille, marc } = await coaches(world);
  await camille.claimReview(id);
  await assert.rejects(marc.review(id, REVIEW), conflictNaming('Camille Coach'));
  assert.equal((await marc.recordings({ view: 'all' })).find((entry) => entry.id === id)?.status, 'submitted');

  await camille.review(id, REVIEW);
  const entry = (await marc.recordings({ view: 'all' })).find((candidate) => candidate.id === id);
  assert.equal(entry?.status, 'reviewed');
  assert.equal(entry?.claim, undefined);
  assert.deepEqual(await marc.recordings({ view: 'to-review' }), []);
  const stored = (await marc.exportSellerData('s-anna')).collections['reviewClaims'];
  assert.deepEqual(stored, [], 'the claim record goes with the review');
  await assert.rejects(marc.claimReview(id), (error) => isMindError(error, 'MIND_CONFLICT'));
});

test('only staff claim, only submitted takes, and takeOver must be a boolean', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna');
  const anna = await world.as('s-anna');
  const { camille } = await coaches(world);
  await assert.rejects(anna.claimReview(id), (error) => isMindError(error, 'MIND_FORBIDDEN'));
  await assert.rejects(anna.releaseReview(id), (error) => isMindError(error, 'MIND_FORBIDDEN'));
  await assert.rejects(camille.claimReview('nope'), (error) => isMindError(error, 'MIND_NOT_FOUND'));
  await assert.rejects(
    camille.claimReview(id, { takeOver: 'yes' as never }),
    (error) => isMindError(error, 'MIND_INVALID_INPUT') && (error as MindError).path?.[0] === 'takeOver',
  );
  const bruno = await world.as('s-bruno');
  const recording = await bruno.startRecording('elevator', { mimeType: 'video/webm' });
  await assert.rejects(camille.claimReview(recording.recordingId), (error) => isMindError(error, 'MIND_CONFLICT'));
});

test('the to-review queue lists the take waiting longest first; the other views stay newest first', async () => {
  const world = scenarioWorld();
  const first = await sentTake(world, 's-anna');
  world.clock.advance(60_000);
  const second = await sentTake(world, 's-bruno');
  world.clock.advance(60_000);
  const third = await sentTake(world, 's-emma');
  const { camille } = await coaches(world);
  assert.deepEqual(
    (await camille.recordings({ view: 'to-review' })).map((entry) => entry.id),
    [first, second, third],
  );
  assert.deepEqual(
    (await camille.recordings({ view: 'all' })).map((entry) => entry.id),
    [third, second, first],
  );
  const entry = (await camille.recordings({ view: 'to-review' }))[0]!;
  assert.equal(entry.sellerName, 'Anna Martin');
  assert.equal(entry.partnerName, 'Alpha Distribution');
});

test('erasing a seller’s data takes the claims on their recordings with it', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna');
  const { camille, marc } = await coaches(world);
  await camille.claimReview(id);
  assert.equal((await marc.exportSellerData('s-anna')).collections['reviewClaims']?.length, 1);
  await marc.deleteSellerData('s-anna');
  assert.deepEqual((await marc.exportSellerData('s-anna')).collections['reviewClaims'], []);
});

test('two processes claiming one take at once: the second to write loses and is refused naming the first', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna');
  const host = (storage: StorageAdapter) =>
    createMindshareHost({
      storage,
      content: scenarioPack(),
      directory: scenarioDirectory(),
      clock: world.clock.now,
      random: seededRandom(7),
    });
  const slow = pausing(createMemoryStorage({ database: world.database }), 'reviewClaims');
  const processA = await host(slow.storage);
  const processB = await host(createMemoryStorage({ database: world.database }));
  const held = slow.arm();
  // Camille's process has read "no claim" and is about to write when Marc's claims.
  const camille = processA.as({ id: 'coach-camille' }).claimReview(id);
  await held.reached;
  await processB.as({ id: 'mgr-marc' }).claimReview(id);
  held.open();
  await assert.rejects(camille, conflictNaming('Marc Manager'));
  assert.equal((await claimOf(processA.as({ id: 'coach-camille' }), id))?.coachId, 'mgr-marc');
  await processA.close();
  await processB.close();
});

test('two coaches of one engine claiming at once: exactly one wins', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna');
  const host = await createMindshareHost({
    storage: createMemoryStorage({ database: world.database }),
    content: scenarioPack(),
    directory: scenarioDirectory(),
    clock: testClock(world.clock.now()).now,
    random: seededRandom(3),
  });
  const results = await Promise.allSettled([
    host.as({ id: 'coach-camille' }).claimReview(id),
    host.as({ id: 'mgr-marc' }).claimReview(id),
  ]);
  assert.deepEqual(
    results.map((result) => result.status),
    ['fulfilled', 'rejected'],
  );
  assert.ok(conflictNaming('Camille Coach')((results[1] as PromiseRejectedResult).reason));
  await host.close();
});

test('a store of version 4 opens at version 5 with its recordings kept, and they can be claimed', async () => {
  const database = createMemoryDatabase();
  const current = engineSchema('mindshare-northwind');
  const old = createMemoryStorage({ database });
  await old.open({ ...current, version: 4, collections: current.collections.filter((c) => c.name !== 'reviewClaims') });
  const at = Date.UTC(2027, 2, 1);
  await old.put('recordings', {
    id: 'rec-old',
    promptId: 'elevator',
    sellerId: 's-anna',
    packVersion: '1.0.0',
    status: 'submitted',
    startedAt: at,
    finishedAt: at + 60_000,
    durationMs: 58_000,
    mimeType: 'video/webm',
    size: 3,
    chunkCount: 1,
    take: 1,
    consent: { gallery: false, history: [] },
    published: false,
  });
  await old.close();
  const host = await createMindshareHost({
    storage: createMemoryStorage({ database }),
    content: scenarioPack(),
    directory: scenarioDirectory(),
    clock: testClock(at + 120_000).now,
    random: seededRandom(5),
  });
  const camille = host.as({ id: 'coach-camille' });
  assert.equal((await camille.claimReview('rec-old')).coachId, 'coach-camille');
  assert.equal((await claimOf(camille, 'rec-old'))?.coachName, 'Camille Coach');
  await host.close();
});
