import type { LeaderboardEntry } from '@mindshare/core';
import { deepEqual, equal } from '../assert.js';
import type { LeaderboardGroup } from './harness.js';
import { naiveListing } from './model.js';
import { ranked, readPage, seven, upsert, writeSeven } from './rows.js';

/** page(offset, limit): slices of the listing, ranks right from any offset, the ends. */
export function pageTests(group: LeaderboardGroup): void {
  group.test('a page that starts inside a tie carries the shared rank', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    deepEqual(await readPage(store, 'b', 2, 3), ranked(seven.slice(2, 5), 2), 'rows 2–4 (ranks 2, 2, 5)');
    deepEqual(await readPage(store, 'b', 5, 1), ranked(seven.slice(5, 6), 5), 'the second row of the 70 tie');
    deepEqual(await readPage(store, 'b', 0, 2), ranked(seven.slice(0, 2)), 'the top two');
  });

  group.test('pages of every size, read one after another, put the listing together', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    for (const size of [1, 2, 3, 4, 7]) {
      const rows = [];
      for (let offset = 0; offset < seven.length; offset += size)
        rows.push(...(await readPage(store, 'b', offset, size)));
      deepEqual(rows, ranked(seven), `pages of ${size}`);
    }
  });

  group.test('a page at or past the end is short or empty; a limit of 0 is empty', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    deepEqual(await readPage(store, 'b', 5, 10), ranked(seven.slice(5), 5), 'the last two rows');
    deepEqual(await readPage(store, 'b', 6, 1), ranked(seven.slice(6), 6), 'the last row');
    deepEqual(await readPage(store, 'b', 7, 3), [], 'a page starting at the count');
    deepEqual(await readPage(store, 'b', 1000, 3), [], 'a page far past the end');
    deepEqual(await readPage(store, 'b', 0, 0), [], 'limit 0 at the start');
    deepEqual(await readPage(store, 'b', 3, 0), [], 'limit 0 in the middle');
  });

  group.test('a board of 300 sellers pages, ranks and counts like a sort of its rows', async (t) => {
    const store = await t.store();
    // Few distinct scores and times, so long ties span whatever pages or nodes a store keeps.
    const entries: LeaderboardEntry[] = Array.from({ length: 300 }, (_, i) => ({
      sellerId: `seller-${(i * 7919) % 1000}`,
      score: (i * 37) % 23,
      completedAt: (i * 13) % 5,
    }));
    await store.write(entries.slice(0, 150).map((e) => ({ type: 'upsert', board: 'big', entry: e })));
    await store.write(entries.slice(150).map((e) => ({ type: 'upsert', board: 'big', entry: e })));
    const expected = naiveListing(entries);
    equal(await store.count('big'), 300, 'count');
    deepEqual(await readPage(store, 'big', 0, 300), expected, 'the whole listing');
    for (const offset of [0, 1, 63, 64, 65, 127, 128, 150, 255, 256, 290, 299]) {
      deepEqual(await readPage(store, 'big', offset, 17), expected.slice(offset, offset + 17), `a page at ${offset}`);
    }
    for (const row of expected.filter((_, i) => i % 29 === 0)) {
      equal(await store.rank('big', row.sellerId), row.rank, `rank of ${row.sellerId}`);
    }
  });

  group.test('positions are 0-based and unique; ranks are 1 + the sellers scoring strictly higher', async (t) => {
    const store = await t.store();
    await store.write([
      upsert('b', 'a', 3, 0),
      upsert('b', 'b', 3, 0),
      upsert('b', 'c', 3, 0),
      upsert('b', 'd', 1, 0),
      upsert('b', 'e', 1, 0),
      upsert('b', 'f', 0, 0),
    ]);
    const rows = await readPage(store, 'b', 0, 6);
    deepEqual(
      rows.map((row) => row.position),
      [0, 1, 2, 3, 4, 5],
      'positions',
    );
    deepEqual(
      rows.map((row) => row.rank),
      [1, 1, 1, 4, 4, 6],
      'ranks',
    );
  });
}
