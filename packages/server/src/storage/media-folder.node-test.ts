import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { COLLECTIONS, createMemoryStorage, type BatchOperation, type StorageAdapter } from '@mindshare/core';
import { delegateStorage } from './delegate.js';
import { withMediaFolder } from './media-folder.js';

const chunk = (size: number, bytes: number[]): BatchOperation[] => [
  { type: 'append-chunk', blobId: 'take-1', chunk: new Uint8Array(bytes) },
  { type: 'put', collection: COLLECTIONS.recordings, value: { id: 'take-1', size } },
];

it('keeps the file in line with the committed size when a batch fails after its chunk was written', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'mindshare-media-folder-'));
  let failing = false;
  const memory = createMemoryStorage();
  const database: StorageAdapter = delegateStorage(memory, {
    batch: (operations) => (failing ? Promise.reject(new Error('database away')) : memory.batch(operations)),
  });
  await database.open({ name: 'media', version: 1, collections: [{ name: COLLECTIONS.recordings, keyPath: 'id' }] });
  const storage = withMediaFolder(database, folder);

  await storage.batch(chunk(3, [1, 2, 3]));
  failing = true;
  await assert.rejects(storage.batch(chunk(5, [9, 9]))); // written to the file, never committed
  failing = false;
  const read = async () => [...new Uint8Array((await storage.readChunks('take-1'))[0] as Uint8Array)];
  assert.deepEqual(await read(), [1, 2, 3], 'reads stop at the committed size');
  await storage.batch(chunk(5, [4, 5])); // the retry writes over the orphan bytes
  assert.deepEqual(await read(), [1, 2, 3, 4, 5]);
  assert.deepEqual([...(await readFile(join(folder, (await readdir(folder))[0]!)))], [1, 2, 3, 4, 5]);

  await storage.batch([{ type: 'delete-blob', blobId: 'take-1' }]);
  assert.deepEqual(await readdir(folder), []);
  assert.deepEqual(await storage.readChunks('take-1'), []);
});
