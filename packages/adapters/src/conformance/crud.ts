import type { StorageAdapter } from '@mindshare/core';
import { bytesOf, deepEqual, equal, ok, rejectsWithCode } from './assert.js';
import type { Group } from './harness.js';
import { baseSchema, type Item } from './schemas.js';

/** open/close, get/put/delete, copies, isolation, error codes and large values. */
export function crudTests(group: Group): void {
  group.test('put then get returns an equal record; a missing key gives undefined', async (t) => {
    const storage = await t.open();
    const record = { id: 'a', group: 'g', nested: { list: [1, 'two', null], when: new Date(5) }, flag: true };
    await storage.put('items', record);
    deepEqual(await storage.get('items', 'a'), record, 'the record read back');
    equal(await storage.get('items', 'missing'), undefined, 'a missing key');
  });

  group.test('put replaces the record with the same key', async (t) => {
    const storage = await t.open();
    await storage.put('items', { id: 'a', group: 'one' });
    await storage.put('items', { id: 'a', rank: 2 });
    deepEqual(await storage.get('items', 'a'), { id: 'a', rank: 2 }, 'the replaced record');
    equal(await storage.count('items'), 1, 'records');
  });

  group.test('delete removes a record; deleting a missing key is not an error', async (t) => {
    const storage = await t.open();
    await storage.put('items', { id: 'a' });
    await storage.put('items', { id: 'b' });
    await storage.delete('items', 'a');
    await storage.delete('items', 'never-there');
    equal(await storage.get('items', 'a'), undefined, 'the deleted record');
    deepEqual(await storage.get('items', 'b'), { id: 'b' }, 'the other record');
  });

  group.test('add over an existing key is MIND_CONFLICT and keeps the stored record', async (t) => {
    const storage = await t.open();
    await storage.batch([{ type: 'add', collection: 'items', value: { id: 'a', v: 1 } }]);
    await rejectsWithCode(
      storage.batch([{ type: 'add', collection: 'items', value: { id: 'a', v: 2 } }]),
      'MIND_CONFLICT',
    );
    deepEqual(await storage.get('items', 'a'), { id: 'a', v: 1 }, 'the first record');
  });

  group.test('compound primary keys are read from several fields', async (t) => {
    const storage = await t.open();
    await storage.put('pairs', { a: 'x', b: 1, v: 'x1' });
    await storage.put('pairs', { a: 'x', b: 2, v: 'x2' });
    deepEqual(await storage.get('pairs', ['x', 2]), { a: 'x', b: 2, v: 'x2' }, 'by compound key');
    equal(await storage.get('pairs', ['x']), undefined, 'a prefix is not a key');
    await storage.delete('pairs', ['x', 1]);
    equal(await storage.count('pairs'), 1, 'records after delete');
  });

  group.test('every call before open() rejects with MIND_STORAGE_CLOSED', async (t) => {
    const storage = await t.fresh();
    await expectClosed(storage);
  });

  group.test('every call after close() rejects with MIND_STORAGE_CLOSED; open() again works', async (t) => {
    const storage = await t.open();
    await storage.put('items', { id: 'kept' });
    await storage.close();
    await expectClosed(storage);
    await storage.open(baseSchema);
    const again = await storage.get('items', 'kept');
    // A store that does not persist across open() calls may legitimately start empty again.
    ok(again === undefined || (again as Item).id === 'kept', 'the store opens again');
  });

  group.test('a written value is copied: changing it afterwards changes nothing stored', async (t) => {
    const storage = await t.open();
    const record = { id: 'a', tags: ['x'], deep: { n: 1 } };
    await storage.put('items', record);
    record.tags.push('y');
    record.deep.n = 2;
    await storage.batch([{ type: 'put', collection: 'items', value: { id: 'b', deep: record.deep } }]);
    record.deep.n = 3;
    deepEqual(await storage.get('items', 'a'), { id: 'a', tags: ['x'], deep: { n: 1 } }, 'record a');
    deepEqual(await storage.get('items', 'b'), { id: 'b', deep: { n: 2 } }, 'record b');
    equal(await storage.count('items', { index: 'byTags', range: { only: 'y' } }), 0, 'index entries for y');
  });

  group.test('a value changed right after the call, before it settles, is stored as it was at the call', async (t) => {
    const storage = await t.open();
    const record = { id: 'a', n: 1 };
    const writing = storage.put('items', record);
    record.n = 2;
    const chunk = new Uint8Array([1]);
    const appending = storage.batch([{ type: 'append-chunk', blobId: 'b', chunk }]);
    chunk[0] = 2;
    await Promise.all([writing, appending]);
    deepEqual(await storage.get('items', 'a'), { id: 'a', n: 1 }, 'the record');
    deepEqual(await bytesOf((await storage.readChunks('b'))[0]!), new Uint8Array([1]), 'the chunk');
  });

  group.test('a value that cannot be cloned (a function) is MIND_INVALID_INPUT', async (t) => {
    const storage = await t.open();
    await rejectsWithCode(storage.put('items', { id: 'a', run: () => 1 }), 'MIND_INVALID_INPUT', 'a function');
    await rejectsWithCode(storage.put('items', 'text' as never), 'MIND_INVALID_INPUT', 'not an object');
    equal(await storage.count('items'), 0, 'records after the refusals');
  });

  group.test('records read are copies: changing them changes nothing stored', async (t) => {
    const storage = await t.open();
    await storage.put('items', { id: 'a', tags: ['x'] });
    const read = (await storage.get<Item>('items', 'a'))!;
    (read.tags as string[]).push('mutated');
    const [queried] = await storage.query<Item>('items');
    queried!.id = 'changed';
    deepEqual(await storage.get('items', 'a'), { id: 'a', tags: ['x'] }, 'the stored record');
    deepEqual(await storage.query('items'), [{ id: 'a', tags: ['x'] }], 'the stored records');
  });

  group.test('two stores from the factory are isolated', async (t) => {
    const first = await t.open();
    const second = await t.open();
    await first.put('items', { id: 'only-in-first' });
    await first.batch([{ type: 'append-chunk', blobId: 'b', chunk: new Uint8Array([1]) }]);
    equal(await second.get('items', 'only-in-first'), undefined, 'the record in the other store');
    equal(await second.count('items'), 0, 'records in the other store');
    equal((await second.readChunks('b')).length, 0, 'chunks in the other store');
  });

  group.test('an unknown collection is MIND_NOT_FOUND for every operation', async (t) => {
    const storage = await t.open();
    await rejectsWithCode(storage.get('nope', 'a'), 'MIND_NOT_FOUND', 'get');
    await rejectsWithCode(storage.put('nope', { id: 'a' }), 'MIND_NOT_FOUND', 'put');
    await rejectsWithCode(storage.delete('nope', 'a'), 'MIND_NOT_FOUND', 'delete');
    await rejectsWithCode(storage.query('nope'), 'MIND_NOT_FOUND', 'query');
    await rejectsWithCode(storage.count('nope'), 'MIND_NOT_FOUND', 'count');
    await rejectsWithCode(
      storage.batch([{ type: 'add', collection: 'nope', value: { id: 'a' } }]),
      'MIND_NOT_FOUND',
      'batch',
    );
  });

  group.test('an invalid key is MIND_INVALID_INPUT', async (t) => {
    const storage = await t.open();
    const invalid: unknown[] = [Number.NaN, null, undefined, true, {}, [1, {}], new Date(Number.NaN)];
    for (const key of invalid) {
      await rejectsWithCode(storage.get('items', key as string), 'MIND_INVALID_INPUT', `get(${String(key)})`);
      await rejectsWithCode(storage.delete('items', key as string), 'MIND_INVALID_INPUT', `delete(${String(key)})`);
      await rejectsWithCode(storage.put('items', { id: key }), 'MIND_INVALID_INPUT', `put with id ${String(key)}`);
    }
    await rejectsWithCode(storage.put('items', { name: 'no id' }), 'MIND_INVALID_INPUT', 'put without a key');
    await rejectsWithCode(storage.put('pairs', { a: 'x' }), 'MIND_INVALID_INPUT', 'half a compound key');
    await rejectsWithCode(
      storage.query('items', { range: { lower: Number.NaN } }),
      'MIND_INVALID_INPUT',
      'an invalid range bound',
    );
    equal(await storage.count('items'), 0, 'records after the refusals');
  });

  group.test('large values (a 1 MB string) round trip', async (t) => {
    const storage = await t.open();
    const big = 'x'.repeat(1024 * 1024 - 3) + 'end';
    await storage.put('items', { id: 'big', big });
    const read = await storage.get<{ big: string }>('items', 'big');
    equal(read?.big.length, big.length, 'length');
    ok(read?.big === big, 'the 1 MB string is unchanged');
  });
}

async function expectClosed(storage: StorageAdapter): Promise<void> {
  await rejectsWithCode(storage.get('items', 'a'), 'MIND_STORAGE_CLOSED', 'get');
  await rejectsWithCode(storage.put('items', { id: 'a' }), 'MIND_STORAGE_CLOSED', 'put');
  await rejectsWithCode(storage.delete('items', 'a'), 'MIND_STORAGE_CLOSED', 'delete');
  await rejectsWithCode(storage.query('items'), 'MIND_STORAGE_CLOSED', 'query');
  await rejectsWithCode(storage.count('items'), 'MIND_STORAGE_CLOSED', 'count');
  await rejectsWithCode(storage.batch([]), 'MIND_STORAGE_CLOSED', 'batch');
  await rejectsWithCode(storage.readChunks('b'), 'MIND_STORAGE_CLOSED', 'readChunks');
}
