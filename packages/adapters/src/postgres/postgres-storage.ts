import {
  MindError,
  isMindError,
  isStorageKey,
  type BatchOperation,
  type BinaryChunk,
  type CollectionSchema,
  type KeyPath,
  type KeyRange,
  type QueryOptions,
  type StorageAdapter,
  type StorageKey,
  type StorageSchema,
} from '@mindshare/core';
import type { Connection, PostgresQueryable } from './connection.js';
import { encodeKey, encodeKeyHex } from './key-bytes.js';
import { fromJson, toJson } from './record-json.js';
import {
  BATCH,
  CHUNKS,
  META,
  createBase,
  createBatchFunction,
  createCollection,
  createIndex,
  ident,
  indexTable,
} from './sql.js';

const fail = (code: MindError['code'], message: string): never => {
  throw new MindError(code, message);
};

/** A PostgreSQL error as a `MindError` (server errors carry a SQLSTATE in `code`). */
export function mapError(error: unknown): MindError {
  if (isMindError(error)) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === '23505') return new MindError('MIND_CONFLICT', `PostgreSQL: ${message}`, { cause: error });
  if (code === '53100') return new MindError('MIND_STORAGE_FULL', `PostgreSQL: ${message}`, { cause: error });
  return new MindError('MIND_STORAGE_UNAVAILABLE', `PostgreSQL: ${message}`, { cause: error });
}

const readPath = (value: unknown, path: string): unknown => {
  let current = value;
  for (const part of path.split('.')) {
    current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[part] : undefined;
  }
  return current;
};
const keyAt = (value: unknown, path: KeyPath): unknown =>
  typeof path === 'string' ? readPath(value, path) : path.map((part) => keyAt(value, part));

/** The encoded index keys a record contributes: distinct valid elements for multiEntry, else one or none. */
function indexKeys(value: unknown, path: KeyPath, multiEntry = false): string[] {
  const raw = keyAt(value, path);
  const keys = multiEntry && Array.isArray(raw) ? raw.filter(isStorageKey) : isStorageKey(raw) ? [raw] : [];
  return [...new Set(keys.map(encodeKeyHex))];
}

const checkKey = (key: unknown, where: string): StorageKey =>
  isStorageKey(key)
    ? key
    : fail(
        'MIND_INVALID_INPUT',
        `${where}: ${String(key)} is not a valid key (a string, a finite number, a date or an array of them).`,
      );

const hexOfChunk = (chunk: ArrayBuffer | ArrayBufferView): string => {
  const bytes =
    chunk instanceof ArrayBuffer
      ? new Uint8Array(chunk)
      : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
};

/** One operation of the batch function (see `createBatchFunction`). */
type SqlOperation =
  | { t: 'put' | 'add'; c: string; k: string; v: unknown; i: { t: string; k: string[] }[] }
  | { t: 'delete'; c: string; k: string }
  | { t: 'append'; b: string; d: string | Promise<string> }
  | { t: 'delete-blob'; b: string };

const NAME = /^[^$"]+$/;
const MAX_IDENTIFIER = 63;
const bytesOf = (text: string) => new TextEncoder().encode(text).length;

/** Checks a schema before anything is sent: a version, names that fit PostgreSQL identifiers. */
function checkSchema(schema: StorageSchema): void {
  const { version } = schema;
  if (!Number.isInteger(version) || version < 1) {
    fail('MIND_INVALID_INPUT', `schema "${schema.name}": version ${version} is not a positive integer.`);
  }
  for (const collection of schema.collections) {
    if (!NAME.test(collection.name) || collection.name.includes('\0') || bytesOf(collection.name) > MAX_IDENTIFIER) {
      fail('MIND_INVALID_INPUT', `collection "${collection.name}": a name of 1 to 63 bytes without "$" or '"'.`);
    }
    for (const index of collection.indexes ?? []) {
      const table = indexTable(collection.name, index.name);
      if (!NAME.test(index.name) || index.name.includes('\0') || bytesOf(table) > MAX_IDENTIFIER) {
        fail('MIND_INVALID_INPUT', `index "${table}": "<collection>$<index>" must be 63 bytes at most, without '"'.`);
      }
    }
  }
}

const sameIndex = (a: CollectionSchema['indexes'] & object, b: CollectionSchema['indexes'] & object, name: string) => {
  const left = a.find((index) => index.name === name);
  const right = b.find((index) => index.name === name);
  return (
    left !== undefined &&
    right !== undefined &&
    JSON.stringify(left.keyPath) === JSON.stringify(right.keyPath) &&
    Boolean(left.unique) === Boolean(right.unique) &&
    Boolean(left.multiEntry) === Boolean(right.multiEntry)
  );
};

export interface PostgresStorageSettings {
  readonly connection: Connection;
  /** The PostgreSQL schema; derived from the store's name when omitted. */
  readonly schema?: string;
}

/** The name of the PostgreSQL schema a store's name maps to: `mindshare_<name>`, lower case, `[a-z0-9_]`. */
export const schemaNameOf = (storeName: string): string =>
  `mindshare_${storeName.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`.slice(0, MAX_IDENTIFIER);

export class PostgresStorage implements StorageAdapter {
  readonly supports = { watch: false };
  readonly #connection: Connection;
  readonly #fixedSchema: string | undefined;
  #schema = '';
  #collections: Map<string, CollectionSchema> | undefined;

  constructor(settings: PostgresStorageSettings) {
    this.#connection = settings.connection;
    this.#fixedSchema = settings.schema;
  }

  async open(schema: StorageSchema): Promise<void> {
    checkSchema(schema);
    this.#collections = undefined;
    const name = this.#fixedSchema ?? schemaNameOf(schema.name);
    try {
      const collections = await this.#connection.transaction((tx) => upgrade(tx, name, schema));
      this.#schema = name;
      this.#collections = new Map(collections.map((collection) => [collection.name, collection]));
    } catch (error) {
      throw mapError(error);
    }
  }

  async close(): Promise<void> {
    this.#collections = undefined;
  }

  async get<T extends object = Record<string, unknown>>(collection: string, key: StorageKey): Promise<T | undefined> {
    this.#collection(collection);
    checkKey(key, `get from "${collection}"`);
    const { rows } = await this.#query(`SELECT value FROM ${this.#table(collection)} WHERE key = $1`, [encodeKey(key)]);
    return rows.length === 0 ? undefined : (fromJson((rows[0] as { value: unknown }).value) as T);
  }

  async query<T extends object = Record<string, unknown>>(
    collection: string,
    options: QueryOptions = {},
  ): Promise<T[]> {
    const { limit } = options;
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
      fail('MIND_INVALID_INPUT', `query "${collection}": limit ${limit} is not a non-negative integer.`);
    }
    const select = this.#select(collection, options, 'value');
    if (limit === 0) return [];
    const descending = options.direction === 'prev' ? ' DESC' : '';
    const order = options.index === undefined ? `key${descending}` : `i.key${descending}, i.pk${descending}`;
    const limited = limit === undefined ? '' : ` LIMIT ${limit}`;
    const { rows } = await this.#query(`${select.sql} ORDER BY ${order}${limited}`, select.params);
    return rows.map((row) => fromJson((row as { value: unknown }).value) as T);
  }

  async count(collection: string, options: Omit<QueryOptions, 'direction' | 'limit'> = {}): Promise<number> {
    const select = this.#select(collection, options, 'count(*)::int AS n');
    const { rows } = await this.#query(select.sql, select.params);
    return (rows[0] as { n: number }).n;
  }

  put(collection: string, value: object): Promise<void> {
    return this.batch([{ type: 'put', collection, value }]);
  }

  delete(collection: string, key: StorageKey): Promise<void> {
    return this.batch([{ type: 'delete', collection, key }]);
  }

  async batch(operations: readonly BatchOperation[]): Promise<void> {
    // Everything is checked and copied (encoded) now, before the first await.
    this.#ready();
    const ops = operations.map((operation) => this.#operation(operation));
    if (ops.length === 0) return;
    for (const op of ops) if (op.t === 'append') op.d = await op.d;
    await this.#query(`SELECT ${ident(this.#schema)}.${ident(BATCH)}($1::jsonb)`, [JSON.stringify(ops)]);
  }

  async readChunks(blobId: string): Promise<BinaryChunk[]> {
    this.#ready();
    const { rows } = await this.#query(
      `SELECT bytes FROM ${ident(this.#schema)}.${ident(CHUNKS)} WHERE blob = $1 ORDER BY seq`,
      [blobId],
    );
    return rows.map((row) => Uint8Array.from((row as { bytes: Uint8Array }).bytes));
  }

  #ready(): Map<string, CollectionSchema> {
    return (
      this.#collections ?? fail('MIND_STORAGE_CLOSED', 'This PostgreSQL storage is not open: call open(schema) first.')
    );
  }

  #collection(name: string): CollectionSchema {
    return this.#ready().get(name) ?? fail('MIND_NOT_FOUND', `No collection "${name}" in this store's schema.`);
  }

  #table(name: string): string {
    return `${ident(this.#schema)}.${ident(name)}`;
  }

  async #query(text: string, params: unknown[]): Promise<{ rows: unknown[] }> {
    try {
      return await this.#connection.query(text, params);
    } catch (error) {
      throw mapError(error);
    }
  }

  /** `SELECT <what>` over a collection or one of its indexes, in a range. */
  #select(collection: string, options: Omit<QueryOptions, 'direction' | 'limit'>, what: string) {
    const schema = this.#collection(collection);
    const index = options.index === undefined ? undefined : schema.indexes?.find((i) => i.name === options.index);
    if (options.index !== undefined && !index)
      fail('MIND_NOT_FOUND', `No index "${options.index}" on "${collection}".`);
    const params: unknown[] = [];
    const column = index ? 'i.key' : 'key';
    const conditions = rangeConditions(options.range, column, params, `query "${collection}"`);
    const where = conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`;
    const from = index
      ? what.startsWith('count')
        ? `${this.#table(indexTable(collection, index.name))} AS i`
        : `${this.#table(indexTable(collection, index.name))} AS i JOIN ${this.#table(collection)} AS r ON r.key = i.pk`
      : this.#table(collection);
    return { sql: `SELECT ${index && !what.startsWith('count') ? 'r.value' : what} FROM ${from}${where}`, params };
  }

  #operation(operation: BatchOperation): SqlOperation {
    this.#ready();
    switch (operation.type) {
      case 'put':
      case 'add': {
        const schema = this.#collection(operation.collection);
        const { value } = operation;
        if (typeof value !== 'object' || value === null) {
          fail('MIND_INVALID_INPUT', `${operation.type} into "${schema.name}": a record is an object.`);
        }
        const key = checkKey(
          keyAt(value, schema.keyPath),
          `${operation.type} into "${schema.name}" at ${JSON.stringify(schema.keyPath)}`,
        );
        return {
          t: operation.type,
          c: schema.name,
          k: encodeKeyHex(key),
          v: toJson(value, `${operation.type} into "${schema.name}"`),
          i: (schema.indexes ?? []).map((index) => ({
            t: indexTable(schema.name, index.name),
            k: indexKeys(value, index.keyPath, index.multiEntry),
          })),
        };
      }
      case 'delete': {
        const schema = this.#collection(operation.collection);
        return {
          t: 'delete',
          c: schema.name,
          k: encodeKeyHex(checkKey(operation.key, `delete from "${schema.name}"`)),
        };
      }
      case 'append-chunk': {
        const { chunk } = operation;
        const d =
          chunk instanceof ArrayBuffer || ArrayBuffer.isView(chunk)
            ? hexOfChunk(chunk)
            : typeof chunk?.arrayBuffer === 'function'
              ? chunk.arrayBuffer().then(hexOfChunk)
              : fail('MIND_INVALID_INPUT', `append-chunk to "${operation.blobId}": a chunk is binary data.`);
        return { t: 'append', b: operation.blobId, d };
      }
      case 'delete-blob':
        return { t: 'delete-blob', b: operation.blobId };
      default:
        return fail(
          'MIND_INVALID_INPUT',
          `Unknown batch operation ${JSON.stringify((operation as { type?: unknown }).type)}.`,
        );
    }
  }
}

/** SQL conditions on `column` for a key range; its bounds are checked first, even over an empty table. */
function rangeConditions(range: KeyRange | undefined, column: string, params: unknown[], where: string): string[] {
  if (!range) return [];
  const bound = (key: unknown, operator: string) => {
    params.push(encodeKey(checkKey(key, `${where}: range bound`)));
    return `${column} ${operator} $${params.length}`;
  };
  if ('only' in range) return [bound(range.only, '=')];
  const conditions: string[] = [];
  if (range.lower !== undefined) conditions.push(bound(range.lower, range.lowerOpen ? '>' : '>='));
  if (range.upper !== undefined) conditions.push(bound(range.upper, range.upperOpen ? '<' : '<='));
  return conditions;
}

/**
 * Creates or upgrades the store in one transaction, under an advisory lock on its schema so two
 * processes opening at once take turns. Returns the collections now in force.
 */
async function upgrade(
  tx: PostgresQueryable,
  schema: string,
  wanted: StorageSchema,
): Promise<readonly CollectionSchema[]> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`mindshare-open:${schema}`]);
  await tx.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)}`);
  for (const statement of createBase(schema)) await tx.query(statement);
  const { rows } = await tx.query(`SELECT version, collections FROM ${ident(schema)}.${ident(META)}`);
  const stored = rows[0] as { version: number; collections: CollectionSchema[] } | undefined;
  if (stored && stored.version > wanted.version) {
    fail(
      'MIND_SCHEMA_MISMATCH',
      `Store "${wanted.name}" is at version ${stored.version}; this code opens version ${wanted.version}: update the code.`,
    );
  }
  // Always the batch function of this code: a fix to it reaches stores already at this version.
  await tx.query(createBatchFunction(schema));
  if (stored && stored.version === wanted.version) return stored.collections;
  const before = stored?.collections ?? [];
  const table = (name: string) => `${ident(schema)}.${ident(name)}`;
  const kept = new Set<string>();
  for (const old of before) {
    const next = wanted.collections.find((collection) => collection.name === old.name);
    const keep = next !== undefined && JSON.stringify(next.keyPath) === JSON.stringify(old.keyPath);
    for (const index of old.indexes ?? []) {
      if (!keep || !sameIndex(old.indexes ?? [], next.indexes ?? [], index.name)) {
        await tx.query(`DROP TABLE IF EXISTS ${table(indexTable(old.name, index.name))}`);
      }
    }
    if (keep) kept.add(old.name);
    else await tx.query(`DROP TABLE IF EXISTS ${table(old.name)}`);
  }
  for (const collection of wanted.collections) {
    const old = before.find((c) => c.name === collection.name);
    if (!kept.has(collection.name))
      for (const statement of createCollection(schema, collection)) await tx.query(statement);
    for (const index of collection.indexes ?? []) {
      if (kept.has(collection.name) && sameIndex(old?.indexes ?? [], collection.indexes ?? [], index.name)) continue;
      for (const statement of createIndex(schema, collection.name, index)) await tx.query(statement);
      if (!kept.has(collection.name)) continue;
      // Index the records already stored (a unique violation aborts the whole upgrade: MIND_CONFLICT).
      const records = await tx.query(`SELECT encode(key, 'hex') AS k, value FROM ${table(collection.name)}`);
      const entries = records.rows.flatMap((row) => {
        const { k, value } = row as { k: string; value: unknown };
        return indexKeys(fromJson(value), index.keyPath, index.multiEntry).map((key) => [key, k]);
      });
      if (entries.length > 0) {
        await tx.query(
          `INSERT INTO ${table(indexTable(collection.name, index.name))} (key, pk) SELECT decode(e->>0, 'hex'), decode(e->>1, 'hex') FROM jsonb_array_elements($1::jsonb) AS e`,
          [JSON.stringify(entries)],
        );
      }
    }
  }
  const collections = JSON.parse(JSON.stringify(wanted.collections)) as CollectionSchema[];
  await tx.query(
    `INSERT INTO ${table(META)} (id, version, collections) VALUES (1, $1, $2::jsonb) ON CONFLICT (id) DO UPDATE SET version = $1, collections = $2::jsonb`,
    [wanted.version, JSON.stringify(collections)],
  );
  return collections;
}
