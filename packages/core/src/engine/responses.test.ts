import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MindshareChange } from '../api/mindshare-api.js';
import { SCENARIO_TIME } from '../testing/scenario-pack.js';
import { ownedWorld, rejectsWith } from './responses.fixtures.js';

const MINUTE = 60_000;
test('a manager reads every answer newest first, with the question, the seller, the partner and the tier', async () => {
  const world = ownedWorld();
  const anna = await world.as('s-anna');
  const chloe = await world.as('s-chloe');
  await anna.respond('n-objections', 'Trop cher pour les petites équipes.');
  world.clock.advance(MINUTE);
  await chloe.respond('n-objections', 'They already use a competitor.');
  world.clock.advance(MINUTE);
  await anna.respond('n-wishes', 'A mobile app.');

  const manager = await world.as('mgr-marc');
  const all = await manager.responses();
  assert.deepEqual(
    all.map((entry) => [entry.id, entry.sellerName, entry.partnerName, entry.tierId, entry.handled]),
    [
      ['n-wishes~s-anna', 'Anna Martin', 'Alpha Distribution', 'platinum', false],
      ['n-objections~s-chloe', 'Chloe Park', 'Beta Solutions', 'gold', false],
      ['n-objections~s-anna', 'Anna Martin', 'Alpha Distribution', 'platinum', false],
    ],
  );
  const [, chloeEntry, annaEntry] = all;
  assert.equal(annaEntry!.text, 'Trop cher pour les petites équipes.');
  assert.deepEqual(annaEntry!.title, { en: 'Objections', fr: 'Objections' });
  assert.equal((annaEntry!.prompt as Record<string, string>)['en'], 'Which objection did you hear this week?');
  assert.deepEqual(chloeEntry!.tierName, { en: 'Gold', fr: 'Gold' });
  assert.equal(chloeEntry!.at, SCENARIO_TIME.start + MINUTE);

  // Filters: one question, a page of one, then the next page from the last one read.
  assert.deepEqual(
    (await manager.responses({ nuggetId: 'n-objections' })).map((entry) => entry.sellerId),
    ['s-chloe', 's-anna'],
  );
  const first = await manager.responses({ limit: 1 });
  assert.deepEqual(
    (await manager.responses({ limit: 1, before: first[0]!.at })).map((entry) => entry.id),
    ['n-objections~s-chloe'],
  );
  await rejectsWith(manager.responses({ limit: 0 }), 'MIND_INVALID_INPUT');
  await rejectsWith(manager.responses({ handled: 'yes' as never }), 'MIND_INVALID_INPUT');
  await rejectsWith(manager.responses({ nuggetId: 'n-nope' }), 'MIND_NOT_FOUND', /n-nope/);
  await rejectsWith(manager.responses({ nuggetId: 'n-welcome' }), 'MIND_INVALID_INPUT');
});

test("an owner reads only their questions' answers; a seller or coach who owns none is refused", async () => {
  const world = ownedWorld();
  await (await world.as('s-anna')).respond('n-objections', 'Price.');
  await (await world.as('s-chloe')).respond('n-wishes', 'Offline mode.');

  const coach = await world.as('coach-camille');
  assert.deepEqual(
    (await coach.responses()).map((entry) => entry.id),
    ['n-objections~s-anna'],
  );
  await rejectsWith(coach.responses({ nuggetId: 'n-wishes' }), 'MIND_FORBIDDEN');

  const bruno = await world.as('s-bruno');
  assert.deepEqual(
    (await bruno.responses()).map((entry) => entry.text),
    ['Offline mode.'],
  );
  await rejectsWith(bruno.responses({ nuggetId: 'n-nope' }), 'MIND_NOT_FOUND');
  await rejectsWith((await world.as('s-emma')).responses(), 'MIND_FORBIDDEN');
});

test('marking an answer handled round-trips, names who handled it, filters, and a new answer reopens it', async () => {
  const world = ownedWorld();
  const anna = await world.as('s-anna');
  await anna.respond('n-objections', 'Price.');
  await (await world.as('s-chloe')).respond('n-objections', 'Support hours.');
  const coach = await world.as('coach-camille');
  const changes: MindshareChange[] = [];
  coach.subscribe((change) => changes.push(change));

  world.clock.advance(5 * MINUTE);
  const handled = await coach.markResponseHandled('n-objections~s-anna', true);
  assert.equal(handled.handled, true);
  assert.equal(handled.handledAt, SCENARIO_TIME.start + 5 * MINUTE);
  assert.equal(handled.handledBy, 'coach-camille');
  assert.equal(handled.handledByName, 'Camille Coach');
  assert.equal(changes.length, 1);

  // Read back by another person, with the filters.
  const manager = await world.as('mgr-marc');
  assert.deepEqual(
    (await manager.responses({ handled: true })).map((entry) => [entry.id, entry.handledByName]),
    [['n-objections~s-anna', 'Camille Coach']],
  );
  assert.deepEqual(
    (await manager.responses({ handled: false })).map((entry) => entry.id),
    ['n-objections~s-chloe'],
  );

  // Marking it again keeps who handled it first; reopening clears it.
  world.clock.advance(MINUTE);
  assert.equal((await manager.markResponseHandled('n-objections~s-anna', true)).handledBy, 'coach-camille');
  const reopened = await manager.markResponseHandled('n-objections~s-anna', false);
  assert.deepEqual([reopened.handled, reopened.handledAt, reopened.handledBy], [false, undefined, undefined]);

  await coach.markResponseHandled('n-objections~s-anna', true);
  await anna.respond('n-objections', 'Price, again.');
  const [again] = await coach.responses({ nuggetId: 'n-objections', limit: 1 });
  assert.deepEqual([again!.text, again!.handled], ['Price, again.', false]);
});

test('marking refuses unknown ids, other owners and non-boolean states, and changes nothing then', async () => {
  const world = ownedWorld();
  await (await world.as('s-anna')).respond('n-objections', 'Price.');
  const coach = await world.as('coach-camille');
  await rejectsWith(
    coach.markResponseHandled('n-objections~s-nobody', true),
    'MIND_NOT_FOUND',
    /n-objections~s-nobody/,
  );
  await rejectsWith(coach.markResponseHandled('no-separator', true), 'MIND_NOT_FOUND', /no-separator/);
  await rejectsWith(coach.markResponseHandled('n-objections~s-anna', 'yes' as never), 'MIND_INVALID_INPUT');
  await rejectsWith((await world.as('s-bruno')).markResponseHandled('n-objections~s-anna', true), 'MIND_FORBIDDEN');
  await rejectsWith((await world.as('s-anna')).markResponseHandled('n-objections~s-anna', true), 'MIND_FORBIDDEN');
  assert.equal((await coach.responses())[0]!.handled, false);
});

test('poll results without voting: staff and the poll owner; other sellers vote first', async () => {
  const world = ownedWorld();
  world.clock.set(SCENARIO_TIME.secondPlatinumRelease);
  await (await world.as('s-anna')).vote('n-platinum-poll', ['pro']);
  await (await world.as('s-bruno')).vote('n-platinum-poll', ['basic']);
  const expected = {
    options: [
      { optionId: 'basic', count: 1 },
      { optionId: 'pro', count: 1 },
    ],
    voters: 2,
  };
  for (const id of ['mgr-marc', 'coach-camille', 's-emma']) {
    assert.deepEqual(await (await world.as(id)).pollResults('n-platinum-poll'), expected, id);
  }
  const chloe = await world.as('s-chloe');
  await rejectsWith(chloe.pollResults('n-platinum-poll'), 'MIND_FORBIDDEN');
  await rejectsWith(chloe.polls(), 'MIND_FORBIDDEN');
  const manager = await world.as('mgr-marc');
  await rejectsWith(manager.pollResults('n-nope'), 'MIND_NOT_FOUND', /n-nope/);
  await rejectsWith(manager.pollResults('n-welcome'), 'MIND_INVALID_INPUT');

  const [poll, ...others] = await manager.polls();
  assert.equal(others.length, 0);
  assert.deepEqual(poll, {
    nuggetId: 'n-platinum-poll',
    title: { en: 'Your pipeline', fr: 'Votre pipeline' },
    question: { en: 'Which plan do your customers ask for?', fr: 'Quelle offre vos clients demandent-ils ?' },
    multiple: false,
    options: [
      { optionId: 'basic', label: { en: 'Basic' }, count: 1 },
      { optionId: 'pro', label: { en: 'Pro' }, count: 1 },
    ],
    voters: 2,
  });
  assert.deepEqual(
    (await (await world.as('s-emma')).polls()).map((result) => result.nuggetId),
    ['n-platinum-poll'],
  );
});

test('a poll not yet released to anyone is neither listed nor readable by id', async () => {
  const world = ownedWorld();
  world.clock.set(SCENARIO_TIME.firstPlatinumRelease);
  for (const id of ['mgr-marc', 's-emma']) {
    const viewer = await world.as(id);
    assert.deepEqual(await viewer.polls(), [], id);
    await rejectsWith(viewer.pollResults('n-platinum-poll'), 'MIND_NOT_FOUND', /n-platinum-poll/);
  }
});

test("a seller's export holds their answers with the handled mark; deleting their data removes them", async () => {
  const world = ownedWorld();
  const anna = await world.as('s-anna');
  await anna.respond('n-objections', 'Price.');
  await (await world.as('coach-camille')).markResponseHandled('n-objections~s-anna', true);
  const manager = await world.as('mgr-marc');
  const exported = await manager.exportSellerData('s-anna');
  assert.deepEqual(exported.collections['responses'], [
    {
      nuggetId: 'n-objections',
      sellerId: 's-anna',
      owner: 'coach-camille',
      text: 'Price.',
      at: SCENARIO_TIME.start,
      handledAt: SCENARIO_TIME.start,
      handledBy: 'coach-camille',
      step: 2,
    },
  ]);
  await manager.deleteSellerData('s-anna');
  assert.deepEqual(await manager.responses(), []);
});
