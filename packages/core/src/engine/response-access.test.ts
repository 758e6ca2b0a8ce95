import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ResponseEntry, ResponseQuery } from '../api/mindshare-api.js';
import type { ContentPackInput } from '../content/content-pack.schema.js';
import { createMemoryStorage } from '../storage/memory-storage.js';
import { scenarioDirectory } from '../testing/scenario-pack.js';
import { seededRandom, scenarioWorld } from '../testing/scenario-engine.js';
import { createMindshare } from './create-mindshare.js';
import { ownedPack, ownedWorld, rejectsWith } from './responses.fixtures.js';

// Who reads an answer is decided by the owner stored with it; pages follow (at, id).

const MINUTE = 60_000;

/** The owned pack with "n-objections" handed to the seller Bruno. */
function handedOverPack(): ContentPackInput {
  const pack = ownedPack();
  return {
    ...pack,
    version: `${pack.version}-2`,
    nuggets: pack.nuggets!.map((nugget) => (nugget.id === 'n-objections' ? { ...nugget, owner: 's-bruno' } : nugget)),
  };
}

test('a new owner reads the answers given since, the former one keeps reading those addressed to them', async () => {
  const world = scenarioWorld({ pack: ownedPack() });
  await (await world.as('s-anna')).respond('n-objections', 'Price.');
  // The next pack hands the question to Bruno; engines opened on it share the database.
  const later = (id: string) =>
    createMindshare({
      storage: createMemoryStorage({ database: world.database }),
      content: handedOverPack(),
      directory: scenarioDirectory(),
      viewer: { id },
      clock: world.clock.now,
      random: seededRandom(id),
    });
  world.clock.advance(MINUTE);
  await (await later('s-chloe')).respond('n-objections', 'Support hours.');

  const bruno = await later('s-bruno');
  const ids = async (query?: ResponseQuery) => (await bruno.responses(query)).map((entry) => entry.id);
  assert.deepEqual(await ids({ nuggetId: 'n-objections' }), ['n-objections~s-chloe']);
  assert.deepEqual(await ids(), ['n-objections~s-chloe']);
  await rejectsWith(bruno.markResponseHandled('n-objections~s-anna', true), 'MIND_FORBIDDEN');

  const camille = await later('coach-camille');
  assert.deepEqual(
    (await camille.responses({ nuggetId: 'n-objections' })).map((entry) => entry.id),
    ['n-objections~s-anna'],
  );
  assert.deepEqual(
    (await camille.responses()).map((entry) => entry.id),
    ['n-objections~s-anna'],
  );
  assert.equal((await camille.markResponseHandled('n-objections~s-anna', true)).handled, true);
  await rejectsWith(camille.markResponseHandled('n-objections~s-chloe', true), 'MIND_FORBIDDEN');
  assert.deepEqual(await camille.responseQuestions(), [], 'she owns no question of the new pack');

  const manager = await later('mgr-marc');
  assert.deepEqual(
    (await manager.responses()).map((entry) => entry.id),
    ['n-objections~s-chloe', 'n-objections~s-anna'],
  );
});

test('someone with nothing addressed to them is refused; the owner of a question not answered yet reads none', async () => {
  const world = ownedWorld();
  await rejectsWith((await world.as('s-anna')).responses(), 'MIND_FORBIDDEN');
  await rejectsWith((await world.as('s-anna')).responses({ nuggetId: 'n-objections' }), 'MIND_FORBIDDEN');
  await rejectsWith((await world.as('s-anna')).responses({ nuggetId: 'n-gone' }), 'MIND_NOT_FOUND');
  assert.deepEqual(await (await world.as('coach-camille')).responses({ nuggetId: 'n-objections' }), []);
});

test('pages on (at, id) read every answer once, also those given in the same millisecond', async () => {
  const world = ownedWorld();
  // Five answers in one millisecond, then two a minute later.
  for (const id of ['s-farid', 's-anna', 's-emma', 's-chloe', 's-david']) {
    await (await world.as(id)).respond('n-wishes', `Wish of ${id}.`);
  }
  world.clock.advance(MINUTE);
  for (const id of ['s-emma', 's-bruno']) await (await world.as(id)).respond('n-objections', `Objection of ${id}.`);

  for (const reader of ['mgr-marc', 's-bruno']) {
    const api = await world.as(reader);
    const everything = await api.responses();
    const pages: ResponseEntry[][] = [];
    let cursor: ResponseQuery = {};
    for (;;) {
      const page = await api.responses({ limit: 2, ...cursor });
      if (page.length === 0) break;
      pages.push(page);
      const last = page[page.length - 1]!;
      cursor = { before: last.at, beforeId: last.id };
    }
    assert.ok(pages.length >= 3, `${reader}: more than one page`);
    assert.deepEqual(
      pages.flat().map((entry) => entry.id),
      everything.map((entry) => entry.id),
      reader,
    );
  }
  const manager = await world.as('mgr-marc');
  const ordered = (await manager.responses()).map((entry) => entry.id);
  assert.deepEqual(ordered, [
    'n-objections~s-bruno',
    'n-objections~s-emma',
    'n-wishes~s-anna',
    'n-wishes~s-chloe',
    'n-wishes~s-david',
    'n-wishes~s-emma',
    'n-wishes~s-farid',
  ]);
  // `before` alone still means strictly before that instant.
  const [tied] = await manager.responses({ nuggetId: 'n-wishes', limit: 1 });
  assert.deepEqual(await manager.responses({ nuggetId: 'n-wishes', before: tied!.at }), []);
  // A cursor inside the tie goes on with the next answers of that millisecond.
  const open = await manager.responses({ nuggetId: 'n-wishes', limit: 2, before: tied!.at, beforeId: tied!.id });
  assert.deepEqual(
    open.map((entry) => entry.id),
    ['n-wishes~s-chloe', 'n-wishes~s-david'],
  );
  await rejectsWith(manager.responses({ beforeId: 'n-wishes~s-anna' }), 'MIND_INVALID_INPUT');
});

test('the question filter lists the open questions of the pack the viewer reads, in pack order', async () => {
  const world = ownedWorld();
  const titles = async (id: string) =>
    (await (await world.as(id)).responseQuestions()).map((question) => [question.nuggetId, question.title.en]);
  const all = await titles('mgr-marc');
  assert.ok(all.length >= 2);
  assert.deepEqual(
    all.filter(([id]) => id === 'n-objections' || id === 'n-wishes').map(([id]) => id),
    ['n-objections', 'n-wishes'],
  );
  assert.deepEqual(
    (await titles('coach-camille')).map(([id]) => id),
    ['n-objections'],
  );
  assert.deepEqual(await titles('s-bruno'), [['n-wishes', 'Wishes']]);
  assert.deepEqual(await titles('s-anna'), []);
});
