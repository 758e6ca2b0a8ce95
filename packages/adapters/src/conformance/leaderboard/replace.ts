import type { LeaderboardEntry } from '@mindshare/core';
import { deepEqual, equal, rejectsWithCode } from '../assert.js';
import type { LeaderboardGroup } from './harness.js';
import { entry, expectBoard, expectEmpty, ranked, readAround, readPage, seven, upsert, writeSeven } from './rows.js';

/** replace(): a board's whole content swapped for a rebuild, or nothing changed when it is malformed. */
export function replaceTests(group: LeaderboardGroup): void {
  group.test('replace fills an unknown board; every read then sees it', async (t) => {
    const store = await t.store();
    await store.replace(
      'b',
      [...seven].reverse().map(([id, score, time]) => entry(id, score, time)),
    );
    await expectBoard(store, 'b', seven, 'the replaced board');
    deepEqual(await readPage(store, 'b', 3, 2), ranked(seven.slice(3, 5), 3), 'a page');
    deepEqual(await readAround(store, 'b', 'eli', 1), ranked(seven.slice(3, 6), 3), 'around eli');
  });

  group.test('replace swaps the content: sellers left out are gone, the others take the new scores', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    await store.replace('b', [entry('gus', 100, 1), entry('zoe', 50, 1), entry('ana', 50, 0)]);
    await expectBoard(
      store,
      'b',
      [
        ['gus', 100, 1, 1],
        ['ana', 50, 0, 2],
        ['zoe', 50, 1, 2],
      ],
      'after the replace',
    );
    equal(await store.rank('b', 'ben'), undefined, 'rank of a seller left out');
    deepEqual(await readAround(store, 'b', 'ben', 2), [], 'around a seller left out');
  });

  group.test('replace with no entries empties the board', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    await store.replace('b', []);
    await expectEmpty(store, 'b', 'the emptied board', ['ana', 'gus']);
    await store.replace('never-written', []);
    await expectEmpty(store, 'never-written', 'an unknown board replaced by nothing');
  });

  group.test('replace touches only its own board', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    await writeSeven(store, 'b/2');
    await store.write([upsert('c', 'ana', 1, 1)]);
    await store.replace('b', [entry('solo', 1, 1)]);
    await expectBoard(store, 'b/2', seven, 'a board with a longer name');
    await expectBoard(store, 'c', [['ana', 1, 1, 1]], 'another board with one of the same sellers');
  });

  group.test('writes after a replace apply on top of it', async (t) => {
    const store = await t.store();
    await store.replace('b', [entry('ana', 10, 1), entry('ben', 20, 1)]);
    await store.write([
      upsert('b', 'ana', 30, 2),
      upsert('b', 'cai', 20, 0),
      { type: 'remove', board: 'b', sellerId: 'x' },
    ]);
    await expectBoard(
      store,
      'b',
      [
        ['ana', 30, 2, 1],
        ['cai', 20, 0, 2],
        ['ben', 20, 1, 2],
      ],
      'the board',
    );
  });

  const malformed: [string, unknown[]][] = [
    ['a seller given twice', [entry('ana', 1, 1), entry('zoe', 2, 2), entry('ana', 3, 3)]],
    ['a NaN score', [entry('zoe', 1, 1), entry('yan', Number.NaN, 1)]],
    ['an infinite completion time', [entry('zoe', 1, 1), entry('yan', 1, Number.POSITIVE_INFINITY)]],
    ['a missing sellerId', [entry('zoe', 1, 1), { score: 1, completedAt: 1 }]],
    ['a null entry', [entry('zoe', 1, 1), null]],
  ];
  for (const [what, entries] of malformed) {
    group.test(`replace with ${what} is MIND_INVALID_INPUT and leaves the board unchanged`, async (t) => {
      const store = await t.store();
      await writeSeven(store, 'b');
      await rejectsWithCode(store.replace('b', entries as LeaderboardEntry[]), 'MIND_INVALID_INPUT', what);
      await expectBoard(store, 'b', seven, 'the board');
      await rejectsWithCode(store.replace('fresh', entries as LeaderboardEntry[]), 'MIND_INVALID_INPUT', what);
      await expectEmpty(store, 'fresh', 'a board the replace would have created', ['zoe']);
    });
  }
}
