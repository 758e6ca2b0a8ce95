import type { BatchOperation, StorageAdapter } from '@mindshare/core';
import { deepEqual, equal, rejectsWithCode } from './assert.js';
import type { Group } from './harness.js';
import { idsOf } from './schemas.js';

/** A store with one item, one pair and one blob, to check that a failed batch leaves it as it was. */
async function seeded(storage: StorageAdapter): Promise<void> {
  await storage.batch([
    { type: 'put', collection: 'items', value: { id: 'kept', email: 'kept@x', tags: ['t'] } },
    { type: 'put', collection: 'pairs', value: { a: 'p', b: 1 } },
    { type: 'append-chunk', blobId: 'kept-blob', chunk: new Uint8Array([1, 2]) },
  ]);
}

async function expectSeeded(storage: StorageAdapter, what: string): Promise<void> {
  deepEqual(await storage.query('items'), [{ id: 'kept', email: 'kept@x', tags: ['t'] }], `${what}: items`);
  deepEqual(await storage.query('pairs'), [{ a: 'p', b: 1 }], `${what}: pairs`);
  equal(await storage.count('items', { index: 'byTags', range: { only: 't' } }), 1, `${what}: index entries`);
  equal(await storage.count('items', { index: 'byEmail' }), 1, `${what}: unique index entries`);
  equal((await storage.readChunks('kept-blob')).length, 1, `${what}: chunks of the kept blob`);
  equal((await storage.readChunks('new-blob')).length, 0, `${what}: chunks of a new blob`);
}

/** The writes every failing batch starts with, touching every kind of data before the bad one. */
const before: BatchOperation[] = [
  { type: 'put', collection: 'items', value: { id: 'new', tags: ['t'] } },
  { type: 'put', collection: 'items', value: { id: 'kept', email: 'kept@x', tags: ['changed'] } },
  { type: 'delete', collection: 'pairs', key: ['p', 1] },
  { type: 'append-chunk', blobId: 'new-blob', chunk: new Uint8Array([9]) },
  { type: 'append-chunk', blobId: 'kept-blob', chunk: new Uint8Array([3]) },
];

/** Batches: all or nothing (blob chunks included), order within a batch, concurrent writers. */
export function batchTests(group: Group): void {
  group.test('a batch applies its operations in order', async (t) => {
    const storage = await t.open();
    await storage.batch([
      { type: 'put', collection: 'items', value: { id: 'a', v: 1 } },
      { type: 'put', collection: 'items', value: { id: 'a', v: 2 } },
      { type: 'put', collection: 'items', value: { id: 'b' } },
      { type: 'delete', collection: 'items', key: 'b' },
      { type: 'delete', collection: 'items', key: 'c' },
      { type: 'add', collection: 'items', value: { id: 'c' } },
      { type: 'put', collection: 'pairs', value: { a: 'x', b: 1 } },
      { type: 'append-chunk', blobId: 'blob', chunk: new Uint8Array([1]) },
      { type: 'delete-blob', blobId: 'blob' },
      { type: 'append-chunk', blobId: 'blob', chunk: new Uint8Array([2]) },
    ]);
    deepEqual(await storage.query('items'), [{ id: 'a', v: 2 }, { id: 'c' }], 'items');
    equal(await storage.count('pairs'), 1, 'pairs');
    equal((await storage.readChunks('blob')).length, 1, 'chunks after delete and append');
    await storage.batch([]);
  });

  const failures: [string, BatchOperation, 'MIND_CONFLICT' | 'MIND_INVALID_INPUT' | 'MIND_NOT_FOUND'][] = [
    ['add over an existing key', { type: 'add', collection: 'items', value: { id: 'kept' } }, 'MIND_CONFLICT'],
    [
      'a unique index violated',
      { type: 'put', collection: 'items', value: { id: 'other', email: 'kept@x' } },
      'MIND_CONFLICT',
    ],
    ['an invalid key', { type: 'put', collection: 'items', value: { id: Number.NaN } }, 'MIND_INVALID_INPUT'],
    ['an invalid delete key', { type: 'delete', collection: 'items', key: null as never }, 'MIND_INVALID_INPUT'],
    ['an unknown collection', { type: 'put', collection: 'nope', value: { id: 'x' } }, 'MIND_NOT_FOUND'],
  ];
  for (const [what, bad, code] of failures) {
    group.test(`a batch with ${what} rejects with ${code} and applies nothing`, async (t) => {
      const storage = await t.open();
      await seeded(storage);
      const after: BatchOperation = { type: 'put', collection: 'items', value: { id: 'after' } };
      await rejectsWithCode(storage.batch([...before, bad, after]), code, what);
      await expectSeeded(storage, what);
      equal(await storage.get('items', 'after'), undefined, 'the write after the bad one');
    });
  }

  group.test('a batch that conflicts with its own earlier write applies nothing', async (t) => {
    const storage = await t.open();
    await seeded(storage);
    await rejectsWithCode(
      storage.batch([
        ...before,
        { type: 'put', collection: 'items', value: { id: 'x1', email: 'same@x' } },
        { type: 'put', collection: 'items', value: { id: 'x2', email: 'same@x' } },
      ]),
      'MIND_CONFLICT',
    );
    await expectSeeded(storage, 'after the conflict');
  });

  group.test('concurrent writers: parallel puts and batches all land', async (t) => {
    const storage = await t.open();
    const puts = Array.from({ length: 50 }, (_, i) => storage.put('keys', { k: i }));
    const batches = Array.from({ length: 20 }, (_, i) =>
      storage.batch([
        { type: 'put', collection: 'items', value: { id: `item-${i}`, tags: [`t${i % 3}`] } },
        { type: 'append-chunk', blobId: 'shared', chunk: new Uint8Array([i]) },
      ]),
    );
    const reads = Array.from({ length: 10 }, () => storage.count('keys'));
    await Promise.all([...puts, ...batches, ...reads]);
    equal(await storage.count('keys'), 50, 'keys');
    equal(await storage.count('items'), 20, 'items');
    equal(await storage.count('items', { index: 'byTags', range: { only: 't0' } }), 7, 'indexed items');
    equal((await storage.readChunks('shared')).length, 20, 'chunks appended by parallel batches');
  });

  group.test('many small writes in sequence keep every record', async (t) => {
    const storage = await t.open();
    for (let i = 0; i < 100; i++) await storage.put('items', { id: i, rank: i % 10 });
    equal(await storage.count('items'), 100, 'records');
    deepEqual(idsOf(await storage.query('items', { limit: 3, direction: 'prev' })), [99, 98, 97], 'the last ones');
  });
}
