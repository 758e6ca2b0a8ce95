import { MindError } from '../errors/mind-error.js';
import { cloneRecord } from './clone.js';
import { createMemoryDatabase, encodeKey, type MemoryCollection, type MemoryDatabase } from './memory-database.js';
import { writeRecord } from './memory-records.js';
import { upgradeMemoryDatabase } from './memory-upgrade.js';
import type {
  BatchOperation,
  BinaryChunk,
  QueryOptions,
  StorageAdapter,
  StorageChange,
  StorageSchema,
} from './storage-adapter.js';
import { assertStorageKey, readKey, type StorageKey } from './storage-key.js';

/** Options of {@link createMemoryStorage}. */
export interface MemoryStorageOptions {
  /**
   * The database to open. Instances over one database share records and announce their writes
   * to each other (`supports.watch`), like browser tabs over one IndexedDB database. A fresh,
   * private database when omitted.
   */
  readonly database?: MemoryDatabase;
}

/**
 * The in-memory reference implementation of the {@link StorageAdapter} port: the executable
 * statement of the contract, run by the conformance kit in Node and in browsers. Data lives as
 * long as the database object does.
 */
export function createMemoryStorage(options: MemoryStorageOptions = {}): StorageAdapter {
  return new MemoryStorage(options.database ?? createMemoryDatabase());
}

type Undo = () => void;

class MemoryStorage implements StorageAdapter {
  readonly supports = { watch: true } as const;
  readonly #database: MemoryDatabase;
  #open = false;
  readonly #listeners = new Set<(change: StorageChange) => void>();
  readonly #announce = (change: StorageChange) => {
    for (const listener of [...this.#listeners]) listener(change);
  };

  constructor(database: MemoryDatabase) {
    this.#database = database;
  }

  async open(schema: StorageSchema): Promise<void> {
    await Promise.resolve();
    upgradeMemoryDatabase(this.#database, schema);
    this.#open = true;
    this.#database.watchers.set(this, new Set([this.#announce]));
  }

  async close(): Promise<void> {
    await Promise.resolve();
    this.#open = false;
    this.#database.watchers.delete(this);
  }

  async get<T extends object>(collection: string, key: StorageKey): Promise<T | undefined> {
    const state = await this.#collection(collection);
    assertStorageKey(key, `get(${collection})`);
    const record = state.records.get(encodeKey(key));
    return record ? (cloneRecord(record.value) as T) : undefined;
  }

  async query<T extends object>(collection: string, options: QueryOptions = {}): Promise<T[]> {
    const state = await this.#collection(collection);
    const { limit } = options;
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
      throw new MindError(
        'MIND_INVALID_INPUT',
        `query(${collection}): limit must be a non-negative integer, got ${limit}.`,
      );
    }
    const entries = this.#entries(state, options);
    if (options.direction === 'prev') entries.reverse();
    const chosen = limit === undefined ? entries : entries.slice(0, limit);
    return chosen.map((entry) => cloneRecord(state.records.get(encodeKey(entry.primaryKey))!.value) as T);
  }

  async count(collection: string, options: Omit<QueryOptions, 'direction' | 'limit'> = {}): Promise<number> {
    return this.#entries(await this.#collection(collection), options).length;
  }

  put(collection: string, value: object): Promise<void> {
    return this.batch([{ type: 'put', collection, value }]);
  }

  delete(collection: string, key: StorageKey): Promise<void> {
    return this.batch([{ type: 'delete', collection, key }]);
  }

  async batch(operations: readonly BatchOperation[]): Promise<void> {
    // Copy before the first await: the contract copies a value at the time of the write, so a
    // caller changing it right after the call cannot change what is stored.
    const copies = operations.map((operation, position) => copyOperation(operation, position));
    await this.#ready();
    operations = copies;
    const undo: Undo[] = [];
    const touched = new Set<string>();
    const keys: Record<string, StorageKey[]> = {};
    try {
      for (const [position, operation] of operations.entries()) {
        const applied = this.#apply(operation, position);
        undo.push(applied.undo);
        if (!('collection' in operation)) touched.add('$blobs');
        else {
          touched.add(operation.collection);
          (keys[operation.collection] ??= []).push(applied.key!);
        }
      }
    } catch (error) {
      // All or nothing: roll back what this batch applied, newest first.
      for (const revert of undo.reverse()) revert();
      throw error;
    }
    if (touched.size === 0) return;
    for (const [instance, listeners] of this.#database.watchers) {
      if (instance === this) continue;
      for (const listener of listeners) listener({ collections: [...touched], keys: cloneRecord(keys) });
    }
  }

  async readChunks(blobId: string): Promise<BinaryChunk[]> {
    await this.#ready();
    return (this.#database.blobs.get(blobId) ?? []).map(copyChunk);
  }

  watch(listener: (change: StorageChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Applies one operation; returns how to undo it and, for a record, its key. */
  #apply(operation: BatchOperation, position: number): { undo: Undo; key?: StorageKey } {
    const where = `batch[${position}] (${operation.type})`;
    if (operation.type === 'append-chunk' || operation.type === 'delete-blob') {
      const { blobs } = this.#database;
      const previous = blobs.get(operation.blobId);
      if (operation.type === 'delete-blob') blobs.delete(operation.blobId);
      else blobs.set(operation.blobId, [...(previous ?? []), operation.chunk]);
      return { undo: () => (previous ? blobs.set(operation.blobId, previous) : blobs.delete(operation.blobId)) };
    }
    const state = this.#collectionSync(operation.collection);
    let key: StorageKey | undefined;
    let value: object | undefined;
    if (operation.type === 'delete') {
      assertStorageKey(operation.key, `${where} in ${operation.collection}`);
      key = operation.key;
    } else {
      key = readKey(operation.value, state.schema.keyPath);
      if (key === undefined) {
        throw new MindError(
          'MIND_INVALID_INPUT',
          `${where} in ${operation.collection}: the record has no valid key at ${JSON.stringify(state.schema.keyPath)}.`,
        );
      }
      value = operation.value;
    }
    const previous = state.records.get(encodeKey(key))?.value;
    if (operation.type === 'add' && previous !== undefined) {
      throw new MindError(
        'MIND_CONFLICT',
        `${where} in ${operation.collection}: a record with key ${JSON.stringify(key)} exists.`,
      );
    }
    writeRecord(state, key, value);
    const restoreKey = key;
    return { undo: () => writeRecord(state, restoreKey, previous), key };
  }

  #entries(state: MemoryCollection, options: Omit<QueryOptions, 'direction' | 'limit'>) {
    if (options.range) {
      const bounds = 'only' in options.range ? [options.range.only] : [options.range.lower, options.range.upper];
      for (const bound of bounds) if (bound !== undefined) assertStorageKey(bound, `query(${state.schema.name}) range`);
    }
    if (options.index === undefined) return state.primary.inRange(options.range);
    const index = state.indexes.get(options.index);
    if (!index) {
      throw new MindError('MIND_NOT_FOUND', `${state.schema.name} has no index "${options.index}".`);
    }
    return index.entries.inRange(options.range);
  }

  async #ready(): Promise<void> {
    await Promise.resolve();
    if (!this.#open) {
      throw new MindError(
        'MIND_STORAGE_CLOSED',
        'The storage is not open: call open(schema) first, and not after close().',
      );
    }
  }

  async #collection(name: string): Promise<MemoryCollection> {
    await this.#ready();
    return this.#collectionSync(name);
  }

  #collectionSync(name: string): MemoryCollection {
    const state = this.#database.collections.get(name);
    if (!state) throw new MindError('MIND_NOT_FOUND', `No collection "${name}" in the opened schema.`);
    return state;
  }
}

/** A batch operation whose value or chunk is a private copy; an uncopiable value is `MIND_INVALID_INPUT`. */
function copyOperation(operation: BatchOperation, position: number): BatchOperation {
  if (operation.type === 'append-chunk') return { ...operation, chunk: copyChunk(operation.chunk) };
  if (operation.type !== 'put' && operation.type !== 'add') return operation;
  try {
    return { ...operation, value: cloneRecord(operation.value) };
  } catch (error) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `batch[${position}] (${operation.type}) in ${operation.collection}: the record cannot be stored (it holds a function, a symbol or another value that cannot be cloned).`,
      { cause: error },
    );
  }
}

/** Copies binary data so a caller reusing its buffer cannot change what was stored. */
function copyChunk(chunk: BinaryChunk): BinaryChunk {
  if (chunk instanceof ArrayBuffer) return chunk.slice(0);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength).slice();
  return chunk;
}
