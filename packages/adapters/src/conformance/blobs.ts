import type { BinaryChunk } from '@mindshare/core';
import { bytesOf, deepEqual, equal, ok } from './assert.js';
import type { Group } from './harness.js';

const bytesOfAll = async (chunks: BinaryChunk[]) => Promise.all(chunks.map(async (c) => [...(await bytesOf(c))]));

/** Blobs: chunked append in order, binary content, copies, delete, Blob chunks where they exist. */
export function blobTests(group: Group): void {
  group.test('chunks are read back in append order with their bytes', async (t) => {
    const storage = await t.open();
    await storage.batch([{ type: 'append-chunk', blobId: 'rec', chunk: new Uint8Array([0, 1, 255]) }]);
    await storage.batch([
      { type: 'append-chunk', blobId: 'rec', chunk: new Uint8Array([3, 4]).buffer },
      { type: 'append-chunk', blobId: 'rec', chunk: new Uint16Array([0x0201]) },
    ]);
    for (let i = 0; i < 12; i++)
      await storage.batch([{ type: 'append-chunk', blobId: 'rec', chunk: new Uint8Array([i]) }]);
    const chunks = await bytesOfAll(await storage.readChunks('rec'));
    deepEqual(
      chunks.slice(0, 3),
      [[0, 1, 255], [3, 4], [...new Uint8Array(new Uint16Array([0x0201]).buffer)]],
      'first',
    );
    deepEqual(
      chunks.slice(3).map((c) => c[0]),
      Array.from({ length: 12 }, (_, i) => i),
      'later chunks in order (10 after 9, not after 1)',
    );
  });

  group.test('a missing blob reads as no chunks; deleting it is not an error', async (t) => {
    const storage = await t.open();
    deepEqual(await storage.readChunks('missing'), [], 'chunks');
    await storage.batch([{ type: 'delete-blob', blobId: 'missing' }]);
  });

  group.test('delete-blob removes every chunk of that blob only; appending again starts afresh', async (t) => {
    const storage = await t.open();
    await storage.batch([
      { type: 'append-chunk', blobId: 'a', chunk: new Uint8Array([1]) },
      { type: 'append-chunk', blobId: 'a', chunk: new Uint8Array([2]) },
      { type: 'append-chunk', blobId: 'ab', chunk: new Uint8Array([3]) },
      { type: 'append-chunk', blobId: 'b', chunk: new Uint8Array([4]) },
    ]);
    await storage.batch([{ type: 'delete-blob', blobId: 'a' }]);
    deepEqual(await storage.readChunks('a'), [], 'deleted blob');
    deepEqual(await bytesOfAll(await storage.readChunks('ab')), [[3]], 'blob ab');
    deepEqual(await bytesOfAll(await storage.readChunks('b')), [[4]], 'blob b');
    await storage.batch([{ type: 'append-chunk', blobId: 'a', chunk: new Uint8Array([5]) }]);
    deepEqual(await bytesOfAll(await storage.readChunks('a')), [[5]], 'blob a appended again');
  });

  group.test('a chunk is copied when appended and when read', async (t) => {
    const storage = await t.open();
    const buffer = new Uint8Array([1, 2, 3]);
    await storage.batch([{ type: 'append-chunk', blobId: 'rec', chunk: buffer }]);
    buffer[0] = 9;
    const [read] = await storage.readChunks('rec');
    ok(read !== undefined, 'one chunk');
    if (ArrayBuffer.isView(read)) new Uint8Array(read.buffer, read.byteOffset, read.byteLength).fill(7);
    if (read instanceof ArrayBuffer) new Uint8Array(read).fill(7);
    deepEqual(await bytesOfAll(await storage.readChunks('rec')), [[1, 2, 3]], 'stored bytes');
  });

  group.test('binary content round trips exactly, every byte value, large chunks', async (t) => {
    const storage = await t.open();
    const every = Uint8Array.from({ length: 256 }, (_, i) => i);
    const large = Uint8Array.from({ length: 1024 * 1024 }, (_, i) => (i * 31) & 255);
    await storage.batch([
      { type: 'append-chunk', blobId: 'bin', chunk: every },
      { type: 'append-chunk', blobId: 'bin', chunk: large },
    ]);
    const [first, second] = await Promise.all((await storage.readChunks('bin')).map(bytesOf));
    deepEqual(first, every, 'every byte value');
    equal(second?.length, large.length, 'large chunk size');
    deepEqual(second, large, 'large chunk bytes');
  });

  group.test('Blob chunks (where the runtime has Blob) keep their bytes and order', async (t) => {
    if (typeof Blob === 'undefined') t.skip('no Blob in this runtime');
    const storage = await t.open();
    const parts = [new Blob(['hello '], { type: 'text/plain' }), new Blob([new Uint8Array([0, 200, 255])])];
    await storage.batch(parts.map((chunk) => ({ type: 'append-chunk' as const, blobId: 'media', chunk })));
    await storage.batch([{ type: 'append-chunk', blobId: 'media', chunk: new Blob(['end']) }]);
    const chunks = await storage.readChunks('media');
    equal(chunks.length, 3, 'chunks');
    deepEqual(
      await bytesOfAll(chunks),
      [[...new TextEncoder().encode('hello ')], [0, 200, 255], [...new TextEncoder().encode('end')]],
      'bytes in order',
    );
    const joined = new Blob(chunks.map((chunk) => chunk as BlobPart));
    equal(await joined.text().then((text) => text.slice(0, 6)), 'hello ', 'chunks joined into one Blob');
  });
}
