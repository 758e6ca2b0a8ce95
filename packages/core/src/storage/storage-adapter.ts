import type { KeyPath, StorageKey } from './storage-key.js';

/**
 * One index of a collection. `multiEntry` indexes each element of an array value; `unique`
 * makes a second record with the same index key a `MIND_CONFLICT`.
 */
export interface IndexSchema {
  readonly name: string;
  readonly keyPath: KeyPath;
  readonly unique?: boolean;
  readonly multiEntry?: boolean;
}

/** One collection (an object store): records are plain objects whose key is read at `keyPath`. */
export interface CollectionSchema {
  readonly name: string;
  readonly keyPath: KeyPath;
  readonly indexes?: readonly IndexSchema[];
}

/**
 * What the engine declares when it opens storage. `version` only grows; on a higher version the
 * adapter creates the collections and indexes that are new, drops the ones that are gone and
 * indexes the existing records for new indexes. Data migrations are the engine's, not the adapter's.
 */
export interface StorageSchema {
  /** Namespace of the store (an IndexedDB database name, a table prefix…). */
  readonly name: string;
  readonly version: number;
  readonly collections: readonly CollectionSchema[];
}

/** A range of keys; omitted bounds are open-ended. `only` selects one key. */
export type KeyRange =
  | { readonly only: StorageKey }
  | {
      readonly lower?: StorageKey;
      readonly upper?: StorageKey;
      readonly lowerOpen?: boolean;
      readonly upperOpen?: boolean;
    };

/** How to read a collection: through an index or by primary key, in a range, in order, limited. */
export interface QueryOptions {
  /** The index to read; the primary key when omitted. */
  readonly index?: string;
  readonly range?: KeyRange;
  /** `next` (ascending, the default) or `prev` (descending). Equal index keys are ordered by primary key. */
  readonly direction?: 'next' | 'prev';
  /** At most this many records (a non-negative integer). */
  readonly limit?: number;
}

/**
 * Binary data the port stores opaquely: a `Blob` in browsers (stored natively by IndexedDB), an
 * `ArrayBuffer` or a typed array elsewhere. Typed structurally because the core has no DOM types.
 */
export type BinaryChunk = ArrayBuffer | ArrayBufferView | BlobLike;

/** The part of `Blob` the port relies on. */
export interface BlobLike {
  readonly size: number;
  readonly type: string;
  /** The bytes, read once. */
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** One write in a {@link StorageAdapter.batch}. */
export type BatchOperation =
  /** Insert or replace the record whose key is read from `value`. */
  | { readonly type: 'put'; readonly collection: string; readonly value: object }
  /** Insert; `MIND_CONFLICT` (and nothing of the batch applied) when the key exists. */
  | { readonly type: 'add'; readonly collection: string; readonly value: object }
  /** Delete the record with this key; deleting a missing key is not an error. */
  | { readonly type: 'delete'; readonly collection: string; readonly key: StorageKey }
  /** Append one chunk to the blob `blobId` (created on the first chunk). */
  | { readonly type: 'append-chunk'; readonly blobId: string; readonly chunk: BinaryChunk }
  /** Delete a blob and all its chunks; deleting a missing blob is not an error. */
  | { readonly type: 'delete-blob'; readonly blobId: string };

/** What another tab or process changed, announced through {@link StorageAdapter.watch}. */
export interface StorageChange {
  /** The collections written (blob writes are announced as the collection `$blobs`). */
  readonly collections: readonly string[];
  /**
   * The primary keys written (put, added or deleted) per collection, when the adapter can tell:
   * with them an engine updates only what those records feed (a few leaderboard rows) instead of
   * reading a whole collection again. Blob writes carry no keys.
   */
  readonly keys?: Readonly<Record<string, readonly StorageKey[]>>;
}

/** Optional capabilities. The conformance kit skips on these, never on guesses. */
export interface StorageSupports {
  /** Writes made through another adapter instance over the same store (another tab, another process) are announced. */
  readonly watch: boolean;
}

/**
 * The storage port — the contract between the Mindshare engine and a store. Small, async and
 * domain-free: the engine decides what records mean; an adapter only keeps them.
 *
 * Contract for implementors (proven by `runConformance` in `@mindshare/adapters/conformance`):
 * - Call {@link open} first; any other call before it, or after {@link close}, rejects with
 *   `MIND_STORAGE_CLOSED`.
 * - Records are plain, structured-clonable objects. What `get` and `query` return is a copy: changing
 *   it never changes the store, and a value written is copied at the time of the write.
 * - Keys are {@link StorageKey}s, ordered as IndexedDB orders them (`compareKeys`). A record whose
 *   key path does not give a valid key is refused with `MIND_INVALID_INPUT`.
 * - `batch` is all or nothing: when any operation fails (a unique index violated, an `add` over
 *   an existing key, an invalid key, a full disk) none is applied and the call rejects with that
 *   operation's code.
 * - Errors are `MindError`s with stable codes: `MIND_NOT_FOUND` (unknown collection or index),
 *   `MIND_INVALID_INPUT`, `MIND_CONFLICT`, `MIND_SCHEMA_MISMATCH` (opening an older version than
 *   the store has), `MIND_STORAGE_FULL`, `MIND_STORAGE_UNAVAILABLE`, `MIND_STORAGE_CLOSED`,
 *   `MIND_STALE` (another tab or process upgraded the store under this open instance: the
 *   page must reload to run the newer code).
 */
export interface StorageAdapter {
  /** Optional capabilities of this adapter. */
  readonly supports: StorageSupports;
  /** Creates or upgrades the store to `schema` (see {@link StorageSchema}). */
  open(schema: StorageSchema): Promise<void>;
  /** The record with this primary key, or `undefined`. */
  get<T extends object = Record<string, unknown>>(collection: string, key: StorageKey): Promise<T | undefined>;
  /** Records of a collection, through an index or by primary key, in a range, ordered, limited. */
  query<T extends object = Record<string, unknown>>(collection: string, options?: QueryOptions): Promise<T[]>;
  /**
   * How many records {@link query} would return without a limit. A `limit` or `direction` in
   * `options` (the options a page was read with, passed as they are) changes nothing.
   */
  count(collection: string, options?: Omit<QueryOptions, 'direction' | 'limit'>): Promise<number>;
  /** Inserts or replaces one record (a batch of one `put`). */
  put(collection: string, value: object): Promise<void>;
  /** Deletes one record; deleting a missing key is not an error (a batch of one `delete`). */
  delete(collection: string, key: StorageKey): Promise<void>;
  /** Applies every operation or none (see {@link BatchOperation}). */
  batch(operations: readonly BatchOperation[]): Promise<void>;
  /** The chunks of a blob in append order; an empty array when the blob does not exist. */
  readChunks(blobId: string): Promise<BinaryChunk[]>;
  /**
   * Calls `listener` after each write made through another instance over the same store, when
   * `supports.watch` is true. Writes made through this instance are not announced to itself.
   * @returns a function that stops the calls.
   */
  watch?(listener: (change: StorageChange) => void): () => void;
  /** Releases the store; the adapter may be opened again. */
  close(): Promise<void>;
}
