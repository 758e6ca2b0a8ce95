import { isMindError } from '../errors/mind-error.js';
import { encodeKey } from '../storage/memory-database.js';
import type {
  BatchOperation,
  QueryOptions,
  StorageAdapter,
  StorageChange,
  StorageSchema,
} from '../storage/storage-adapter.js';
import { compareKeys, readKey, type KeyPath, type StorageKey } from '../storage/storage-key.js';
import { COLLECTIONS } from './engine-schema.js';

/** Sellers' learning sets kept (one per seller and collection), and records kept by key: bounds, so a server's memory stays flat. */
const MAX_SELLERS = 2_000;
const MAX_RECORDS = 10_000;

/** Collections read by one key on every answer, with the key path of each. */
const BY_KEY: Readonly<Record<string, KeyPath>> = {
  [COLLECTIONS.attempts]: 'id',
  [COLLECTIONS.challengeSnapshots]: ['challengeId', 'packVersion'],
};
/** Collections of per-seller learning records (key `[sellerId, …]`), read whole per seller once. */
const BY_SELLER: Readonly<Record<string, KeyPath>> = {
  [COLLECTIONS.mastery]: ['sellerId', 'topicId'],
  [COLLECTIONS.repetition]: ['sellerId', 'questionId'],
  [COLLECTIONS.learningSteps]: ['sellerId', 'step'],
};

/**
 * The engine's read cache, around the storage port. Answering a question reads the attempt, the
 * question's spaced-repetition state and its topics' mastery; over IndexedDB each read is a
 * transaction of its own, so an answer cost five or six. Kept here:
 * - attempts and challenge snapshots by key, once read or written;
 * - a seller's mastery and repetition records, read whole with one query on the first miss, so a
 *   question never answered before is known to have no record without asking storage.
 * Every write goes through to storage first and updates the cache only once committed, so nothing
 * acknowledged lives only here. Another tab's or process's writes evict what they touch (storage
 * `watch`, with keys); a batch refused with `MIND_CONFLICT` evicts what it meant to write, so the
 * retry reads storage. Without `watch` nothing tells of others' writes: learning records are then
 * read every time, and only attempts (each change of one claims its step) are kept.
 */
export function cachedStorage(inner: StorageAdapter): StorageAdapter {
  return new CachedStorage(inner);
}

class CachedStorage implements StorageAdapter {
  readonly #inner: StorageAdapter;
  readonly #records = new Map<string, object>();
  readonly #sellers = new Map<string, Map<string, object>>();
  readonly #reading = new Map<string, { generation: number; records: Promise<Map<string, object>> }>();
  /** Bumped by every write or eviction of learning records, so a read that raced one is not kept. */
  #generation = 0;
  #stopWatching: (() => void) | undefined;

  constructor(inner: StorageAdapter) {
    this.#inner = inner;
  }

  get supports() {
    return this.#inner.supports;
  }

  async open(schema: StorageSchema): Promise<void> {
    this.#clear();
    await this.#inner.open(schema);
    // Subscribed before the host, so what another tab wrote is evicted before anyone reads it again.
    this.#stopWatching = this.#inner.supports.watch ? this.#inner.watch?.((change) => this.#evict(change)) : undefined;
  }

  async get<T extends object = Record<string, unknown>>(collection: string, key: StorageKey): Promise<T | undefined> {
    if (collection in BY_KEY && this.#keeps(collection)) {
      const id = `${collection}\u0000${encodeKey(key)}`;
      const kept = this.#records.get(id);
      if (kept) {
        this.#keep(this.#records, id, kept, MAX_RECORDS); // now the most recently used
        return kept as T;
      }
      const record = await this.#inner.get<T>(collection, key);
      if (record) this.#keep(this.#records, id, record, MAX_RECORDS);
      return record;
    }
    if (collection in BY_SELLER && this.#inner.supports.watch && Array.isArray(key) && typeof key[0] === 'string') {
      const records = await this.#learning(collection, key[0]);
      return records.get(encodeKey(key)) as T | undefined;
    }
    return this.#inner.get<T>(collection, key);
  }

  async query<T extends object = Record<string, unknown>>(collection: string, options?: QueryOptions): Promise<T[]> {
    // A seller's whole set of learning records, as the engine asks for its learning steps.
    const only = options?.range && 'only' in options.range ? options.range.only : undefined;
    if (
      collection in BY_SELLER &&
      this.#inner.supports.watch &&
      options?.index === 'bySeller' &&
      typeof only === 'string' &&
      options.limit === undefined &&
      options.direction === undefined
    ) {
      const keyPath = BY_SELLER[collection]!;
      const records = [...(await this.#learning(collection, only)).values()];
      // In primary-key order, as the port promises.
      return records.sort((a, b) => compareKeys(readKey(a, keyPath)!, readKey(b, keyPath)!)) as T[];
    }
    return this.#inner.query<T>(collection, options);
  }
  count: StorageAdapter['count'] = (collection, options) => this.#inner.count(collection, options);
  readChunks: StorageAdapter['readChunks'] = (blobId) => this.#inner.readChunks(blobId);

  put(collection: string, value: object): Promise<void> {
    return this.batch([{ type: 'put', collection, value }]);
  }

  delete(collection: string, key: StorageKey): Promise<void> {
    return this.batch([{ type: 'delete', collection, key }]);
  }

  async batch(operations: readonly BatchOperation[]): Promise<void> {
    try {
      await this.#inner.batch(operations);
    } catch (error) {
      // Refused because another tab changed these records first: forget them, so the retry reads storage.
      if (isMindError(error, 'MIND_CONFLICT')) for (const operation of operations) this.#forget(operation);
      throw error;
    }
    for (const operation of operations) this.#apply(operation);
  }

  watch(listener: (change: StorageChange) => void): () => void {
    return this.#inner.watch?.(listener) ?? (() => {});
  }

  async close(): Promise<void> {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
    this.#clear();
    await this.#inner.close();
  }

  #learning(collection: string, sellerId: string): Promise<Map<string, object>> {
    const id = `${collection}\u0000${sellerId}`;
    const kept = this.#sellers.get(id);
    if (kept) {
      this.#keep(this.#sellers, id, kept, MAX_SELLERS);
      return Promise.resolve(kept);
    }
    // One query per seller and collection however many keys an answer asks for at once, unless a
    // write or an eviction came since that query began: then its result may be stale, read again.
    const reading = this.#reading.get(id);
    if (reading && reading.generation === this.#generation) return reading.records;
    const records = this.#readLearning(collection, sellerId, id);
    const entry = { generation: this.#generation, records };
    this.#reading.set(id, entry);
    const done = () => {
      if (this.#reading.get(id) === entry) this.#reading.delete(id);
    };
    records.then(done, done); // the caller gets the failure; this only tidies up
    return records;
  }

  async #readLearning(collection: string, sellerId: string, id: string): Promise<Map<string, object>> {
    const generation = this.#generation;
    const records = await this.#inner.query(collection, { index: 'bySeller', range: { only: sellerId } });
    const byKey = new Map<string, object>();
    for (const record of records) {
      const key = readKey(record, BY_SELLER[collection]!);
      if (key !== undefined) byKey.set(encodeKey(key), record);
    }
    // A write committed while the query ran may be missing from what it read: keep it only if none was.
    if (generation === this.#generation) this.#keep(this.#sellers, id, byKey, MAX_SELLERS);
    return byKey;
  }

  /** Brings the cache in line with a committed write of ours. */
  #apply(operation: BatchOperation): void {
    if (!('collection' in operation)) return;
    const { collection } = operation;
    const keyPath = BY_KEY[collection] ?? BY_SELLER[collection];
    if (keyPath === undefined) return;
    const key = operation.type === 'delete' ? operation.key : readKey(operation.value, keyPath);
    if (key === undefined) return;
    if (collection in BY_KEY) {
      const id = `${collection}\u0000${encodeKey(key)}`;
      if (operation.type === 'delete' || !this.#keeps(collection)) this.#records.delete(id);
      else this.#keep(this.#records, id, operation.value, MAX_RECORDS);
      return;
    }
    this.#generation++;
    const seller = Array.isArray(key) ? key[0] : undefined;
    const records = typeof seller === 'string' ? this.#sellers.get(`${collection}\u0000${seller}`) : undefined;
    if (records === undefined) return;
    if (operation.type === 'delete') records.delete(encodeKey(key));
    else records.set(encodeKey(key), operation.value);
  }

  #forget(operation: BatchOperation): void {
    if (!('collection' in operation)) return;
    const { collection } = operation;
    const keyPath = BY_KEY[collection] ?? BY_SELLER[collection];
    if (keyPath === undefined) return;
    const key = operation.type === 'delete' ? operation.key : readKey(operation.value, keyPath);
    if (key !== undefined) this.#evictKey(collection, key);
  }

  #evict(change: StorageChange): void {
    for (const collection of change.collections) {
      if (!(collection in BY_KEY) && !(collection in BY_SELLER)) continue;
      const keys = change.keys?.[collection];
      if (keys === undefined) this.#evictCollection(collection);
      else for (const key of keys) this.#evictKey(collection, key);
    }
  }

  #evictKey(collection: string, key: StorageKey): void {
    if (collection in BY_SELLER) this.#generation++;
    if (collection in BY_KEY) this.#records.delete(`${collection}\u0000${encodeKey(key)}`);
    else if (Array.isArray(key) && typeof key[0] === 'string') this.#sellers.delete(`${collection}\u0000${key[0]}`);
    else this.#evictCollection(collection);
  }

  #evictCollection(collection: string): void {
    if (collection in BY_SELLER) this.#generation++;
    const prefix = `${collection}\u0000`;
    for (const id of this.#records.keys()) if (id.startsWith(prefix)) this.#records.delete(id);
    for (const id of this.#sellers.keys()) if (id.startsWith(prefix)) this.#sellers.delete(id);
  }

  /**
   * Whether records of this by-key collection are kept. Snapshots never change. Attempts are kept
   * only when storage announces others' writes: without `watch`, another process's answer would
   * go unseen until a conflict, and a write that claims no step (a shown time) would overwrite it.
   */
  #keeps(collection: string): boolean {
    return collection === COLLECTIONS.challengeSnapshots || this.#inner.supports.watch;
  }

  /** Keeps `value` as the most recently used entry, dropping the least recently used past `max`. */
  #keep<V>(map: Map<string, V>, id: string, value: V, max: number): void {
    map.delete(id);
    map.set(id, value);
    if (map.size > max) map.delete(map.keys().next().value!);
  }

  #clear(): void {
    this.#records.clear();
    this.#sellers.clear();
  }
}
