import type { LeaderboardStore } from '@mindshare/core';
import { rejectsWithCode } from '../assert.js';
import type { LeaderboardGroup } from './harness.js';
import { entry, expectBoard, seven, upsert, writeSeven } from './rows.js';

/** close(): every later call rejects with MIND_STORAGE_CLOSED; other stores carry on. */
export function closedTests(group: LeaderboardGroup): void {
  group.test('every call after close() rejects with MIND_STORAGE_CLOSED', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    await store.close();
    await expectClosed(store, 'b');
    await expectClosed(store, 'never-written');
  });

  group.test('closing a store leaves another store from the factory working', async (t) => {
    const closing = await t.store();
    const other = await t.store();
    await writeSeven(closing, 'b');
    await writeSeven(other, 'b');
    await closing.close();
    await expectBoard(other, 'b', seven, 'the other store');
    await other.write([upsert('b', 'zoe', 1, 1)]);
    await expectClosed(closing, 'b');
  });
}

async function expectClosed(store: LeaderboardStore, board: string): Promise<void> {
  const code = 'MIND_STORAGE_CLOSED';
  await rejectsWithCode(store.write([upsert(board, 'ana', 1, 1)]), code, `write on ${board}`);
  await rejectsWithCode(store.write([]), code, 'an empty write');
  await rejectsWithCode(store.replace(board, [entry('ana', 1, 1)]), code, `replace on ${board}`);
  await rejectsWithCode(store.rank(board, 'ana'), code, `rank on ${board}`);
  await rejectsWithCode(store.page(board, 0, 10), code, `page on ${board}`);
  await rejectsWithCode(store.around(board, 'ana', 2), code, `around on ${board}`);
  await rejectsWithCode(store.count(board), code, `count on ${board}`);
}
