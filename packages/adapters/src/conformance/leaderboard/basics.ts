import { deepEqual, equal } from '../assert.js';
import type { LeaderboardGroup } from './harness.js';
import { expectBoard, expectEmpty, readAround, readPage, upsert } from './rows.js';

/** Unknown boards, one seller read back every way, counts, board names, isolation. */
export function basicTests(group: LeaderboardGroup): void {
  group.test('a board no one wrote to is empty: 0, [] and undefined, not errors', async (t) => {
    const store = await t.store();
    await expectEmpty(store, 'never-written', 'an unknown board');
    deepEqual(await readPage(store, 'never-written', 5, 5), [], 'a page past the start');
    await store.write([upsert('other', 'ana', 1, 1)]);
    await expectEmpty(store, 'never-written', 'an unknown board beside a written one', ['ana']);
  });

  group.test('an upserted seller reads back through rank, page, around and count', async (t) => {
    const store = await t.store();
    await store.write([upsert('q4/global', 'ana', 80, 1_700_000_000_000)]);
    const row = { sellerId: 'ana', score: 80, completedAt: 1_700_000_000_000, rank: 1, position: 0 };
    equal(await store.rank('q4/global', 'ana'), 1, 'rank');
    equal(await store.count('q4/global'), 1, 'count');
    deepEqual(await readPage(store, 'q4/global', 0, 10), [row], 'page');
    deepEqual(await readAround(store, 'q4/global', 'ana', 2), [row], 'around');
    equal(await store.rank('q4/global', 'ben'), undefined, 'rank of a seller not on the board');
  });

  group.test('a seller is on a board once: count counts sellers, not writes', async (t) => {
    const store = await t.store();
    await store.write([upsert('b', 'ana', 10, 1), upsert('b', 'ben', 20, 1)]);
    await store.write([upsert('b', 'ana', 30, 2)]);
    await store.write([upsert('b', 'ana', 30, 2), upsert('b', 'ben', 20, 1)]);
    await expectBoard(
      store,
      'b',
      [
        ['ana', 30, 2, 1],
        ['ben', 20, 1, 2],
      ],
      'after repeated upserts',
    );
  });

  group.test('boards are independent, even with names that look alike', async (t) => {
    const store = await t.store();
    const names = [
      'q4',
      'q4/',
      'q4/global',
      'Q4/global',
      'q4:global',
      'q4 global',
      'q4/glöbal',
      'q4/😀',
      'q4/global/x',
    ];
    await store.write(names.map((name, i) => upsert(name, `seller-${i}`, i, i)));
    for (const [i, name] of names.entries()) {
      await expectBoard(store, name, [[`seller-${i}`, i, i, 1]], `board "${name}"`);
    }
  });

  group.test('one seller on several boards has a score and a rank on each', async (t) => {
    const store = await t.store();
    await store.write([
      upsert('north', 'ana', 50, 1),
      upsert('north', 'ben', 60, 1),
      upsert('global', 'ana', 90, 3),
      upsert('global', 'ben', 10, 2),
    ]);
    await expectBoard(
      store,
      'north',
      [
        ['ben', 60, 1, 1],
        ['ana', 50, 1, 2],
      ],
      'north',
    );
    await expectBoard(
      store,
      'global',
      [
        ['ana', 90, 3, 1],
        ['ben', 10, 2, 2],
      ],
      'global',
    );
  });

  group.test('two stores from the factory are isolated', async (t) => {
    const first = await t.store();
    const second = await t.store();
    await first.write([upsert('shared-name', 'only-in-first', 1, 1)]);
    await second.replace('replaced-in-second', [{ sellerId: 'only-in-second', score: 1, completedAt: 1 }]);
    await expectEmpty(second, 'shared-name', 'the other store', ['only-in-first']);
    await expectEmpty(first, 'replaced-in-second', 'the first store', ['only-in-second']);
  });
}
