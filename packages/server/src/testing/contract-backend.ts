// The real server as the HTTP client's test backend (MINDSHARE_CONTRACT_BACKEND): the client's
// whole suite, faults and chaos included, then runs against it instead of the mock.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { pino } from 'pino';
import { MindError } from '@mindshare/core';
import { seededRandom } from '@mindshare/core/testing';
import { Unauthenticated } from '../auth/tokens.js';
import { createMindshareServer } from '../server.js';
import { parseCommandLine } from '../settings.js';
import { databaseOver, type Database, type DatabaseTarget } from '../storage/database.js';
import { storePublished } from '../content/published.js';
import { prepareStore } from '../storage/prepare.js';

let shared: Promise<DatabaseTarget> | undefined;
let worlds = 0;
const servers: { close(): Promise<void> }[] = [];
const schemas: string[] = [];
const run = `t${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** One database for every world of the run (PGlite, or DATABASE_URL when set), a schema per world. */
function database(): Promise<DatabaseTarget> {
  const url = process.env['DATABASE_URL'];
  return (shared ??= url
    ? Promise.resolve({ pool: new pg.Pool({ connectionString: url, max: 4 }) })
    : PGlite.create().then((pglite) => ({ pglite })));
}

/** See `ContractBackend` in `@mindshare/adapters`' http testing. */
export async function contractBackend(world: {
  readonly baseUrl: string;
  readonly clock: () => number;
  readonly pack: Record<string, unknown>;
  readonly directory: Record<string, unknown>;
  applied(authorization: string, key: string): void;
}): Promise<(request: Request) => Promise<Response>> {
  const storeName = `${run}_${worlds++}`;
  const schema = `mindshare_${storeName}`;
  schemas.push(schema);
  // The target is shared by the worlds of the run: closing one world leaves it open.
  const opened: Database = { ...databaseOver(await database(), schema), close: async () => undefined };
  await prepareStore(opened, storeName);
  await storePublished(opened, 'pack', world.pack);
  await storePublished(opened, 'directory', world.directory);
  const { settings } = parseCommandLine(['--store-name', storeName, '--rate-limit', '0'], {});
  const server = await createMindshareServer(settings, {
    clock: world.clock,
    random: seededRandom(storeName),
    database: opened,
    logger: pino({ level: 'silent' }),
    authenticate: async (authorization) => {
      const id = /^Bearer token-(.+)$/.exec(authorization ?? '')?.[1];
      if (!id) throw new Unauthenticated('Missing or unknown bearer token.');
      return id;
    },
  });
  servers.push(server);
  server.idempotency.onApplied = (viewerId, key) => world.applied(`Bearer token-${viewerId}`, key);
  const base = new URL(world.baseUrl);
  return async (request) => {
    const url = new URL(request.url);
    if (url.origin !== base.origin) throw new MindError('MIND_INVALID_INPUT', `Unexpected origin ${url.origin}.`);
    return server.app.fetch(request);
  };
}

/** Closes every server of the run and drops the schemas it made (a shared PostgreSQL keeps nothing). */
export async function closeContractBackends(): Promise<void> {
  if (!shared) return;
  const target = await shared;
  const db = databaseOver(target, 'public');
  for (const server of servers.splice(0)) await server.close().catch(() => undefined);
  for (const schema of schemas.splice(0)) await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await db.close();
  shared = undefined;
}
