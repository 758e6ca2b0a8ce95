import { bytesOf, deepEqual, equal, rejectsWithCode } from './assert.js';
import type { Group } from './harness.js';
import { baseSchema, idsOf, withVersion } from './schemas.js';

const items = baseSchema.collections[0]!;
const pairs = baseSchema.collections[1]!;

/** Persistence across instances and schema upgrades with data in the store (needs `reopen`). */
export function upgradeTests(group: Group): void {
  const needsReopen = { reopen: true };

  group.test(
    'records and blobs persist into another instance over the same store',
    async (t) => {
      const first = await t.open();
      await first.put('items', { id: 'a', when: new Date(7) });
      await first.batch([{ type: 'append-chunk', blobId: 'b', chunk: new Uint8Array([1, 2]) }]);
      await first.close();
      const second = await t.reopen(first);
      deepEqual(await second.get('items', 'a'), { id: 'a', when: new Date(7) }, 'the record');
      deepEqual(await Promise.all((await second.readChunks('b')).map(bytesOf)), [new Uint8Array([1, 2])], 'the blob');
    },
    needsReopen,
  );

  group.test(
    'a new index covers the records already stored',
    async (t) => {
      const v1 = await t.open();
      await v1.batch(
        [3, 1, 2].map((n) => ({ type: 'put' as const, collection: 'pairs', value: { a: `a${n}`, b: n, c: n % 2 } })),
      );
      await v1.close();
      const v2 = await t.reopen(
        v1,
        withVersion(2, [items, { ...pairs, indexes: [{ name: 'byC', keyPath: 'c' }] }, baseSchema.collections[2]!]),
      );
      equal(await v2.count('pairs', { index: 'byC', range: { only: 1 } }), 2, 'indexed existing records');
      deepEqual(
        (await v2.query<{ b: number }>('pairs', { index: 'byC' })).map((r) => r.b),
        [2, 1, 3],
        'index order',
      );
    },
    needsReopen,
  );

  group.test(
    'an upgrade drops gone collections and indexes, keeps the others, adds new ones',
    async (t) => {
      const v1 = await t.open();
      await v1.put('items', { id: 'a', group: 'g', tags: ['x'] });
      await v1.put('keys', { k: 1 });
      await v1.batch([{ type: 'append-chunk', blobId: 'kept', chunk: new Uint8Array([1]) }]);
      await v1.close();
      const v2 = await t.reopen(
        v1,
        withVersion(3, [
          { ...items, indexes: items.indexes!.filter((index) => index.name !== 'byGroup') },
          { name: 'fresh', keyPath: 'id' },
        ]),
      );
      deepEqual(idsOf(await v2.query('items', { index: 'byTags' })), ['a'], 'kept index');
      await rejectsWithCode(v2.query('items', { index: 'byGroup' }), 'MIND_NOT_FOUND', 'dropped index');
      await rejectsWithCode(v2.get('keys', 1), 'MIND_NOT_FOUND', 'dropped collection');
      equal(await v2.count('fresh'), 0, 'new collection');
      await v2.put('fresh', { id: 'n' });
      equal((await v2.readChunks('kept')).length, 1, 'blobs survive upgrades');
    },
    needsReopen,
  );

  group.test(
    'a collection whose key path changed is recreated empty',
    async (t) => {
      const v1 = await t.open();
      await v1.put('keys', { k: 1, other: 'x' });
      await v1.close();
      const v2 = await t.reopen(v1, withVersion(2, [items, pairs, { name: 'keys', keyPath: 'other' }]));
      equal(await v2.count('keys'), 0, 'records after the key path changed');
      await v2.put('keys', { other: 'y' });
      deepEqual(await v2.get('keys', 'y'), { other: 'y' }, 'new key path');
    },
    needsReopen,
  );

  group.test(
    'opening an older version than the store has is MIND_SCHEMA_MISMATCH',
    async (t) => {
      const v2 = await t.open(withVersion(2, baseSchema.collections));
      await v2.put('items', { id: 'a' });
      await v2.close();
      const old = await t.reopenClosed(v2);
      await rejectsWithCode(old.open(baseSchema), 'MIND_SCHEMA_MISMATCH', 'version 1 over version 2');
      const same = await t.reopen(v2, withVersion(2, baseSchema.collections));
      equal(await same.count('items'), 1, 'the store is unchanged');
    },
    needsReopen,
  );

  group.test(
    'an upgrade whose new unique index the data violates is MIND_CONFLICT and changes nothing',
    async (t) => {
      const v1 = await t.open();
      await v1.put('pairs', { a: 'x', b: 1, code: 'same' });
      await v1.put('pairs', { a: 'x', b: 2, code: 'same' });
      await v1.close();
      const unique = { ...pairs, indexes: [{ name: 'byCode', keyPath: 'code', unique: true }] };
      const v2 = await t.reopenClosed(v1);
      await rejectsWithCode(v2.open(withVersion(2, [items, unique])), 'MIND_CONFLICT', 'the upgrade');
      const back = await t.reopen(v1);
      equal(await back.count('pairs'), 2, 'records at version 1');
      equal(await back.count('keys'), 0, 'collections of version 1');
    },
    needsReopen,
  );

  group.test('a schema version that is not a positive integer is MIND_INVALID_INPUT', async (t) => {
    for (const version of [0, -1, 1.5, Number.NaN]) {
      const storage = await t.fresh();
      await rejectsWithCode(storage.open({ ...baseSchema, version }), 'MIND_INVALID_INPUT', `version ${version}`);
    }
  });
}
