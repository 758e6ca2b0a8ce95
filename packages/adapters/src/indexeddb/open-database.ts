import { MindError, type StorageSchema } from '@mindshare/core';
import { openDB, unwrap, type IDBPDatabase } from 'idb';
import { toMindError } from './map-error.js';
import { migrate, type MindshareDb } from './schema.js';

/** What the adapter hears about its connection from other connections and the browser. */
export interface ConnectionEvents {
  /** An upgrade waits for another connection that keeps an older version open. */
  readonly blocked?: () => void;
  /**
   * Another connection wants a newer version (`newVersion`) or to delete the database
   * (`newVersion` null): close to let it.
   */
  readonly blocking: (db: IDBPDatabase<MindshareDb>, newVersion: number | null) => void;
  /** The browser closed the connection abnormally (storage cleared, disk failure). */
  readonly terminated: (db: IDBPDatabase<MindshareDb>) => void;
}

/**
 * Opens (creating or upgrading) the database for `schema`. Every migration runs in the one
 * `upgrade` callback; failures become `MindError`s, the upgrade transaction's own error first
 * since the open request only reports a bare `AbortError`.
 */
export async function openDatabase(
  name: string,
  schema: StorageSchema,
  events: ConnectionEvents,
): Promise<IDBPDatabase<MindshareDb>> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    throw new MindError('MIND_STORAGE_UNAVAILABLE', `open(${name}): IndexedDB does not exist in this runtime.`);
  }
  let upgradeError: unknown;
  try {
    const db: IDBPDatabase<MindshareDb> = await openDB<MindshareDb>(name, schema.version, {
      upgrade: (database, _oldVersion, _newVersion, transaction) => {
        // Its rejection (a unique index the data violates) is reported through the open request below.
        transaction.done.catch(() => undefined);
        const rawTransaction = unwrap(transaction);
        rawTransaction.addEventListener('abort', () => (upgradeError ??= rawTransaction.error ?? undefined));
        try {
          migrate(unwrap(database), rawTransaction, schema);
        } catch (error) {
          upgradeError = error;
          throw error;
        }
      },
      blocked: () => events.blocked?.(),
      blocking: (_currentVersion, blockedVersion) => events.blocking(db, blockedVersion),
      terminated: () => events.terminated(db),
    });
    return db;
  } catch (error) {
    throw toMindError(upgradeError ?? error, `open(${name})`);
  }
}

/**
 * Asks the browser to keep this site's data under storage pressure. Best effort: a refusal, a
 * missing API or an embedding context that throws leaves the data as evictable as before.
 */
export function askPersistence(): void {
  try {
    void (globalThis.navigator as Navigator | undefined)?.storage?.persist?.().catch(() => undefined);
  } catch {
    // Persistence is a wish, never a failure of the write that prompted it.
  }
}
