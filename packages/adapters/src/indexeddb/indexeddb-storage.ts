import {
  MindError,
  isMindError,
  type BatchOperation,
  type BinaryChunk,
  type KeyPath,
  type QueryOptions,
  type StorageAdapter,
  type StorageChange,
  type StorageKey,
  type StorageSchema,
} from '@mindshare/core';
import type { IDBPDatabase } from 'idb';
import { Announcer } from './announcer.js';
import { changeOf, prepareBatch, runBatch } from './batch.js';
import { blobRange, checkKey, toKeyRange } from './keys.js';
import { toMindError } from './map-error.js';
import { askPersistence, openDatabase } from './open-database.js';
import { CHUNKS, checkSchema, type MindshareDb } from './schema.js';

/** Options of {@link createIndexedDbStorage}. */
export interface IndexedDbStorageOptions {
  /** The IndexedDB database name; the schema's `name` when omitted. */
  readonly name?: string;
  /**
   * Ask the browser once, after the first write, to keep this site's data under storage pressure
   * (`navigator.storage.persist()`); a refusal is ignored. Default `true`.
   */
  readonly persist?: boolean;
  /** Called when an upgrade waits for another tab that keeps an older version open and does not close it. */
  readonly onBlocked?: () => void;
  /**
   * The durability every write transaction asks for (default `'relaxed'`): a batch commits once the
   * operating system holds it, which survives a closed tab and a crashed browser; `'strict'` waits
   * for the disk too (power loss), at the cost of a flush per answer. See docs/adapters.md.
   */
  readonly durability?: 'relaxed' | 'strict';
}

type Db = IDBPDatabase<MindshareDb>;
/** Collections are named at run time, so stores are reached through the untyped view of the database. */
const untyped = (db: Db) => db as unknown as IDBPDatabase;

/** The IndexedDB adapter: see {@link createIndexedDbStorage}. */
export class IndexedDbStorage implements StorageAdapter {
  readonly supports = { watch: Announcer.supported };
  readonly #options: IndexedDbStorageOptions;
  readonly #announcer = new Announcer();
  #schema: StorageSchema | undefined;
  #connection: Promise<Db> | undefined;
  #db: Db | undefined;
  #askedPersist = false;
  /**
   * The version another tab upgraded the database to under this instance: every call is refused
   * until `open`, or until a probe finds the upgrade was abandoned.
   */
  #upgradedTo: number | undefined;
  #probing = false;

  constructor(options: IndexedDbStorageOptions) {
    const { durability } = options;
    if (durability !== undefined && durability !== 'relaxed' && durability !== 'strict') {
      throw new MindError(
        'MIND_INVALID_INPUT',
        `durability must be "relaxed" or "strict", got ${String(durability)}.`,
        {
          path: ['durability'],
        },
      );
    }
    this.#options = options;
  }

  async open(schema: StorageSchema): Promise<void> {
    checkSchema(schema);
    await this.close();
    this.#upgradedTo = undefined;
    const connection = this.#connect(schema);
    this.#connection = connection;
    try {
      await connection;
    } catch (error) {
      this.#connection = undefined;
      throw error;
    }
    this.#schema = schema;
    this.#announcer.connect(this.#databaseName(schema));
  }

  async close(): Promise<void> {
    this.#schema = undefined;
    this.#announcer.disconnect();
    const connection = this.#connection;
    this.#connection = undefined;
    this.#db = undefined;
    (await connection?.catch(() => undefined))?.close();
  }

  async get<T extends object>(collection: string, key: StorageKey): Promise<T | undefined> {
    const where = `get(${collection})`;
    return this.#withDb(where, async (db) => {
      this.#keyPathOf(db, collection, where);
      checkKey(key, where);
      return (await untyped(db).get(collection, key as IDBValidKey)) as T | undefined;
    });
  }

  async query<T extends object>(collection: string, options: QueryOptions = {}): Promise<T[]> {
    const where = `query(${collection})`;
    const { limit, direction = 'next' } = options;
    return this.#withDb(where, async (db) => {
      this.#keyPathOf(db, collection, where);
      if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
        throw new MindError('MIND_INVALID_INPUT', `${where}: limit must be a non-negative integer, got ${limit}.`);
      }
      const range = toKeyRange(options.range, where);
      const tx = untyped(db).transaction(collection, 'readonly');
      const source = this.#source(tx.store, options.index, where);
      // IndexedDB reads a count of 0 as "no limit" and throws on an empty bound: answer those here.
      if (limit === 0 || range === null) return [];
      if (direction === 'next') return (await source.getAll(range, limit)) as T[];
      const records: T[] = [];
      for (let cursor = await source.openCursor(range, 'prev'); cursor; cursor = await cursor.continue()) {
        records.push(cursor.value as T);
        if (records.length === limit) break;
      }
      return records;
    });
  }

  async count(collection: string, options: Omit<QueryOptions, 'direction' | 'limit'> = {}): Promise<number> {
    const where = `count(${collection})`;
    return this.#withDb(where, async (db) => {
      this.#keyPathOf(db, collection, where);
      const range = toKeyRange(options.range, where);
      const tx = untyped(db).transaction(collection, 'readonly');
      const source = this.#source(tx.store, options.index, where);
      return range === null ? 0 : source.count(range);
    });
  }

  put(collection: string, value: object): Promise<void> {
    return this.batch([{ type: 'put', collection, value }]);
  }

  delete(collection: string, key: StorageKey): Promise<void> {
    return this.batch([{ type: 'delete', collection, key }]);
  }

  async batch(operations: readonly BatchOperation[]): Promise<void> {
    // Copied now, before any await, so later changes to the caller's objects are not stored.
    let copies: readonly BatchOperation[] | undefined;
    try {
      copies = structuredClone([...operations]);
    } catch {
      // Left to prepareBatch, which names the operation that cannot be cloned.
    }
    await this.#withDb('batch', async (db) => {
      const keyPathOf = (collection: string, where: string) =>
        this.#keyPathOf(db, collection, `${where} in ${collection}`);
      const prepared = prepareBatch(copies ?? operations, keyPathOf, copies === undefined);
      if (prepared.length === 0) return;
      await runBatch(untyped(db), prepared, this.#options.durability ?? 'relaxed', (error, transaction) => {
        throw toMindError(error, 'batch', transaction);
      });
      this.#announcer.announce(changeOf(prepared, (store) => this.#keyPathOf(db, store, 'batch')));
      if (!this.#askedPersist && this.#options.persist !== false) {
        this.#askedPersist = true;
        askPersistence();
      }
    });
  }

  async readChunks(blobId: string): Promise<BinaryChunk[]> {
    return this.#withDb(`readChunks(${blobId})`, async (db) => {
      if (typeof blobId !== 'string') throw new MindError('MIND_INVALID_INPUT', 'readChunks: blobId must be a string.');
      const records = await db.getAll(CHUNKS, blobRange(blobId));
      return records.map((record) => record.chunk);
    });
  }

  watch(listener: (change: StorageChange) => void): () => void {
    return this.#announcer.listen(listener);
  }

  #databaseName(schema: StorageSchema): string {
    return this.#options.name ?? schema.name;
  }

  async #connect(schema: StorageSchema): Promise<Db> {
    const db = await openDatabase(this.#databaseName(schema), schema, {
      blocked: () => this.#options.onBlocked?.(),
      // Another tab wants a newer version: step aside now, and refuse what follows with MIND_STALE
      // rather than reopen at our version (which IndexedDB refuses once the upgrade is done).
      // A deletion is no upgrade: the next call reopens over a fresh database.
      blocking: (stale, newVersion) => {
        if (newVersion !== null && this.#db === stale) this.#upgradedTo = newVersion;
        this.#forget(stale, true);
      },
      terminated: (stale) => this.#forget(stale, false),
    });
    this.#db = db;
    return db;
  }

  #forget(db: Db, close: boolean): void {
    if (this.#db === db) {
      this.#db = undefined;
      this.#connection = undefined;
    }
    if (close) db.close();
  }

  /** The open database, reconnecting after a `versionchange` or a termination closed it. */
  async #database(): Promise<Db> {
    const schema = this.#schema;
    if (!schema) {
      throw new MindError(
        'MIND_STORAGE_CLOSED',
        'The storage is not open: call open(schema) first, and not after close().',
      );
    }
    if (this.#upgradedTo !== undefined) {
      this.#probeAbandonedUpgrade(schema);
      throw this.#staleError(schema);
    }
    if (!this.#connection) {
      const connection = this.#connect(schema).catch((error: unknown) => {
        // The database was upgraded while this instance was closed (it never heard the
        // versionchange): as stale as if it had.
        throw isMindError(error, 'MIND_SCHEMA_MISMATCH') ? this.#staleError(schema, error) : error;
      });
      this.#connection = connection;
      connection.catch(() => {
        if (this.#connection === connection) this.#connection = undefined;
      });
    }
    return this.#connection;
  }

  /**
   * Reopens at this page's version in the background after a `versionchange`: when the other tab's
   * upgrade was abandoned (the tab closed while blocked, the upgrade aborted), the database is still
   * at our version and the next call goes on instead of refusing until a reload. Calls meanwhile
   * fail fast with MIND_STALE rather than wait behind an upgrade that may be blocked for long.
   */
  #probeAbandonedUpgrade(schema: StorageSchema): void {
    if (this.#probing) return;
    this.#probing = true;
    this.#connect(schema).then(
      (db) => {
        this.#probing = false;
        if (this.#schema !== schema) return this.#forget(db, true); // closed or reopened meanwhile
        this.#upgradedTo = undefined;
        this.#connection = Promise.resolve(db);
      },
      () => {
        // Upgraded after all (VersionError): stale until reopened, as said.
        this.#probing = false;
      },
    );
  }

  #staleError(schema: StorageSchema, cause?: unknown): MindError {
    const newer = this.#upgradedTo === undefined ? 'a newer version' : `version ${this.#upgradedTo}`;
    return new MindError(
      'MIND_STALE',
      `IndexedDB "${this.#databaseName(schema)}" was upgraded to ${newer} by another tab; this page runs version ${schema.version}: reload it.`,
      cause === undefined ? {} : { cause },
    );
  }

  async #withDb<T>(where: string, run: (db: Db) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const db = await this.#database();
      try {
        return await run(db);
      } catch (error) {
        // The connection closed under us (another tab upgrading) before the transaction began: retry once on a new one.
        const closing = (error as { name?: unknown } | null)?.name === 'InvalidStateError' && this.#db !== db;
        if (closing && attempt === 0) continue;
        throw toMindError(error, where);
      }
    }
  }

  #keyPathOf(db: Db, collection: string, where: string): KeyPath {
    const declared = this.#schema?.collections.find((candidate) => candidate.name === collection);
    if (!declared || !db.objectStoreNames.contains(collection as typeof CHUNKS) || collection === CHUNKS) {
      throw new MindError('MIND_NOT_FOUND', `${where}: no collection "${collection}" in the opened schema.`);
    }
    return declared.keyPath;
  }

  #source(
    store: { indexNames: DOMStringList; index(name: string): unknown },
    index: string | undefined,
    where: string,
  ) {
    if (index === undefined) return store as unknown as IndexLike;
    if (!store.indexNames.contains(index)) throw new MindError('MIND_NOT_FOUND', `${where}: no index "${index}".`);
    return store.index(index) as IndexLike;
  }
}

/** What query and count need from an object store or an index. */
interface IndexLike {
  getAll(range?: IDBKeyRange | null, count?: number): Promise<unknown[]>;
  count(range?: IDBKeyRange | null): Promise<number>;
  openCursor(range?: IDBKeyRange | null, direction?: IDBCursorDirection): Promise<CursorLike | null>;
}

interface CursorLike {
  readonly value: unknown;
  continue(): Promise<CursorLike | null>;
}
