/** What the adapter needs of a connection: one parameterised statement, its rows. */
export interface PostgresQueryable {
  /** Runs one statement with `$1`-style parameters and resolves with its rows. */
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** A pool of connections (`pg.Pool`): statements on any connection, transactions on a checked-out one. */
export interface PostgresPool extends PostgresQueryable {
  /** Checks out one connection, for a transaction. */
  connect(): Promise<
    PostgresQueryable & {
      /** Gives the connection back to the pool; with an error (or `true`), discards it. */
      release(error?: Error | boolean): void;
    }
  >;
}

/** A database with its own transaction helper (`PGlite`, PostgreSQL in WebAssembly). */
export interface PostgresWithTransactions extends PostgresQueryable {
  /** Runs `callback` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(callback: (tx: PostgresQueryable) => Promise<T>): Promise<T>;
}

/** The one shape the adapter works on, whatever it was given. */
export interface Connection extends PostgresQueryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: PostgresQueryable) => Promise<T>): Promise<T>;
}

async function inTransaction<T>(tx: PostgresQueryable, work: (tx: PostgresQueryable) => Promise<T>): Promise<T> {
  await tx.query('BEGIN');
  try {
    const result = await work(tx);
    await tx.query('COMMIT');
    return result;
  } catch (error) {
    await tx.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

export function fromPool(pool: PostgresPool): Connection {
  return {
    query: (text, params) => pool.query(text, params),
    transaction: async (work) => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        return await inTransaction(client, work);
      } catch (error) {
        // A connection that failed mid-transaction is not returned to the pool as healthy.
        if (!(error instanceof Error && 'code' in error))
          broken = error instanceof Error ? error : new Error(String(error));
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}

export function fromTransactional(database: PostgresWithTransactions): Connection {
  return {
    query: (text, params) => database.query(text, params),
    transaction: (work) => database.transaction(work),
  };
}

/**
 * One connection (`pg.Client`): statements are queued in order, so a transaction holds the queue
 * for its whole length, or other calls of the adapter would run inside it.
 */
export function fromClient(client: PostgresQueryable): Connection {
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const result = tail.then(work, work);
    tail = result.catch(() => undefined);
    return result;
  };
  return {
    query: (text, params) => serial(() => client.query(text, params)),
    transaction: (work) => serial(() => inTransaction(client, work)),
  };
}
