import type { MindErrorCode, MindshareChange, StorageAdapter, StorageSchema } from '@mindshare/core';
import type { OutboxStatus, WriteOperation } from './http-options.js';

/** Collections of the outbox store. */
export const OUTBOX = { entries: 'outbox', refused: 'refused', meta: 'meta' } as const;

/** The outbox store's schema: queued writes by sequence, refused writes, and the client's counters. */
export function outboxSchema(name: string): StorageSchema {
  return {
    name,
    version: 1,
    collections: [
      { name: OUTBOX.entries, keyPath: 'key', indexes: [{ name: 'bySequence', keyPath: 'sequence' }] },
      { name: OUTBOX.refused, keyPath: 'key' },
      { name: OUTBOX.meta, keyPath: 'id' },
    ],
  };
}

/** A queued write, stored before the first network call. */
export interface OutboxRecord {
  /** The idempotency key: the same for every delivery of this write. */
  readonly key: string;
  /** Whose write it is: a device shared by two sellers never sends one's writes with the other's token. */
  readonly viewerId: string;
  readonly clientId: string;
  readonly sequence: number;
  readonly operation: WriteOperation;
  readonly path: string;
  readonly body: unknown;
  readonly areas: MindshareChange['areas'];
  readonly createdAt: number;
  readonly tries: number;
  readonly nextTryAt: number;
  readonly lastError?: { readonly code: MindErrorCode; readonly message: string };
}

/** A write the server refused after it had left its caller. */
export interface RefusedRecord extends Omit<OutboxRecord, 'tries' | 'nextTryAt' | 'lastError'> {
  readonly refusedAt: number;
  readonly error: { readonly code: MindErrorCode; readonly message: string };
}

/** The client's identity and its last sequence number. */
export interface ClientMeta {
  readonly id: 'client';
  readonly clientId: string;
  readonly sequence: number;
}

/** The queued and refused writes of `viewerId`, oldest first. */
export async function readOutbox(storage: StorageAdapter, viewerId: string): Promise<OutboxStatus> {
  const entries = await storage.query<OutboxRecord>(OUTBOX.entries, { index: 'bySequence' });
  const refused = await storage.query<RefusedRecord>(OUTBOX.refused);
  return {
    pending: entries
      .filter((entry) => entry.viewerId === viewerId)
      .map((entry) => ({
        key: entry.key,
        operation: entry.operation,
        sequence: entry.sequence,
        createdAt: entry.createdAt,
        tries: entry.tries,
        nextTryAt: entry.nextTryAt,
        lastError: entry.lastError,
      })),
    refused: refused
      .filter((entry) => entry.viewerId === viewerId)
      .sort((a, b) => a.sequence - b.sequence)
      .map((entry) => ({
        key: entry.key,
        operation: entry.operation,
        path: entry.path,
        body: entry.body,
        createdAt: entry.createdAt,
        refusedAt: entry.refusedAt,
        error: entry.error,
      })),
  };
}
