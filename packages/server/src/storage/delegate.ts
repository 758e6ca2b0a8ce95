import type { StorageAdapter } from '@mindshare/core';

/**
 * A storage adapter that forwards every call to `storage` except those `overrides` replace: the
 * server's wrappers (idempotency records, the media folder) change one or two calls each.
 */
export function delegateStorage(storage: StorageAdapter, overrides: Partial<StorageAdapter>): StorageAdapter {
  return {
    supports: storage.supports,
    open: (schema) => storage.open(schema),
    close: () => storage.close(),
    get: (collection, key) => storage.get(collection, key),
    query: (collection, options) => storage.query(collection, options),
    count: (collection, options) => storage.count(collection, options),
    put: (collection, value) => storage.put(collection, value),
    delete: (collection, key) => storage.delete(collection, key),
    batch: (operations) => storage.batch(operations),
    readChunks: (blobId) => storage.readChunks(blobId),
    ...(storage.watch ? { watch: storage.watch.bind(storage) } : {}),
    ...overrides,
  } as StorageAdapter;
}
