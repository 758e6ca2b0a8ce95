import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import {
  createPostgresStorage,
  postgresConnection,
  schemaNameOf,
  type PostgresQueryable,
} from '@mindshare/adapters/postgres';
import { MindError, type StorageAdapter } from '@mindshare/core';
import { connectionProblem, redactedUrl } from '../redacted-url.js';

/** Where the server keeps its records, and the SQL it runs itself (migrations, published content). */
export interface Database {
  /** `postgresql` (a server) or `pglite` (embedded). */
  readonly kind: 'postgresql' | 'pglite';
  /** The PostgreSQL schema of the store: the engine's tables, the server's, the reporting views. */
  readonly schema: string;
  /** A storage adapter over this database (the engine's port); call once per host. */
  storage(): StorageAdapter;
  /** One parameterised statement. */
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `work` in one transaction. */
  transaction<T>(work: (tx: PostgresQueryable) => Promise<T>): Promise<T>;
  /** Closes the pool or the embedded database. */
  close(): Promise<void>;
}

/** Where to connect: a PostgreSQL URL, or an embedded database in a folder or in memory. */
export interface DatabaseOptions {
  readonly databaseUrl?: string | undefined;
  readonly dataDir?: string | undefined;
  readonly inMemory?: boolean;
  /** Store name; the schema is `mindshare_<name>`. */
  readonly storeName: string;
  /** Connections of the pool (default 10). */
  readonly poolSize?: number;
  /** Told of errors of idle connections (logged by the server). */
  readonly onError?: (error: Error) => void;
}

/** Where a database lives: a pg pool or an embedded PGlite. */
export type DatabaseTarget = { readonly pool: pg.Pool } | { readonly pglite: PGlite };

/** A {@link Database} over a pool or PGlite, for the store in `schema`; `close` ends the target. */
export function databaseOver(target: DatabaseTarget, schema: string): Database {
  const connection = postgresConnection(target);
  return {
    kind: 'pool' in target ? 'postgresql' : 'pglite',
    schema,
    storage: () => createPostgresStorage({ ...target, schema }),
    query: async (text, params) => (await connection.query(text, params)).rows as never,
    transaction: (work) => connection.transaction(work),
    close: () => ('pool' in target ? target.pool.end() : target.pglite.close()),
  };
}

/**
 * Opens the database the settings name; PGlite (PostgreSQL in WebAssembly) when no URL is given.
 * A PostgreSQL out of reach is refused at once with `MIND_STORAGE_UNAVAILABLE` naming
 * `DATABASE_URL`, its password hidden, and the cause.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const schema = schemaNameOf(options.storeName);
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // A database out of reach fails requests and /readyz in seconds instead of hanging them.
      connectionTimeoutMillis: 5_000,
      statement_timeout: 30_000,
    });
    // An idle client losing its connection (a database restart) must not crash the process.
    pool.on('error', (error) => options.onError?.(error));
    await reach(pool, options.databaseUrl);
    return databaseOver({ pool }, schema);
  }
  if (!options.inMemory && options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  return databaseOver({ pglite: await PGlite.create(options.inMemory ? undefined : options.dataDir) }, schema);
}

/**
 * Asks the server once, so that a wrong host, port, password or database name stops the start with
 * one line that says so, rather than pg's stack trace from the first migration.
 */
async function reach(pool: pg.Pool, databaseUrl: string): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new MindError(
      'MIND_STORAGE_UNAVAILABLE',
      `Cannot reach the database of --database-url (DATABASE_URL) ${redactedUrl(databaseUrl) ?? '(not a URL)'}: ${connectionProblem(error)}.`,
      { path: ['DATABASE_URL'], cause: error },
    );
  }
}
