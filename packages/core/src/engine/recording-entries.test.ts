import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RecordingEntrySchema } from '../api/recording-entry.schema.js';
import type { Partner, Seller } from '../directory/directory.schema.js';
import { scenarioWorld } from '../testing/scenario-engine.js';
import { partnerNameOf } from './people.js';
import { REVIEW, sentTake } from './pitch-review.fixtures.js';

// What each viewer reads of a recording entry: the partner a seller works at and the coach
// holding a take are for coaches, managers and the seller themselves.

test('a peer watching a take in the gallery reads its seller’s name, not their partner', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna', { consent: true });
  const camille = await world.as('coach-camille');
  await camille.review(id, REVIEW);
  await camille.publish(id);

  const [seen] = await (await world.as('s-chloe')).recordings({ view: 'gallery' });
  assert.equal(seen?.id, id);
  assert.equal(seen.sellerName, 'Anna Martin');
  assert.equal(seen.partnerName, '');
  assert.equal(seen.claim, undefined);
  assert.ok(RecordingEntrySchema.safeParse(seen).success, 'the same shape as everyone else’s entries');

  // A colleague at the same partner learns nothing more either: the rule is who, not where.
  assert.equal((await (await world.as('s-bruno')).recordings({ view: 'gallery' }))[0]?.partnerName, '');
  for (const insider of ['s-anna', 'coach-camille', 'mgr-marc']) {
    const [entry] = await (await world.as(insider)).recordings({ view: 'gallery' });
    assert.equal(entry?.partnerName, 'Alpha Distribution', `${insider} reads the partner`);
  }
});

test('the seller and the coaches read who holds a take waiting for its review', async () => {
  const world = scenarioWorld();
  const id = await sentTake(world, 's-anna', { consent: true });
  const camille = await world.as('coach-camille');
  const claim = await camille.claimReview(id);

  const [own] = await (await world.as('s-anna')).recordings({ view: 'mine' });
  assert.deepEqual(own?.claim, claim);
  assert.equal(own?.partnerName, 'Alpha Distribution');
  const [queued] = await (await world.as('mgr-marc')).recordings({ view: 'to-review' });
  assert.deepEqual(queued?.claim, claim);
  assert.equal(queued?.partnerName, 'Alpha Distribution');
  // Nobody else lists a take that is not in the gallery at all.
  assert.deepEqual(await (await world.as('s-chloe')).recordings({ view: 'gallery' }), []);
});

test('partnerNameOf: the directory’s name, else the partner id, else empty', () => {
  const person = (id: string, partnerId?: string): Seller => ({
    id,
    displayName: id,
    role: partnerId ? 'seller' : 'coach',
    privacy: 'visible',
    ...(partnerId ? { partnerId } : {}),
  });
  const people = {
    sellers: new Map(
      [person('s-anna', 'p-alpha'), person('s-new', 'p-unlisted'), person('coach-camille')].map((p) => [p.id, p]),
    ),
    partners: new Map<string, Partner>([['p-alpha', { id: 'p-alpha', name: 'Alpha Distribution', metrics: {} }]]),
  };
  assert.equal(partnerNameOf(people, 's-anna'), 'Alpha Distribution');
  assert.equal(partnerNameOf(people, 's-new'), 'p-unlisted');
  assert.equal(partnerNameOf(people, 'coach-camille'), '');
  assert.equal(partnerNameOf(people, 'nobody'), '');
});
