import { deepEqual, equal } from '../assert.js';
import type { LeaderboardGroup } from './harness.js';
import { entry, expectBoard, readAround, readPage, upsert, type Row } from './rows.js';

/** Listing order and shared ranks: score, then completion, then sellerId by UTF-16 code unit. */
export function tieTests(group: LeaderboardGroup): void {
  group.test('equal scores share a rank (1, 2, 2, 4), the earlier completion listed first', async (t) => {
    const store = await t.store();
    await store.write([upsert('b', 'dan', 70, 0), upsert('b', 'ben', 80, 3), upsert('b', 'ana', 90, 5)]);
    await store.write([upsert('b', 'cat', 80, 1)]);
    await expectBoard(
      store,
      'b',
      [
        ['ana', 90, 5, 1],
        ['cat', 80, 1, 2],
        ['ben', 80, 3, 2],
        ['dan', 70, 0, 4],
      ],
      'the board',
    );
  });

  group.test('a higher score is listed first however late it came', async (t) => {
    const store = await t.store();
    await store.write([upsert('b', 'early', 40, 0), upsert('b', 'late', 41, 9_999_999_999_999)]);
    await expectBoard(
      store,
      'b',
      [
        ['late', 41, 9_999_999_999_999, 1],
        ['early', 40, 0, 2],
      ],
      'the board',
    );
  });

  group.test(
    'equal score and time are listed by sellerId in UTF-16 code units, not locale or code point',
    async (t) => {
      const store = await t.store();
      // By code unit: 'Z' < 'a' < 'ab' < 'z' < 'é' < '😀' (U+D83D U+DE00) < U+E000 < U+FFFD.
      // By code point '😀' (U+1F600) would come last; by locale 'é' would sit before 'z'.
      const ids = ['😀', 'z', '\uFFFD', 'a', 'é', 'ab', '\uE000', 'Z'];
      const listed = ['Z', 'a', 'ab', 'z', 'é', '😀', '\uE000', '\uFFFD'];
      await store.write(ids.map((id) => upsert('written', id, 5, 5)));
      await store.replace(
        'replaced',
        [...ids].reverse().map((id) => entry(id, 5, 5)),
      );
      for (const board of ['written', 'replaced']) {
        await expectBoard(
          store,
          board,
          listed.map((id): Row => [id, 5, 5, 1]),
          board,
        );
        deepEqual(
          (await readAround(store, board, '😀', 1)).map((row) => row.sellerId),
          ['é', '😀', '\uE000'],
          `${board}: around a seller whose id is a surrogate pair`,
        );
      }
    },
  );

  group.test('sellerIds that differ only after a surrogate pair or by a prefix are different sellers', async (t) => {
    const store = await t.store();
    const ids = ['😀', '😀a', '😁', 'a😀', 'a', 'a\u0000', '\uD83D\uDE00\uD83D\uDE00'];
    await store.write(ids.map((id, i) => upsert('b', id, i, 0)));
    equal(await store.count('b'), ids.length, 'count');
    for (const [i, id] of ids.entries())
      equal(await store.rank('b', id), ids.length - i, `rank of ${JSON.stringify(id)}`);
  });

  group.test('completion times compare as numbers: negative, fractional and large', async (t) => {
    const store = await t.store();
    const times = [1e15, 2, -5, 0.5, 10, 1.25];
    await store.write(times.map((time, i) => upsert('b', `s${i}`, 1, time)));
    deepEqual(
      (await readPage(store, 'b', 0, 10)).map((row) => row.completedAt),
      [-5, 0.5, 1.25, 2, 10, 1e15],
      'completion times in listing order',
    );
  });

  group.test('scores are any finite numbers, kept exactly: negative, fractional, huge and tiny', async (t) => {
    const store = await t.store();
    const scores = [
      0,
      -1,
      0.3,
      0.1 + 0.2, // 0.30000000000000004: a different score from 0.3
      -0.5,
      Number.MIN_VALUE,
      -Number.MIN_VALUE,
      1e300,
      -1e300,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      2 ** 53,
      2 ** 53 + 2,
      123456.789,
    ];
    // Distinct scores, so times do not order them; epoch-like times still leave no room to pack both in one number.
    await store.write(scores.map((score, i) => upsert('b', `s${i}`, score, 1_700_000_000_000 + i)));
    const expected = [...scores].sort((a, b) => b - a);
    const listed = await readPage(store, 'b', 0, scores.length);
    deepEqual(
      listed.map((row) => row.score),
      expected,
      'scores in listing order, read back exactly',
    );
    deepEqual(
      listed.map((row) => row.rank),
      expected.map((_, i) => i + 1),
      'distinct scores have distinct ranks',
    );
    for (const [i, score] of scores.entries()) {
      equal(await store.rank('b', `s${i}`), expected.indexOf(score) + 1, `rank of the score ${score}`);
    }
  });

  group.test('ties among fractional and negative scores share ranks too', async (t) => {
    const store = await t.store();
    await store.write([
      upsert('b', 'a', -2.5, 2),
      upsert('b', 'b', 0.1, 1),
      upsert('b', 'c', -2.5, 1),
      upsert('b', 'd', 0.1, 3),
      upsert('b', 'e', -7, 0),
    ]);
    await expectBoard(
      store,
      'b',
      [
        ['b', 0.1, 1, 1],
        ['d', 0.1, 3, 1],
        ['c', -2.5, 1, 3],
        ['a', -2.5, 2, 3],
        ['e', -7, 0, 5],
      ],
      'the board',
    );
  });
}
