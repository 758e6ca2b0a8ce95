import { formatPath } from '../content/input-path.js';
import type { InputProblem } from '../content/input-problem.js';
import { MindError } from '../errors/mind-error.js';
import type { QueryOptions, StorageAdapter, StorageSchema } from '../storage/storage-adapter.js';
import { readKey, type KeyPath, type StorageKey } from '../storage/storage-key.js';
import { COLLECTIONS } from './engine-schema.js';
import { isStoredScore, STORED_RECORD_SCHEMAS } from './stored-records.schema.js';

const SCHEMAS = new Map<string, (typeof STORED_RECORD_SCHEMAS)[keyof typeof STORED_RECORD_SCHEMAS]>(
  Object.entries(STORED_RECORD_SCHEMAS),
);

let pitchSchemas: Promise<void> | undefined;
/** Loads the schemas of a pitch collection the first time one of its records is read. */
function schemasFor(collection: string): Promise<void> | undefined {
  if (collection !== 'recordings' && collection !== 'reviews' && collection !== 'reviewClaims') return undefined;
  // With the retention every host may run at open (stored-pitches.ts), not the pitch operations.
  const loading = (pitchSchemas ??= import('./stored-pitches.js').then(({ STORED_PITCH_RECORD_SCHEMAS }) => {
    for (const [name, schema] of Object.entries(STORED_PITCH_RECORD_SCHEMAS)) SCHEMAS.set(name, schema);
  }));
  // A chunk that failed to download (offline) is asked for again by the next read.
  return loading.catch((error: unknown) => {
    if (pitchSchemas === loading) pitchSchemas = undefined;
    throw error;
  });
}

/** What {@link parseRecord} returns for a record that does not match its schema. */
const MISMATCH: unique symbol = Symbol('mismatch');

/**
 * The record as the engine may use it, or {@link MISMATCH}. Collections the engine does not
 * declare have no schema and pass unchanged (the adapter answers for unknown ones).
 */
function parseRecord(collection: string, record: object): object | typeof MISMATCH {
  const schema = SCHEMAS.get(collection);
  if (!schema) return record;
  // The bulk-read collection takes a hand check first (see `isStoredScore` for the measurements).
  if (collection === COLLECTIONS.scores && isStoredScore(record)) return record;
  const parsed = schema.safeParse(record);
  return parsed.success ? (parsed.data as object) : MISMATCH;
}

/** A key as a reader finds it in a store inspector: `"s-anna"`, `["spring-launch", "s-anna"]`. */
function describeKey(key: StorageKey): string {
  if (typeof key === 'string') return JSON.stringify(key);
  if (typeof key === 'number') return String(key);
  if (key instanceof Date) return key.toISOString();
  return `[${key.map(describeKey).join(', ')}]`;
}

/**
 * `MIND_SCHEMA_MISMATCH` for a record that does not match its collection's schema, naming the
 * collection, the key and the first problem; `path` is `[collection, key, ...field]` (a compound
 * key as its text) and `problems` lists every problem with such a path. The wording code (zod issue
 * formatting) loads only here, so a store that is sound never pays for it.
 */
async function mismatch(collection: string, record: object, key: StorageKey | undefined): Promise<MindError> {
  const { formatIssues, PARSE_OPTIONS } = await import('../content/format-issues.js');
  const parsed = SCHEMAS.get(collection)!.safeParse(record, PARSE_OPTIONS);
  const found: InputProblem[] = parsed.success ? [] : formatIssues(parsed.error.issues);
  const keyText = key === undefined ? 'with an unreadable key' : describeKey(key);
  const keySegment = typeof key === 'string' || typeof key === 'number' ? key : keyText;
  const problems = found.map((problem) => ({
    path: [collection, keySegment, ...problem.path],
    message: problem.message,
  }));
  const first = found[0] ?? { path: [], message: 'is not valid here' };
  const more = found.length > 1 ? ` (and ${found.length - 1} more problem${found.length > 2 ? 's' : ''})` : '';
  return new MindError(
    'MIND_SCHEMA_MISMATCH',
    `The stored ${collection} record ${keyText} does not match its schema at ${formatPath(first.path)}: ` +
      `${first.message}${more}. It was changed outside Mindshare or written by another version; ` +
      'repair or delete that record, or restore the store from a backup.',
    { path: [collection, keySegment, ...first.path], problems },
  );
}

/** The adapters {@link validatedStorage} made. */
const validated = new WeakSet<StorageAdapter>();

/**
 * Wraps the engine's storage so every record read is parsed with its collection's schema (see
 * `STORED_RECORD_SCHEMAS`): `get` and `query` reject with `MIND_SCHEMA_MISMATCH` (see
 * {@link mismatch}) rather than hand the engine a record that would crash deep in scoring or give
 * a silently wrong score. Everything else — writes, counts, blobs, watch — is passed through.
 * Wrapping an adapter this function returned gives it back as it is.
 */
export function validatedStorage(storage: StorageAdapter): StorageAdapter {
  if (validated.has(storage)) return storage; // wrapped already: parse once
  const keyPaths = new Map<string, KeyPath>();
  const keyOf = (collection: string, record: object): StorageKey | undefined => {
    const keyPath = keyPaths.get(collection);
    return keyPath === undefined ? undefined : readKey(record, keyPath);
  };
  const adapter: StorageAdapter = {
    get supports() {
      return storage.supports;
    },
    async open(schema: StorageSchema): Promise<void> {
      await storage.open(schema);
      for (const collection of schema.collections) keyPaths.set(collection.name, collection.keyPath);
    },
    async get<T extends object>(collection: string, key: StorageKey): Promise<T | undefined> {
      const record = await storage.get(collection, key);
      if (record === undefined) return undefined;
      await schemasFor(collection);
      const value = parseRecord(collection, record);
      if (value === MISMATCH) throw await mismatch(collection, record, key);
      return value as T;
    },
    async query<T extends object>(collection: string, options?: QueryOptions): Promise<T[]> {
      const records = await storage.query(collection, options);
      if (records.length > 0) await schemasFor(collection);
      const values: T[] = new Array<T>(records.length);
      for (let index = 0; index < records.length; index++) {
        const record = records[index]!;
        const value = parseRecord(collection, record);
        if (value === MISMATCH) throw await mismatch(collection, record, keyOf(collection, record));
        values[index] = value as T;
      }
      return values;
    },
    count: (collection, options) => storage.count(collection, options),
    put: (collection, value) => storage.put(collection, value),
    delete: (collection, key) => storage.delete(collection, key),
    batch: (operations) => storage.batch(operations),
    readChunks: (blobId) => storage.readChunks(blobId),
    ...(storage.watch ? { watch: (listener) => storage.watch!(listener) } : {}),
    close: () => storage.close(),
  };
  validated.add(adapter);
  return adapter;
}
