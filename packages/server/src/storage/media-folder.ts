import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  COLLECTIONS,
  MindError,
  type BatchOperation,
  type BinaryChunk,
  type BlobLike,
  type StorageAdapter,
} from '@mindshare/core';
import { delegateStorage } from './delegate.js';

/** A blob id as a file name: ids may hold `:` and `.`, which some file systems refuse or read as extensions. */
const fileOf = (folder: string, blobId: string) =>
  join(folder, `${blobId.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}.media`);

async function bytesOf(chunk: BinaryChunk): Promise<Uint8Array> {
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return new Uint8Array(await (chunk as BlobLike).arrayBuffer());
}

/**
 * Keeps pitch media in a folder, one file per recording, instead of in the database; the
 * recordings' metadata stays in it. A file and a database cannot share a transaction, so each
 * chunk is written at its own offset (the recording's size after it, committed in the same batch,
 * minus its length) before the batch commits: a chunk whose batch failed or never committed is
 * written over by the next chunk at that offset, and reads stop at the committed size, so the
 * media always matches what the database says was received.
 */
export function withMediaFolder(storage: StorageAdapter, folder: string): StorageAdapter {
  let ready: Promise<unknown> | undefined;
  const writeChunk = async (blobId: string, chunk: BinaryChunk, operations: readonly BatchOperation[]) => {
    const bytes = await bytesOf(chunk);
    const record = operations.find(
      (operation): operation is Extract<BatchOperation, { type: 'put' }> =>
        operation.type === 'put' &&
        operation.collection === COLLECTIONS.recordings &&
        (operation.value as { id?: unknown }).id === blobId,
    );
    const size = (record?.value as { size?: unknown } | undefined)?.size;
    if (typeof size !== 'number') {
      throw new MindError('MIND_INVALID_INPUT', `A chunk of "${blobId}" came without its recording's new size.`);
    }
    await (ready ??= mkdir(folder, { recursive: true }));
    const file = await open(fileOf(folder, blobId), 'a+').then(async (handle) => {
      await handle.close();
      return open(fileOf(folder, blobId), 'r+');
    });
    try {
      await file.write(bytes, 0, bytes.length, size - bytes.length);
      await file.sync();
    } finally {
      await file.close();
    }
  };
  const batch = async (operations: readonly BatchOperation[]) => {
    const rest = operations.filter(
      (operation) => operation.type !== 'append-chunk' && operation.type !== 'delete-blob',
    );
    for (const operation of operations) {
      if (operation.type === 'append-chunk') await writeChunk(operation.blobId, operation.chunk, rest);
    }
    if (rest.length > 0) await storage.batch(rest);
    for (const operation of operations) {
      if (operation.type === 'delete-blob') await unlink(fileOf(folder, operation.blobId)).catch(() => undefined);
    }
  };
  return delegateStorage(storage, {
    put: (collection, value) => batch([{ type: 'put', collection, value }]),
    delete: (collection, key) => batch([{ type: 'delete', collection, key }]),
    batch,
    async readChunks(blobId) {
      const record = await storage.get<{ size?: number }>(COLLECTIONS.recordings, blobId);
      let bytes: Uint8Array;
      try {
        bytes = await readFile(fileOf(folder, blobId));
      } catch {
        return [];
      }
      return [bytes.subarray(0, Math.min(bytes.length, record?.size ?? bytes.length))];
    },
  });
}
