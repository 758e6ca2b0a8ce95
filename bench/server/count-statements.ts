/*
 * How many SQL statements and round trips each request of the load costs the server on
 * PostgreSQL, counted exactly (no timing): the server is built in process with
 * `createMindshareServer` over a `pg.Pool` whose every statement is counted, and called through
 * `app.fetch` (no network) one request at a time, so each count belongs to one request.
 *   node --conditions=mindshare-source --import tsx bench/server/count-statements.ts [sellers]
 * Needs PostgreSQL and Redis (DATABASE_URL, REDIS_URL; default the local services). Its store is
 * dropped at the end. Measured, never asserted.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { Redis } from 'ioredis';
import { createPostgresStorage, schemaNameOf } from '@mindshare/adapters/postgres';
import { createMindshareServer, parseCommandLine, signToken, type Database } from '@mindshare/server';
import {
  benchDirectory,
  benchPack,
  CHALLENGE_ID,
  correctChoice,
  QUESTION_COUNT,
  questionId,
  sellerId,
} from './fixtures.mjs';

const SELLERS = Number(process.argv[2] ?? 20);
const databaseUrl = process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';
const SECRET = randomBytes(24).toString('hex');

/** What one request made the pool do. */
interface Counts {
  statements: number;
  batches: number; // calls of the adapter's $batch function (one write transaction each)
  transactions: number; // BEGIN on a checked-out client
  failed: number;
  byKind: Record<string, number>;
}
const zero = (): Counts => ({ statements: 0, batches: 0, transactions: 0, failed: 0, byKind: {} });
let counts = zero();

function kindOf(text: string): string {
  if (/^SELECT .*"\$batch"\(\$1/.test(text)) return 'batch (write)';
  if (/^\s*(BEGIN|COMMIT|ROLLBACK)/i.test(text)) return text.trim().split(/\s/)[0]!.toUpperCase();
  const table = /FROM\s+"[^"]+"\."([^"]+)"/.exec(text)?.[1];
  if (/^\s*SELECT value FROM/.test(text)) return `get ${table}`;
  if (/^\s*SELECT (r\.value|value)/.test(text)) return `query ${table}`;
  if (/^\s*SELECT count/.test(text)) return `count ${table}`;
  return text.trim().slice(0, 60);
}
async function counted<T>(text: string, params: unknown[] | undefined, run: () => Promise<T>): Promise<T> {
  counts.statements++;
  const kind = kindOf(text);
  counts.byKind[kind] = (counts.byKind[kind] ?? 0) + 1;
  if (kind === 'batch (write)') {
    counts.batches++;
    // Each operation of the batch: its type and collection (`put attempts`); a put is a DELETE
    // then an INSERT in the batch function, plus one INSERT per index.
    for (const op of JSON.parse(String(params?.[0])) as { t: string; c?: string }[]) {
      const name = `  in $batch: ${op.t} ${op.c ?? ''}`;
      counts.byKind[name] = (counts.byKind[name] ?? 0) + 1;
    }
  }
  if (kind === 'BEGIN') counts.transactions++;
  try {
    return await run();
  } catch (error) {
    counts.failed++;
    throw error;
  }
}

const store = `count_${randomBytes(5).toString('hex')}`;
const schema = schemaNameOf(store);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
pool.on('error', () => undefined);
// The pool as the storage adapter and the server use it, every statement counted.
const countingPool = {
  query: (text: string, params?: unknown[]) => counted(text, params, () => pool.query(text, params)),
  connect: async () => {
    const client = await pool.connect();
    return {
      query: (text: string, params?: unknown[]) => counted(text, params, () => client.query(text, params)),
      release: (error?: Error | boolean) => client.release(error),
    };
  },
};
const database: Database = {
  kind: 'postgresql',
  schema,
  storage: () => createPostgresStorage({ pool: countingPool, schema }),
  query: async (text, params) => (await countingPool.query(text, params)).rows as never,
  transaction: async (work) => {
    const client = await countingPool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  },
  close: async () => undefined,
};

const folder = mkdtempSync(join(tmpdir(), 'mindshare-count-'));
const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
try {
  writeFileSync(join(folder, 'pack.json'), JSON.stringify(benchPack()));
  writeFileSync(join(folder, 'directory.json'), JSON.stringify(benchDirectory(SELLERS)));
  const { settings } = parseCommandLine(
    [
      ...['--token-secret', SECRET, '--rate-limit', '0', '--store-name', store, '--redis-url', redisUrl],
      ...['--pack', join(folder, 'pack.json'), '--directory', join(folder, 'directory.json')],
    ],
    {},
  );
  const server = await createMindshareServer(settings, { database, logger: pino({ level: 'silent' }) });
  const perKind = new Map<string, Counts[]>();
  const call = async (kind: string, token: string, path: string, body: unknown): Promise<unknown> => {
    counts = zero();
    const response = await server.app.fetch(
      new Request(`http://bench${path}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': randomBytes(16).toString('hex'),
        },
        body: JSON.stringify(body),
      }),
    );
    const text = await response.text();
    if (!response.ok) throw new Error(`${path}: ${response.status} ${text}`);
    const list = perKind.get(kind) ?? [];
    perKind.set(kind, list);
    list.push(counts);
    return text === '' ? undefined : JSON.parse(text);
  };
  for (let s = 0; s < SELLERS; s++) {
    const token = await signToken(SECRET, sellerId(s));
    const attempt = (await call('start', token, `/v1/challenges/${CHALLENGE_ID}/attempts`, {})) as { id: string };
    for (let q = 0; q < QUESTION_COUNT; q++) {
      await call('shown', token, `/v1/attempts/${attempt.id}/shown`, { questionId: questionId(q) });
      await call('answer', token, `/v1/attempts/${attempt.id}/answers`, {
        questionId: questionId(q),
        response: { kind: 'single', choiceId: correctChoice(q) },
      });
    }
    await call('finish', token, `/v1/attempts/${attempt.id}/finish`, {});
  }
  await server.close();

  console.log(`SQL statements per request on PostgreSQL (${SELLERS} sellers, one request at a time; mean):`);
  for (const [kind, list] of perKind) {
    const mean = (pick: (c: Counts) => number) => list.reduce((sum, c) => sum + pick(c), 0) / list.length;
    const kinds = new Map<string, number>();
    for (const c of list) for (const [k, n] of Object.entries(c.byKind)) kinds.set(k, (kinds.get(k) ?? 0) + n);
    console.log(
      `  ${kind.padEnd(7)} ${mean((c) => c.statements).toFixed(2)} statements, ` +
        `${mean((c) => c.batches).toFixed(2)} $batch calls, ${mean((c) => c.transactions).toFixed(2)} BEGIN, ` +
        `${mean((c) => c.failed).toFixed(2)} failed (n=${list.length})`,
    );
    for (const [k, n] of [...kinds].sort((a, b) =>
      a[0].startsWith(' ') === b[0].startsWith(' ') ? b[1] - a[1] : a[0].startsWith(' ') ? 1 : -1,
    )) {
      console.log(`          ${(n / list.length).toFixed(2).padStart(5)}  ${k}`);
    }
  }
} finally {
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `mindshare:${store}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await redis.unlink(...keys);
  } while (cursor !== '0');
  await redis.quit();
  await pool.end();
  rmSync(folder, { recursive: true, force: true });
}
