import { type AsyncLocalStorage } from 'node:async_hooks';
import type { BatchOperation, StorageAdapter, StorageSchema } from '@mindshare/core';
import { delegateStorage } from './delegate.js';
import { EVENT_OUTBOX, STATEMENT_OUTBOX } from './event-records.js';

/** The collection of idempotency records, in the engine's own store so they share its transactions. */
export const REQUESTS = 'serverRequests';

/**
 * Bumped when the server's own collections change. The store's version is the engine's times
 * 100 plus this, so either side's change upgrades the store and an older server refuses a newer one.
 */
const SERVER_COLLECTIONS_VERSION = 3;

/** What the server remembers of a write it applied, per viewer and `Idempotency-Key`. */
export interface RequestRecord {
  readonly viewerId: string;
  readonly key: string;
  /** Method, path and body: a key reused for another request is refused. */
  readonly fingerprint: string;
  /** When the write was applied (epoch ms); records older than the retention are purged. */
  readonly at: number;
  /** The reply given; absent when the process stopped between the commit and the reply. */
  readonly reply?: { readonly status: number; readonly body: string };
}

/** The write of one request in progress: its record joins the first batch the engine commits. */
export interface PendingRequest {
  readonly record: RequestRecord;
  attached: boolean;
}

/** The store schema the server opens: the engine's collections plus its own. */
export function serverSchema(engine: StorageSchema): StorageSchema {
  return {
    name: engine.name,
    version: engine.version * 100 + SERVER_COLLECTIONS_VERSION,
    collections: [
      ...engine.collections,
      { name: REQUESTS, keyPath: ['viewerId', 'key'], indexes: [{ name: 'byTime', keyPath: 'at' }] },
      // Webhook events written with the engine's change that caused them (see event-records.ts).
      { name: EVENT_OUTBOX, keyPath: 'id' },
      // xAPI statements, likewise, apart from webhook events (see event-records.ts).
      { name: STATEMENT_OUTBOX, keyPath: 'id' },
    ],
  };
}

/**
 * Wraps the store the host writes to so that the idempotency record of the request being served
 * is added to the first batch that request commits: the write and the record of it are one
 * transaction, so a crash after the commit can never apply the write a second time on retry.
 * Which request is being served is carried by `AsyncLocalStorage` through the engine's promises.
 */
export function withRequestRecords(
  storage: StorageAdapter,
  current: AsyncLocalStorage<PendingRequest>,
): StorageAdapter {
  return delegateStorage(storage, {
    open: (schema) => storage.open(serverSchema(schema)),
    put: (collection, value) => withRecord([{ type: 'put', collection, value }]),
    delete: (collection, key) => withRecord([{ type: 'delete', collection, key }]),
    batch: (operations) => withRecord(operations),
  });

  async function withRecord(operations: readonly BatchOperation[]): Promise<void> {
    const pending = current.getStore();
    if (!pending || pending.attached) return storage.batch(operations);
    pending.attached = true;
    try {
      await storage.batch([...operations, { type: 'add', collection: REQUESTS, value: pending.record }]);
    } catch (error) {
      pending.attached = false; // nothing was committed: the next batch carries the record
      throw error;
    }
  }
}
