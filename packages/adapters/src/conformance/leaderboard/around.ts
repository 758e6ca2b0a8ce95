import { deepEqual } from '../assert.js';
import type { LeaderboardGroup } from './harness.js';
import { ranked, readAround, seven, writeSeven } from './rows.js';

/** around(seller, radius): the seller's row with its neighbours, fewer at the ends. */
export function aroundTests(group: LeaderboardGroup): void {
  group.test('around a seller in the middle gives radius rows either side', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    deepEqual(await readAround(store, 'b', 'dee', 1), ranked(seven.slice(2, 5), 2), 'radius 1 around dee');
    deepEqual(await readAround(store, 'b', 'dee', 2), ranked(seven.slice(1, 6), 1), 'radius 2 around dee');
    deepEqual(await readAround(store, 'b', 'cai', 0), ranked(seven.slice(2, 3), 2), 'radius 0 inside a tie');
    deepEqual(await readAround(store, 'b', 'fay', 0), ranked(seven.slice(5, 6), 5), 'radius 0, second of a tie');
  });

  group.test('around the first seller has no rows above', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    deepEqual(await readAround(store, 'b', 'ana', 2), ranked(seven.slice(0, 3)), 'radius 2 around the first');
    deepEqual(await readAround(store, 'b', 'ben', 3), ranked(seven.slice(0, 5)), 'radius 3 around the second');
    deepEqual(await readAround(store, 'b', 'ana', 0), ranked(seven.slice(0, 1)), 'radius 0 around the first');
  });

  group.test('around the last seller has no rows below', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    deepEqual(await readAround(store, 'b', 'gus', 2), ranked(seven.slice(4), 4), 'radius 2 around the last');
    deepEqual(await readAround(store, 'b', 'fay', 3), ranked(seven.slice(2), 2), 'radius 3 around the next to last');
  });

  group.test('a radius wider than the board gives the whole board', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    deepEqual(await readAround(store, 'b', 'dee', 100), ranked(seven), 'radius 100');
    await store.write([{ type: 'upsert', board: 'alone', entry: { sellerId: 'solo', score: 1, completedAt: 1 } }]);
    deepEqual(await readAround(store, 'alone', 'solo', 5), ranked([['solo', 1, 1, 1]]), 'a board of one');
  });

  group.test('around a seller not on the board, or on an unknown board, is []', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    await store.write([{ type: 'upsert', board: 'other', entry: { sellerId: 'zed', score: 1, completedAt: 1 } }]);
    deepEqual(await readAround(store, 'b', 'zed', 2), [], 'a seller on another board only');
    deepEqual(await readAround(store, 'b', 'nobody', 0), [], 'a seller on no board');
    deepEqual(await readAround(store, 'unknown', 'ana', 2), [], 'an unknown board');
  });
}
