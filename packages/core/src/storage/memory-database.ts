import type { BinaryChunk, CollectionSchema, IndexSchema, StorageChange } from './storage-adapter.js';
import { type SortedEntries } from './sorted-entries.js';
import type { StorageKey } from './storage-key.js';

/** An index and its sorted entries. */
export interface MemoryIndex {
  readonly schema: IndexSchema;
  readonly entries: SortedEntries;
}

/** A collection: records by encoded primary key, the primary order, and its indexes. */
export interface MemoryCollection {
  readonly schema: CollectionSchema;
  readonly records: Map<string, { readonly key: StorageKey; readonly value: object }>;
  readonly primary: SortedEntries;
  readonly indexes: Map<string, MemoryIndex>;
}

/**
 * The data behind one or more {@link createMemoryStorage} instances. Instances over the same
 * database behave like tabs over one IndexedDB database: they share records and each announces
 * its writes to the others through `watch`.
 */
export interface MemoryDatabase {
  version: number;
  readonly collections: Map<string, MemoryCollection>;
  readonly blobs: Map<string, BinaryChunk[]>;
  /** Listeners of every open instance, keyed by instance, for `watch`. */
  readonly watchers: Map<object, Set<(change: StorageChange) => void>>;
}

/** A new, empty in-memory database. */
export function createMemoryDatabase(): MemoryDatabase {
  return { version: 0, collections: new Map(), blobs: new Map(), watchers: new Map() };
}

/** A string that identifies a key exactly, type included, for use as a `Map` key. */
export function encodeKey(key: StorageKey): string {
  if (typeof key === 'number') return `n${key}`;
  if (typeof key === 'string') return `s${key}`;
  if (key instanceof Date) return `d${key.getTime()}`;
  return `a[${(key as readonly StorageKey[]).map((part) => JSON.stringify(encodeKey(part))).join(',')}]`;
}
