import { deepEqual, equal } from '../assert.js';
import type { LeaderboardGroup } from './harness.js';
import { expectBoard, expectEmpty, readAround, remove, seven, upsert, writeSeven } from './rows.js';

/** Upserts that move a seller, and removals: the rows around them close up and re-rank. */
export function moveTests(group: LeaderboardGroup): void {
  group.test('an upsert to a lower score moves the seller down; the others move up', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    await store.write([upsert('b', 'ana', 70, 0)]);
    await expectBoard(
      store,
      'b',
      [
        ['ben', 80, 1, 1],
        ['cai', 80, 2, 1],
        ['dee', 80, 3, 1],
        ['ana', 70, 0, 4],
        ['eli', 70, 1, 4],
        ['fay', 70, 2, 4],
        ['gus', 60, 0, 7],
      ],
      'after ana dropped to 70',
    );
  });

  group.test('an upsert to a higher score moves the seller up', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    await store.write([upsert('b', 'gus', 85, 9)]);
    await expectBoard(
      store,
      'b',
      [
        ['ana', 90, 5, 1],
        ['gus', 85, 9, 2],
        ['ben', 80, 1, 3],
        ['cai', 80, 2, 3],
        ['dee', 80, 3, 3],
        ['eli', 70, 1, 6],
        ['fay', 70, 2, 6],
      ],
      'after gus rose to 85',
    );
    await store.write([upsert('b', 'gus', 95, 9)]);
    equal(await store.rank('b', 'gus'), 1, 'gus at the top');
    equal(await store.rank('b', 'ana'), 2, 'ana below gus');
  });

  group.test('a new completion time alone moves a seller within a tie', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    await store.write([upsert('b', 'dee', 80, 0)]);
    deepEqual(
      (await readAround(store, 'b', 'dee', 1)).map((row) => [row.sellerId, row.rank, row.position]),
      [
        ['ana', 1, 0],
        ['dee', 2, 1],
        ['ben', 2, 2],
      ],
      'dee first of the tie',
    );
    await store.write([upsert('b', 'dee', 80, 1)]);
    deepEqual(
      (await readAround(store, 'b', 'dee', 1)).map((row) => row.sellerId),
      ['ben', 'dee', 'cai'],
      'dee after ben (same time, "ben" < "dee")',
    );
  });

  group.test('an upsert with the same score and time changes nothing', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    await store.write([upsert('b', 'cai', 80, 2), upsert('b', 'ana', 90, 5)]);
    await expectBoard(store, 'b', seven, 'after repeating two rows');
  });

  group.test('removing a middle row closes the gap and re-ranks the rows below', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    await store.write([remove('b', 'cai')]);
    await expectBoard(
      store,
      'b',
      [
        ['ana', 90, 5, 1],
        ['ben', 80, 1, 2],
        ['dee', 80, 3, 2],
        ['eli', 70, 1, 4],
        ['fay', 70, 2, 4],
        ['gus', 60, 0, 6],
      ],
      'after removing cai',
    );
    await store.write([remove('b', 'ana')]);
    await expectBoard(
      store,
      'b',
      [
        ['ben', 80, 1, 1],
        ['dee', 80, 3, 1],
        ['eli', 70, 1, 3],
        ['fay', 70, 2, 3],
        ['gus', 60, 0, 5],
      ],
      'after removing the first row too',
    );
    equal(await store.rank('b', 'cai'), undefined, 'rank of a removed seller');
    deepEqual(await readAround(store, 'b', 'cai', 2), [], 'around a removed seller');
  });

  group.test('removing a seller who is not there, or from an unknown board, is not an error', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    await store.write([remove('b', 'nobody'), remove('unknown', 'ana')]);
    await expectBoard(store, 'b', seven, 'the board');
    await expectEmpty(store, 'unknown', 'the unknown board', ['ana']);
  });

  group.test('a board emptied by removals reads like an unknown one; a removed seller can come back', async (t) => {
    const store = await t.store();
    await store.write([upsert('b', 'ana', 5, 1), upsert('b', 'ben', 4, 1)]);
    await store.write([remove('b', 'ana'), remove('b', 'ben')]);
    await expectEmpty(store, 'b', 'the emptied board', ['ana', 'ben']);
    await store.write([upsert('b', 'ben', 1, 9)]);
    await expectBoard(store, 'b', [['ben', 1, 9, 1]], 'after ben came back with a new score');
  });
}
