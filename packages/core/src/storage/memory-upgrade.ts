import { MindError } from '../errors/mind-error.js';
import type { MemoryCollection, MemoryDatabase } from './memory-database.js';
import { indexKeysOf } from './memory-records.js';
import { SortedEntries } from './sorted-entries.js';
import type { CollectionSchema, StorageSchema } from './storage-adapter.js';

const sameKeyPath = (a: CollectionSchema['keyPath'], b: CollectionSchema['keyPath']) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Brings the database to `schema`, as an IndexedDB `upgradeneeded` would: new collections and
 * indexes are created (new indexes over the records already there), gone ones are dropped, and a
 * collection whose key path changed is recreated empty (moving data is the engine's migration).
 * A lower version than the database's is `MIND_SCHEMA_MISMATCH`; an upgrade that would violate a
 * unique index is `MIND_CONFLICT` and leaves the database as it was.
 */
export function upgradeMemoryDatabase(database: MemoryDatabase, schema: StorageSchema): void {
  if (!Number.isInteger(schema.version) || schema.version < 1) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `Schema "${schema.name}": version must be a positive integer, got ${schema.version}.`,
    );
  }
  if (schema.version < database.version) {
    throw new MindError(
      'MIND_SCHEMA_MISMATCH',
      `Schema "${schema.name}" is version ${schema.version} but the store is already at version ${database.version}: open it with a newer build.`,
    );
  }
  if (schema.version === database.version) return;

  const next = new Map<string, MemoryCollection>();
  for (const collectionSchema of schema.collections) {
    if (next.has(collectionSchema.name)) {
      throw new MindError(
        'MIND_INVALID_INPUT',
        `Schema "${schema.name}": collection "${collectionSchema.name}" is declared twice.`,
      );
    }
    const existing = database.collections.get(collectionSchema.name);
    const keep = existing && sameKeyPath(existing.schema.keyPath, collectionSchema.keyPath);
    const collection: MemoryCollection = {
      schema: collectionSchema,
      records: keep ? existing.records : new Map(),
      primary: keep ? existing.primary : new SortedEntries(),
      indexes: new Map(),
    };
    for (const indexSchema of collectionSchema.indexes ?? []) {
      if (indexSchema.multiEntry && typeof indexSchema.keyPath !== 'string') {
        throw new MindError(
          'MIND_INVALID_INPUT',
          `Schema "${schema.name}": index "${indexSchema.name}" of "${collectionSchema.name}" is multiEntry over several key paths, which IndexedDB cannot build.`,
        );
      }
      const index = { schema: indexSchema, entries: new SortedEntries() };
      for (const { key, value } of collection.records.values()) {
        for (const indexKey of indexKeysOf(index, value)) {
          if (indexSchema.unique && index.entries.hasKey(indexKey)) {
            throw new MindError(
              'MIND_CONFLICT',
              `Upgrading "${collectionSchema.name}": existing records share ${JSON.stringify(indexKey)} in the new unique index "${indexSchema.name}".`,
            );
          }
          index.entries.insert({ key: indexKey, primaryKey: key });
        }
      }
      collection.indexes.set(indexSchema.name, index);
    }
    next.set(collectionSchema.name, collection);
  }
  database.collections.clear();
  for (const [name, collection] of next) database.collections.set(name, collection);
  database.version = schema.version;
}
