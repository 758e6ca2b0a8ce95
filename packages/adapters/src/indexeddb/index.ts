import type { StorageAdapter } from '@mindshare/core';
import { IndexedDbStorage, type IndexedDbStorageOptions } from './indexeddb-storage.js';

export type { IndexedDbStorageOptions } from './indexeddb-storage.js';

/**
 * The IndexedDB storage adapter, the embedded default in browsers. One database per schema name
 * (or `options.name`); collections are object stores, blobs are chunks in a `$chunks` store kept
 * natively (a `Blob` stays a `Blob`). Batches are one readwrite transaction. Another tab upgrading
 * the database makes this instance close and reopen on its next call; writes are announced to
 * other tabs through a `BroadcastChannel` (`supports.watch`).
 *
 * @example
 * ```ts
 * const storage = createIndexedDbStorage({ name: 'mindshare-acme' });
 * await storage.open(schema);
 * ```
 */
export function createIndexedDbStorage(options: IndexedDbStorageOptions = {}): StorageAdapter {
  return new IndexedDbStorage(options);
}
