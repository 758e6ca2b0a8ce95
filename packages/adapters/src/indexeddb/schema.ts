import { MindError, type BinaryChunk, type CollectionSchema, type StorageSchema } from '@mindshare/core';
import type { DBSchema } from 'idb';

/** The object store that holds blob chunks, next to the schema's collections. */
export const CHUNKS = '$chunks';

/** One chunk of a blob, stored natively (a `Blob` stays a `Blob`). */
export interface ChunkRecord {
  readonly blobId: string;
  readonly seq: number;
  readonly chunk: BinaryChunk;
}

/**
 * The typed part of the database. Collections are named by the engine's schema at run time, so
 * only the chunk store is known statically.
 */
export interface MindshareDb extends DBSchema {
  $chunks: { key: [string, number]; value: ChunkRecord };
}

/** Refuses a schema IndexedDB cannot represent, before anything is opened. */
export function checkSchema(schema: StorageSchema): void {
  const fail = (problem: string): never => {
    throw new MindError('MIND_INVALID_INPUT', `Schema "${String(schema.name)}": ${problem}.`);
  };
  if (!Number.isInteger(schema.version) || schema.version < 1) {
    fail(`version must be a positive integer, got ${schema.version}`);
  }
  const names = new Set<string>();
  for (const collection of schema.collections) {
    if (names.has(collection.name)) fail(`collection "${collection.name}" is declared twice`);
    if (collection.name === CHUNKS) fail(`"${CHUNKS}" is reserved for blob chunks`);
    names.add(collection.name);
    const indexNames = new Set<string>();
    for (const index of collection.indexes ?? []) {
      if (indexNames.has(index.name)) fail(`index "${index.name}" of "${collection.name}" is declared twice`);
      indexNames.add(index.name);
      if (index.multiEntry && typeof index.keyPath !== 'string') {
        fail(`index "${index.name}" of "${collection.name}" cannot be multiEntry with a compound key path`);
      }
    }
  }
}

const sameKeyPath = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every migration, for any old version: brings the stores and indexes to `schema` inside the one
 * `versionchange` transaction. IndexedDB indexes existing records for new indexes itself, and
 * aborts the whole upgrade when a new unique index meets duplicates.
 */
export function migrate(db: IDBDatabase, transaction: IDBTransaction, schema: StorageSchema): void {
  const wanted = new Map<string, CollectionSchema>(schema.collections.map((c) => [c.name, c]));
  for (const name of [...db.objectStoreNames]) {
    if (name !== CHUNKS && !wanted.has(name)) db.deleteObjectStore(name);
  }
  for (const collection of schema.collections) {
    let store = db.objectStoreNames.contains(collection.name) ? transaction.objectStore(collection.name) : undefined;
    if (store && !sameKeyPath(store.keyPath, collection.keyPath)) {
      // A new key path cannot re-key records in place: the store restarts empty, like the memory reference.
      db.deleteObjectStore(collection.name);
      store = undefined;
    }
    store ??= db.createObjectStore(collection.name, { keyPath: collection.keyPath as string | string[] });
    const indexes = new Map((collection.indexes ?? []).map((index) => [index.name, index]));
    for (const name of [...store.indexNames]) {
      const existing = store.index(name);
      const declared = indexes.get(name);
      const same =
        declared !== undefined &&
        sameKeyPath(existing.keyPath, declared.keyPath) &&
        existing.unique === (declared.unique ?? false) &&
        existing.multiEntry === (declared.multiEntry ?? false);
      if (!same) store.deleteIndex(name);
    }
    for (const index of indexes.values()) {
      if (store.indexNames.contains(index.name)) continue;
      store.createIndex(index.name, index.keyPath as string | string[], {
        unique: index.unique ?? false,
        multiEntry: index.multiEntry ?? false,
      });
    }
  }
  if (!db.objectStoreNames.contains(CHUNKS)) db.createObjectStore(CHUNKS, { keyPath: ['blobId', 'seq'] });
}
