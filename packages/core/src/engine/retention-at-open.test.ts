import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMindError } from '../errors/mind-error.js';
import { scenarioWorld } from '../testing/scenario-engine.js';
import { REVIEW, sentTake } from './pitch-review.fixtures.js';

const DAY_MS = 24 * 60 * 60 * 1000;

test('a host that opens deletes the takes past their prompt retention, with their media and review, and keeps the others', async () => {
  const world = scenarioWorld();
  const old = await sentTake(world, 's-anna');
  await (await world.as('coach-camille')).review(old, REVIEW);
  world.clock.advance(20 * DAY_MS);
  const recent = await sentTake(world, 's-bruno');
  // `elevator` keeps takes 30 days: the first is 31 days old, the second 11.
  world.clock.advance(11 * DAY_MS);

  const coach = await world.as('coach-camille');
  assert.deepEqual(
    (await coach.recordings({ view: 'all' })).map((entry) => entry.id),
    [recent],
  );
  await assert.rejects(coach.recordingMedia(old), (error) => isMindError(error, 'MIND_NOT_FOUND'));
  assert.equal(world.database.collections.get('reviews')?.records.size, 0, 'its review is gone too');
  assert.equal(world.database.blobs.has(old), false, 'and its media');
});
