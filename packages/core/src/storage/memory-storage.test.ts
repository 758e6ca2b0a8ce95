import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import { createMemoryDatabase } from './memory-database.js';
import { createMemoryStorage } from './memory-storage.js';
import type { StorageSchema } from './storage-adapter.js';
import { compareKeys } from './storage-key.js';

const schema: StorageSchema = {
  name: 'test',
  version: 1,
  collections: [
    {
      name: 'answers',
      keyPath: ['attemptId', 'questionId'],
      indexes: [
        { name: 'bySeller', keyPath: 'sellerId' },
        { name: 'byTopic', keyPath: 'topics', multiEntry: true },
        { name: 'byReceipt', keyPath: 'receipt', unique: true },
      ],
    },
    { name: 'sellers', keyPath: 'id' },
  ],
};

const rejectsWith = async (promise: Promise<unknown>, code: string) => {
  await assert.rejects(promise, (error: unknown) => isMindError(error) && error.code === code);
};

async function opened(database = createMemoryDatabase()) {
  const storage = createMemoryStorage({ database });
  await storage.open(schema);
  return storage;
}

test('records read back are copies: mutating them or the written value changes nothing stored', async () => {
  const storage = await opened();
  const seller = { id: 's1', name: 'Marie', tags: ['a'] };
  await storage.put('sellers', seller);
  seller.tags.push('mutated');
  const read = await storage.get<typeof seller>('sellers', 's1');
  assert.deepEqual(read, { id: 's1', name: 'Marie', tags: ['a'] });
  read!.tags.push('again');
  assert.deepEqual((await storage.get<typeof seller>('sellers', 's1'))!.tags, ['a']);
});

test('a batch with one failing write leaves storage unchanged', async () => {
  const storage = await opened();
  await storage.put('answers', { attemptId: 'a1', questionId: 'q1', sellerId: 's1', receipt: 'r1', topics: ['x'] });
  await rejectsWith(
    storage.batch([
      { type: 'put', collection: 'sellers', value: { id: 's9' } },
      { type: 'delete', collection: 'answers', key: ['a1', 'q1'] },
      { type: 'append-chunk', blobId: 'b1', chunk: new Uint8Array([1, 2]) },
      { type: 'add', collection: 'sellers', value: { id: 's9' } },
    ]),
    'MIND_CONFLICT',
  );
  assert.equal(await storage.get('sellers', 's9'), undefined);
  assert.ok(await storage.get('answers', ['a1', 'q1']));
  assert.equal((await storage.readChunks('b1')).length, 0);
  assert.equal(await storage.count('answers', { index: 'byTopic', range: { only: 'x' } }), 1);
});

test('unique indexes refuse a second record with the same key', async () => {
  const storage = await opened();
  await storage.put('answers', { attemptId: 'a1', questionId: 'q1', receipt: 'r1' });
  await storage.put('answers', { attemptId: 'a1', questionId: 'q1', receipt: 'r1', sellerId: 's1' });
  await rejectsWith(storage.put('answers', { attemptId: 'a2', questionId: 'q1', receipt: 'r1' }), 'MIND_CONFLICT');
});

test('queries follow IndexedDB order, ranges, direction and limit; multiEntry indexes each element', async () => {
  const storage = await opened();
  const rows = [
    { attemptId: 'a2', questionId: 'q1', sellerId: 's2', topics: ['pricing', 'security'] },
    { attemptId: 'a1', questionId: 'q2', sellerId: 's1', topics: ['pricing'] },
    { attemptId: 'a1', questionId: 'q1', sellerId: 's1', topics: [] },
    { attemptId: 'a3', questionId: 'q1', sellerId: 's3' },
  ];
  await storage.batch(rows.map((value) => ({ type: 'put' as const, collection: 'answers', value })));
  const keys = (list: { attemptId: string; questionId: string }[]) => list.map((r) => `${r.attemptId}/${r.questionId}`);
  assert.deepEqual(keys(await storage.query('answers')), ['a1/q1', 'a1/q2', 'a2/q1', 'a3/q1']);
  assert.deepEqual(keys(await storage.query('answers', { direction: 'prev', limit: 2 })), ['a3/q1', 'a2/q1']);
  assert.deepEqual(
    keys(await storage.query('answers', { range: { lower: ['a1', 'q2'], upper: ['a2'], upperOpen: false } })),
    ['a1/q2'],
  );
  assert.deepEqual(
    keys(await storage.query('answers', { index: 'bySeller', range: { lower: 's1', upper: 's2', upperOpen: true } })),
    ['a1/q1', 'a1/q2'],
  );
  assert.deepEqual(keys(await storage.query('answers', { index: 'byTopic', range: { only: 'pricing' } })), [
    'a1/q2',
    'a2/q1',
  ]);
  assert.equal(await storage.count('answers', { index: 'byTopic' }), 3);
});

test('errors carry stable codes: closed store, unknown collection or index, bad keys', async () => {
  const storage = createMemoryStorage();
  await rejectsWith(storage.get('sellers', 's1'), 'MIND_STORAGE_CLOSED');
  await storage.open(schema);
  await rejectsWith(storage.get('nope', 's1'), 'MIND_NOT_FOUND');
  await rejectsWith(storage.query('sellers', { index: 'nope' }), 'MIND_NOT_FOUND');
  await rejectsWith(storage.put('sellers', { name: 'no id' }), 'MIND_INVALID_INPUT');
  await rejectsWith(storage.get('sellers', Number.NaN), 'MIND_INVALID_INPUT');
  await rejectsWith(storage.query('sellers', { limit: -1 }), 'MIND_INVALID_INPUT');
  await storage.close();
  await rejectsWith(storage.put('sellers', { id: 'x' }), 'MIND_STORAGE_CLOSED');
});

test('upgrades keep data, index existing records, and refuse going back a version', async () => {
  const database = createMemoryDatabase();
  const v1 = await opened(database);
  await v1.put('sellers', { id: 's1', partnerId: 'p1' });
  await v1.put('sellers', { id: 's2', partnerId: 'p1' });
  await v1.close();
  const v2 = createMemoryStorage({ database });
  const upgraded: StorageSchema = {
    ...schema,
    version: 2,
    collections: [{ name: 'sellers', keyPath: 'id', indexes: [{ name: 'byPartner', keyPath: 'partnerId' }] }],
  };
  await v2.open(upgraded);
  assert.equal(await v2.count('sellers', { index: 'byPartner', range: { only: 'p1' } }), 2);
  await rejectsWith(v2.get('answers', ['a', 'q']), 'MIND_NOT_FOUND');
  await rejectsWith(createMemoryStorage({ database }).open(schema), 'MIND_SCHEMA_MISMATCH');
});

test('blobs grow chunk by chunk, are copied on append, and are deleted whole', async () => {
  const storage = await opened();
  const buffer = new Uint8Array([1, 2, 3]);
  await storage.batch([{ type: 'append-chunk', blobId: 'rec-1', chunk: buffer }]);
  buffer[0] = 9;
  await storage.batch([{ type: 'append-chunk', blobId: 'rec-1', chunk: new Uint8Array([4]) }]);
  const chunks = (await storage.readChunks('rec-1')) as Uint8Array[];
  assert.deepEqual(
    chunks.map((chunk) => [...chunk]),
    [[1, 2, 3], [4]],
  );
  await storage.batch([{ type: 'delete-blob', blobId: 'rec-1' }]);
  assert.deepEqual(await storage.readChunks('rec-1'), []);
});

test('instances over one database announce their writes to each other, never to themselves', async () => {
  const database = createMemoryDatabase();
  const tabA = await opened(database);
  const tabB = await opened(database);
  const seenByA: string[][] = [];
  const seenByB: string[][] = [];
  tabA.watch!((change) => seenByA.push([...change.collections]));
  tabB.watch!((change) => seenByB.push([...change.collections]));
  await tabA.put('sellers', { id: 's1' });
  assert.deepEqual(seenByA, []);
  assert.deepEqual(seenByB, [['sellers']]);
  assert.deepEqual(await tabB.get('sellers', 's1'), { id: 's1' });
});

test('property: a query equals a naive sort of the stored records by key', async () => {
  const key = fc.oneof(
    fc.integer({ min: -5, max: 5 }),
    fc.constantFrom('a', 'b', 'ab', ''),
    fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom('x', 'y')),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.record({ id: fc.integer({ min: 0, max: 30 }), sellerId: key }, { noNullPrototype: true }), {
        maxLength: 40,
      }),
      async (records) => {
        const storage = await opened();
        for (const record of records) await storage.put('sellers', record);
        const latest = new Map(records.map((record) => [record.id, record]));
        const expected = [...latest.values()].sort((a, b) => compareKeys(a.sellerId, b.sellerId) || a.id - b.id);
        const byIndex: StorageSchema = {
          ...schema,
          version: 2,
          collections: [{ name: 'sellers', keyPath: 'id', indexes: [{ name: 'bySeller', keyPath: 'sellerId' }] }],
        };
        await storage.close();
        await storage.open(byIndex);
        assert.deepEqual(await storage.query('sellers', { index: 'bySeller' }), expected);
      },
    ),
    { numRuns: 60 },
  );
});
