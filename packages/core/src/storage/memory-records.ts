import { MindError } from '../errors/mind-error.js';
import { encodeKey, type MemoryCollection, type MemoryIndex } from './memory-database.js';
import { isStorageKey, readKey, readPath, type StorageKey } from './storage-key.js';

/** The index keys a record contributes to an index (several for multiEntry, none when missing). */
export function indexKeysOf(index: MemoryIndex, value: object): StorageKey[] {
  const { keyPath, multiEntry } = index.schema;
  if (multiEntry && typeof keyPath === 'string') {
    const raw = readPath(value, keyPath);
    if (Array.isArray(raw)) {
      const unique = new Map<string, StorageKey>();
      for (const item of raw) if (isStorageKey(item)) unique.set(encodeKey(item), item);
      return [...unique.values()];
    }
  }
  const key = readKey(value, keyPath);
  return key === undefined ? [] : [key];
}

/**
 * Sets (or, with `value` undefined, removes) the record at `key`, keeping the primary order and
 * every index in step. Refuses with `MIND_CONFLICT`, changing nothing, when a unique index
 * already holds one of the record's index keys for another record.
 */
export function writeRecord(collection: MemoryCollection, key: StorageKey, value: object | undefined): void {
  const id = encodeKey(key);
  if (value !== undefined) {
    for (const index of collection.indexes.values()) {
      if (!index.schema.unique) continue;
      for (const indexKey of indexKeysOf(index, value)) {
        if (index.entries.hasKey(indexKey, key)) {
          throw new MindError(
            'MIND_CONFLICT',
            `${collection.schema.name}: another record already has ${JSON.stringify(indexKey)} in the unique index "${index.schema.name}".`,
          );
        }
      }
    }
  }
  const previous = collection.records.get(id);
  if (previous) {
    collection.primary.remove({ key, primaryKey: key });
    for (const index of collection.indexes.values()) {
      for (const indexKey of indexKeysOf(index, previous.value))
        index.entries.remove({ key: indexKey, primaryKey: key });
    }
    collection.records.delete(id);
  }
  if (value === undefined) return;
  collection.records.set(id, { key, value });
  collection.primary.insert({ key, primaryKey: key });
  for (const index of collection.indexes.values()) {
    for (const indexKey of indexKeysOf(index, value)) index.entries.insert({ key: indexKey, primaryKey: key });
  }
}
