import { AsyncLocalStorage } from 'node:async_hooks';
import { engineSchema, type StorageAdapter } from '@mindshare/core';
import type { Database } from './database.js';
import { withEventRecords, type EventRule } from './event-records.js';
import { withMediaFolder } from './media-folder.js';
import { createReportViews, dropReportViews, migrate } from './migrations.js';
import { withRequestRecords, type PendingRequest } from './request-records.js';

/** The store of a prepared database: as given (`raw`) and with idempotency records joining writes. */
export interface PreparedStore {
  readonly raw: StorageAdapter;
  readonly storage: StorageAdapter;
  readonly current: AsyncLocalStorage<PendingRequest>;
  /** Server migrations applied now. */
  readonly applied: readonly string[];
}

/**
 * Creates or upgrades everything the server keeps: the engine's tables (through the storage
 * adapter, at the engine's schema version plus the server's collections), then the server's own
 * migrations, which read the engine's tables. Refuses a database written by newer code. With
 * `mediaDir`, pitch media go to that folder instead of the database; with `eventRules`, engine
 * writes carry the webhook events they cause.
 */
export async function prepareStore(
  database: Database,
  storeName: string,
  options: { readonly mediaDir?: string | undefined; readonly eventRules?: readonly EventRule[] } = {},
): Promise<PreparedStore> {
  const raw = options.mediaDir ? withMediaFolder(database.storage(), options.mediaDir) : database.storage();
  const current = new AsyncLocalStorage<PendingRequest>();
  // Webhook events join the batch of the write that causes them, beside its idempotency record.
  const storage = withRequestRecords(withEventRecords(raw, options.eventRules ?? []), current);
  const migrated = (
    await database.query(`SELECT to_regclass($1) AS t`, [`"${database.schema}"."server$migrations"`])
  )[0];
  if (migrated?.t) await dropReportViews(database);
  await storage.open(engineSchema(storeName));
  const applied = await migrate(database);
  await createReportViews(database);
  return { raw, storage, current, applied };
}
