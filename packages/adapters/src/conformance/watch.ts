import type { StorageAdapter, StorageChange } from '@mindshare/core';
import { deepEqual, equal, eventually, ok, settle } from './assert.js';
import type { Group, TestContext } from './harness.js';

/**
 * Two instances over one store (two tabs). Skips the test where `supports.watch` is false, then
 * where the options have no `reopen`: each skip says which is missing.
 */
async function twoTabs(t: TestContext): Promise<{ tabA: StorageAdapter; tabB: StorageAdapter }> {
  const tabA = await t.open();
  if (!tabA.supports.watch) t.skip('supports.watch is false');
  // A promise of `supports` that is not kept is a failure, not a skip.
  ok(typeof tabA.watch === 'function', 'supports.watch is true: the adapter has a watch method');
  return { tabA, tabB: await t.reopen(tabA) };
}

/** The changes `tab` is told of from now on, in order. */
function heardBy(tab: StorageAdapter): StorageChange[] {
  const heard: StorageChange[] = [];
  tab.watch!((change) => heard.push(change));
  return heard;
}

/** `watch`, where `supports.watch` says so: writes of one instance are announced to the others. */
export function watchTests(group: Group): void {
  group.test('a write through one instance is announced to another, not to itself', async (t) => {
    const { tabA, tabB } = await twoTabs(t);
    const seenByA = heardBy(tabA);
    const seenByB = heardBy(tabB);
    await tabA.put('items', { id: 'a' });
    await eventually(() => seenByB.length > 0, 'the other instance hears the write');
    deepEqual(seenByB[0]?.collections, ['items'], 'announced collections');
    await tabA.batch([
      { type: 'put', collection: 'pairs', value: { a: 'x', b: 1 } },
      { type: 'append-chunk', blobId: 'b', chunk: new Uint8Array([1]) },
    ]);
    await eventually(() => seenByB.length > 1, 'the other instance hears the batch');
    deepEqual([...(seenByB[1]?.collections ?? [])].sort(), ['$blobs', 'pairs'], 'blob writes are $blobs');
    await settle();
    equal(seenByA.length, 0, 'announcements heard by the writer itself');
    deepEqual(await tabB.get('items', 'a'), { id: 'a' }, 'the other instance reads the write');
  });

  group.test('an announcement that carries keys names exactly the records written, per collection', async (t) => {
    const { tabA, tabB } = await twoTabs(t);
    const seen = heardBy(tabB);
    await tabA.put('items', { id: 'gone' });
    await eventually(() => seen.length > 0, 'the first write is heard');
    await tabA.batch([
      { type: 'put', collection: 'items', value: { id: 'a' } },
      { type: 'add', collection: 'pairs', value: { a: 'x', b: 1 } },
      { type: 'delete', collection: 'items', key: 'gone' },
      { type: 'append-chunk', blobId: 'b', chunk: new Uint8Array([1]) },
    ]);
    await eventually(() => seen.length > 1, 'the batch is heard');
    const keys = seen[1]?.keys;
    if (keys === undefined) return t.skip('this adapter announces collections without keys');
    deepEqual([...(keys.items ?? [])].sort(), ['a', 'gone'], 'keys of items: put and deleted');
    deepEqual(keys.pairs, [['x', 1]], 'the compound key of pairs');
    equal('$blobs' in keys, false, 'blob writes carry no keys');
  });

  group.test('the function watch returns stops the calls', async (t) => {
    const { tabA, tabB } = await twoTabs(t);
    let heardByStopped = 0;
    let heardByKept = 0;
    const stop = tabB.watch!(() => heardByStopped++);
    tabB.watch!(() => heardByKept++);
    await tabA.put('items', { id: 'a' });
    await eventually(() => heardByKept === 1 && heardByStopped === 1, 'both listeners hear the first write');
    stop();
    await tabA.put('items', { id: 'b' });
    await eventually(() => heardByKept === 2, 'the kept listener hears the second write');
    await settle();
    equal(heardByStopped, 1, 'calls after stop()');
  });

  group.test('a failed batch is not announced', async (t) => {
    const { tabA, tabB } = await twoTabs(t);
    const seen = heardBy(tabB);
    await tabA.put('items', { id: 'a' });
    await eventually(() => seen.length === 1, 'the first write is heard');
    await tabA.batch([{ type: 'add', collection: 'items', value: { id: 'a' } }]).catch(() => undefined);
    await settle();
    equal(seen.length, 1, 'announcements after a failed batch');
  });
}
