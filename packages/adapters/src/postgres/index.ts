import type { StorageAdapter } from '@mindshare/core';
import {
  type Connection,
  fromClient,
  fromPool,
  fromTransactional,
  type PostgresPool,
  type PostgresQueryable,
  type PostgresWithTransactions,
} from './connection.js';
import { PostgresStorage } from './postgres-storage.js';

export type { Connection, PostgresPool, PostgresQueryable, PostgresWithTransactions } from './connection.js';
export { schemaNameOf } from './postgres-storage.js';

/** Where the store lives: exactly one of a pool, a single client or a PGlite database. */
export type PostgresStorageOptions = (
  | { readonly pool: PostgresPool; readonly client?: never; readonly pglite?: never }
  | { readonly client: PostgresQueryable; readonly pool?: never; readonly pglite?: never }
  | { readonly pglite: PostgresWithTransactions; readonly pool?: never; readonly client?: never }
) & {
  /**
   * The PostgreSQL schema that holds the store's tables. Default: `mindshare_<store name>`
   * (lower case, other characters as `_`), see {@link schemaNameOf}.
   */
  readonly schema?: string;
};

/**
 * The PostgreSQL storage adapter, for servers. Give it a `pg.Pool` (`pool`), one `pg.Client`
 * (`client`, calls then take turns) or a PGlite database (`pglite`); the adapter never ends
 * them: close them yourself after `close()`.
 *
 * One PostgreSQL schema per store; in it, one table per collection (`key bytea`, `value jsonb`),
 * one table per index (`<collection>$<index>`: index key, primary key), `$chunks` for blobs and
 * `$meta` for the stored version. Keys are bytes that sort as IndexedDB orders keys; a batch is
 * one call of a PL/pgSQL function (`$batch`): one round trip, one transaction.
 * `supports.watch` is false.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const storage = createPostgresStorage({ pool });
 * await storage.open(schema);
 * ```
 */
export function createPostgresStorage(options: PostgresStorageOptions): StorageAdapter {
  const connection = postgresConnection(options);
  return new PostgresStorage({ connection, ...(options.schema === undefined ? {} : { schema: options.schema }) });
}

/**
 * Statements and transactions over a pool, a client or PGlite, as the adapter runs them: for a
 * server's own SQL beside the store (migrations, reports) without a second way to BEGIN and COMMIT.
 */
export function postgresConnection(options: PostgresStorageOptions): Connection {
  return options.pool
    ? fromPool(options.pool)
    : options.client
      ? fromClient(options.client)
      : fromTransactional(options.pglite!);
}
