import type { LeaderboardStore } from '@mindshare/core';
import type { LeaderboardGroup, LeaderboardTestContext } from './harness.js';
import { entry, expectBoard, expectEmpty, remove, seven, upsert, writeSeven } from './rows.js';

/** A store that says it is shared: what one engine writes, another one reads. */
export function sharedTests(group: LeaderboardGroup): void {
  group.test('writes, removals and replaces through one store are read through another', async (t) => {
    const [first, second] = await sharedPair(t);
    await writeSeven(first, 'b');
    await expectBoard(second, 'b', seven, 'b through the second store');
    await second.write([remove('b', 'gus'), upsert('c', 'ana', 1, 1)]);
    await expectBoard(first, 'b', seven.slice(0, 6), 'b through the first store');
    await expectBoard(first, 'c', [['ana', 1, 1, 1]], 'c through the first store');
    await first.replace('c', []);
    await expectEmpty(second, 'c', 'c through the second store after a replace', ['ana']);
  });

  group.test('closing one store leaves the boards to the others', async (t) => {
    const [first, second] = await sharedPair(t);
    await first.replace('b', [entry('ana', 1, 1)]);
    await first.close();
    await expectBoard(second, 'b', [['ana', 1, 1, 1]], 'b through the open store');
  });
}

/** Two stores over the same data, or a skip when the store is not shared. */
async function sharedPair(t: LeaderboardTestContext): Promise<[LeaderboardStore, LeaderboardStore]> {
  const first = await t.store();
  if (!first.supports.shared) t.skip('the store is not shared (supports.shared is false)');
  return [first, await t.reopen(first)];
}
