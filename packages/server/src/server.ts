import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { pino, type Logger } from 'pino';
import {
  createMemoryLeaderboardStore,
  createMindshareHost,
  MindError,
  PSEUDONYM_SECRET_MIN_LENGTH,
  type LeaderboardStore,
  type MindshareHost,
  type StorageAdapter,
} from '@mindshare/core';
import { signToken, verifyTokens, type Authenticate } from './auth/tokens.js';
import { parsePublication, readPublicationFile } from './content/publication.js';
import { publishedVersions, readPublished, storePublished } from './content/published.js';
import { createApp } from './http/app.js';
import { Idempotency } from './http/idempotency.js';
import { staticFiles } from './http/static-files.js';
import { openLeaderboards, type Leaderboards } from './leaderboards.js';
import type { ServerSettings } from './settings.js';
import { openDatabase, type Database } from './storage/database.js';
import { prepareStore } from './storage/prepare.js';
import { storeNameWarning } from './store-settings.js';
import { retryPolicy, startDeliveries, type Deliveries } from './delivery/deliveries.js';
import { EVENT_RULES } from './webhooks/event-rules.js';
import { readWebhookEndpoints } from './webhooks/webhook-endpoints.schema.js';
import type { Webhooks } from './webhooks/webhooks.js';
import { learningRecords } from './xapi/learning-records.js';
import { readXapiConfig } from './xapi/xapi-config.js';

/** What tests and embedders may replace. */
export interface ServerOverrides {
  /** The time in epoch milliseconds (tests move it by hand). */
  readonly clock?: () => number;
  /** A uniform random source in [0, 1) (tests seed it). */
  readonly random?: () => number;
  readonly authenticate?: Authenticate;
  readonly logger?: Logger;
  /** An already open database (tests share one PGlite). */
  readonly database?: Database;
  /** A leaderboard store instead of Redis or the in-process one. */
  readonly leaderboards?: LeaderboardStore;
}

/** A running Mindshare server: the hono app, and what it was built on. */
export interface MindshareServer {
  readonly app: Hono;
  /** The engine host serving now (a published pack or directory replaces it). */
  readonly host: () => MindshareHost;
  readonly database: Database;
  readonly idempotency: Idempotency;
  /** Webhooks: `emit` queues an event; the delivery and scheduler loops run while endpoints are configured. */
  readonly webhooks: Webhooks;
  /** Learning records (xAPI) when an LRS is configured: their queue, and a round of delivery. */
  readonly xapi: Deliveries['xapi'];
  /** Starts listening; resolves with the port. */
  listen(): Promise<number>;
  /** Checks the database for a newer pack or directory now (the poll does it every few seconds). */
  refresh(): Promise<void>;
  /** Checks now whether Redis lost the boards, and rebuilds them if so (done every few seconds). */
  checkLeaderboards(): Promise<boolean>;
  /** Stops taking requests, finishes those in flight, then closes the host and the database. */
  close(): Promise<void>;
}

const STORE_DEFAULT = 'main';
const POLL_MS = 5_000;
const PURGE_MS = 60 * 60 * 1000;

/**
 * Builds the server from its settings: the database (PGlite unless `DATABASE_URL`), the store and
 * the server's migrations, the published pack and directory (or the files named, published
 * now), leaderboards (Redis when `REDIS_URL`), token checks, and the HTTP app.
 */
export async function createMindshareServer(
  settings: ServerSettings,
  overrides: ServerOverrides = {},
): Promise<MindshareServer> {
  const logger = overrides.logger ?? pino({ level: settings.logLevel, base: { service: 'mindshare-server' } });
  // Every setting is checked before the database is opened: a bad one must not leave behind a
  // schema, a migration or a data folder made for nothing.
  const renamed = storeNameWarning(settings.storeName);
  if (renamed) logger.warn({ storeName: settings.storeName }, renamed);
  refuseServedData(settings);
  refuseShortSecret(settings);
  const devSecret = developmentSecret(settings);
  const authenticate =
    overrides.authenticate ??
    verifyTokens({
      secret: devSecret ?? settings.tokenSecret,
      jwksUrl: settings.jwksUrl,
      issuer: settings.tokenIssuer,
      audience: settings.tokenAudience,
    });
  const endpoints = await readWebhookEndpoints(settings.webhooks);
  const xapiConfig = readXapiConfig(settings);
  if (settings.dev) {
    logger.warn(
      'development mode: POST /dev/token mints a token for anyone in the directory; never run it in production',
    );
  }
  const clock = overrides.clock ?? Date.now;
  const storeName = settings.storeName ?? STORE_DEFAULT;
  const database =
    overrides.database ??
    (await openDatabase({
      databaseUrl: settings.databaseUrl,
      dataDir: settings.dataDir,
      inMemory: settings.inMemory,
      storeName,
      onError: (error) => logger.warn({ err: error }, 'idle database connection failed'),
    }));
  // The rules are made before the store they read (challenge snapshots), which they reach once it is open.
  const opened: { store?: StorageAdapter } = {};
  const learning =
    xapiConfig &&
    learningRecords({
      config: xapiConfig,
      database,
      storage: () => opened.store!,
      clock,
      random: overrides.random,
      policy: retryPolicy(settings),
      timeoutMs: settings.webhookTimeoutMs,
    });
  const { raw, storage, current, applied } = await prepareStore(database, storeName, {
    mediaDir: settings.mediaDir,
    // Without endpoints or an LRS no event is kept: nobody would ever receive it.
    eventRules: [...(endpoints.length > 0 ? EVENT_RULES : []), ...(learning?.rules ?? [])],
  });
  opened.store = raw;
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');

  const published = await loadPublished(database, settings);
  const leaderboards: Leaderboards = overrides.leaderboards
    ? {
        store: overrides.leaderboards,
        ready: async () => undefined,
        check: async () => false,
        close: async () => undefined,
      }
    : await openLeaderboards(settings.redisUrl, storeName, logger);
  let host = await createMindshareHost({
    storage,
    content: published.pack,
    directory: published.directory,
    leaderboards: leaderboards.store ?? createMemoryLeaderboardStore(),
    storeName,
    clock,
    ...(settings.pseudonymSecret === undefined ? {} : { pseudonymSecret: settings.pseudonymSecret }),
    ...(overrides.random ? { random: overrides.random } : {}),
  });
  // The host validated what came from files: only now is it published.
  let versions = await published.commit();
  learning?.update(published);
  const idempotency = new Idempotency(raw, current, clock);

  const publish = async (kind: 'pack' | 'directory', text: string, type: string) => {
    const body = parsePublication(kind, text, type);
    await host.update(kind === 'pack' ? { content: body } : { directory: body }); // validates: nothing changes on error
    learning?.update({ [kind]: body });
    const version = await storePublished(database, kind, body);
    versions = { ...versions, [kind]: version };
    logger.info({ kind, version }, 'published');
    return { kind, version };
  };

  const deliveries = startDeliveries({
    settings,
    endpoints,
    learning,
    database,
    storage: raw,
    host: () => host,
    clock,
    random: overrides.random,
    logger,
    refresh: () => refresh(),
  });
  const { webhooks, xapi } = deliveries;
  if (endpoints.length > 0) logger.info({ endpoints: endpoints.map((endpoint) => endpoint.id) }, 'webhooks on');
  if (xapiConfig) logger.info({ lrs: xapiConfig.endpoint }, 'learning records on');

  const app = createApp({
    host: () => host,
    authenticate,
    idempotency,
    clock,
    media: { maxBytes: settings.mediaMaxBytes, types: settings.mediaTypes },
    bodyLimit: settings.bodyLimit,
    rateLimit: settings.rateLimit,
    origins: settings.origins,
    logger,
    ready: async () => {
      await database.query('SELECT 1');
      await leaderboards.ready();
    },
    ...(settings.adminToken ? { admin: { token: settings.adminToken, publish } } : {}),
    deliveries: deliveries.admin,
    forgetDeliveries: deliveries,
    ...(devSecret
      ? {
          devTokens: (id: string) =>
            signToken(devSecret, id, { issuer: settings.tokenIssuer, audience: settings.tokenAudience }),
        }
      : {}),
    ...(settings.staticDir ? { fallback: staticFiles(settings.staticDir) } : {}),
  });

  const refresh = async () => {
    const now = await publishedVersions(database);
    const changed = (['pack', 'directory'] as const).filter((kind) => (now[kind] ?? 0) > (versions[kind] ?? 0));
    if (changed.length === 0) return;
    const rows = await readPublished(database);
    await host.update({
      ...(changed.includes('pack') ? { content: rows.pack!.body } : {}),
      ...(changed.includes('directory') ? { directory: rows.directory!.body } : {}),
    });
    learning?.update({
      ...(changed.includes('pack') ? { pack: rows.pack!.body } : {}),
      ...(changed.includes('directory') ? { directory: rows.directory!.body } : {}),
    });
    versions = { pack: rows.pack?.version ?? 0, directory: rows.directory?.version ?? 0 };
    logger.info({ versions }, 'picked up a new publication');
  };
  const checkLeaderboards = () => leaderboards.check(() => host.rebuildLeaderboards());
  // Redis away at start: serve anyway (boards fail until it is back), the checks go on.
  await checkLeaderboards().catch((error: unknown) => logger.warn({ err: error }, 'leaderboard check failed'));
  const timers = [
    setInterval(
      () => void checkLeaderboards().catch((error: unknown) => logger.warn({ err: error }, 'leaderboard check failed')),
      POLL_MS,
    ),
    setInterval(() => void refresh().catch((error: unknown) => logger.warn({ err: error }, 'refresh failed')), POLL_MS),
    setInterval(
      () =>
        void idempotency
          .purge(settings.keyRetentionDays * 24 * 60 * 60 * 1000)
          .then((deleted) => deleted > 0 && logger.info({ deleted }, 'old idempotency keys purged'))
          .catch((error: unknown) => logger.warn({ err: error }, 'purge failed')),
      PURGE_MS,
    ),
  ];
  for (const timer of timers) timer.unref();

  let server: ServerType | undefined;
  let closing: Promise<void> | undefined;
  return {
    app,
    host: () => host,
    database,
    idempotency,
    webhooks,
    xapi,
    refresh,
    checkLeaderboards,
    listen: () =>
      new Promise<number>((resolve, reject) => {
        server = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, (info: AddressInfo) => {
          logger.info(
            { port: info.port, host: settings.host, database: database.kind, redis: !!settings.redisUrl },
            'listening',
          );
          resolve(info.port);
        });
        // A port in use (EADDRINUSE) is said, not thrown as an unhandled 'error' event.
        server.once('error', (error: Error) =>
          reject(
            new MindError(
              'MIND_INVALID_INPUT',
              `Cannot listen on ${settings.host}:${settings.port}: ${error.message}`,
              { path: ['PORT'], cause: error },
            ),
          ),
        );
      }),
    close: () =>
      (closing ??= (async () => {
        for (const timer of timers) clearInterval(timer);
        if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
        await deliveries.close();
        await host.close();
        await leaderboards.close();
        if (!overrides.database) await database.close();
        host = undefined as never;
      })()),
  };
}

/**
 * The published pack and directory, or for a half the database does not hold yet, the file the
 * settings name; `commit` stores those halves once the host has validated the pair.
 */
async function loadPublished(
  database: Database,
  settings: ServerSettings,
): Promise<{ pack: unknown; directory: unknown; commit(): Promise<Record<'pack' | 'directory', number>> }> {
  const stored = await readPublished(database);
  const pack =
    stored.pack?.body ?? (settings.packFile ? await readPublicationFile('pack', settings.packFile) : undefined);
  const directory =
    stored.directory?.body ??
    (settings.directoryFile ? await readPublicationFile('directory', settings.directoryFile) : undefined);
  if (pack === undefined || directory === undefined) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `No ${pack === undefined ? 'content pack' : 'directory'} published yet: start with --pack and --directory (or MINDSHARE_PACK and MINDSHARE_DIRECTORY), or run "mindshare-server publish".`,
      { path: [pack === undefined ? 'MINDSHARE_PACK' : 'MINDSHARE_DIRECTORY'] },
    );
  }
  return {
    pack,
    directory,
    commit: async () => ({
      pack: stored.pack?.version ?? (await storePublished(database, 'pack', pack)),
      directory: stored.directory?.version ?? (await storePublished(database, 'directory', directory)),
    }),
  };
}

/**
 * The secret `POST /dev/token` signs with in development mode (the token secret, else a random
 * one), refusing what would make the route unsafe (a host other than loopback) or useless (a JWKS
 * URL, which leaves the tokens it mints unverifiable); `undefined` outside development mode.
 */
function developmentSecret(settings: ServerSettings): string | undefined {
  if (!settings.dev) return undefined;
  if (!['127.0.0.1', 'localhost', '::1'].includes(settings.host)) {
    throw new MindError('MIND_INVALID_INPUT', `--dev serves only on a loopback host, not ${settings.host}.`, {
      path: ['MINDSHARE_DEV'],
    });
  }
  if (settings.jwksUrl) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      '--dev (MINDSHARE_DEV) mints HS256 tokens, which --jwks-url (MINDSHARE_JWKS_URL) would not accept: unset one of them.',
      { path: ['MINDSHARE_DEV'] },
    );
  }
  return settings.tokenSecret ?? randomBytes(32).toString('hex');
}

/**
 * Refuses a pseudonym secret too short to keep codes from being recomputed, naming the variable
 * (the host would name its own option, which an operator never wrote) and never the value.
 */
function refuseShortSecret(settings: ServerSettings): void {
  if (settings.pseudonymSecret === undefined || settings.pseudonymSecret.length >= PSEUDONYM_SECRET_MIN_LENGTH) return;
  throw new MindError(
    'MIND_INVALID_INPUT',
    `--pseudonym-secret (MINDSHARE_PSEUDONYM_SECRET) must have at least ${PSEUDONYM_SECRET_MIN_LENGTH} characters; ` +
      'use a random value such as `openssl rand -hex 32`, the same for every process.',
    { path: ['MINDSHARE_PSEUDONYM_SECRET'] },
  );
}

/**
 * Refuses a database or media folder that `--static` would serve (the static files skip only
 * paths with a segment starting with a dot): `--static .` with the default `./mindshare-data`
 * would hand out the database.
 */
function refuseServedData(settings: ServerSettings): void {
  if (!settings.staticDir) return;
  const root = resolve(settings.staticDir);
  const folders = [
    ...(settings.databaseUrl || settings.inMemory ? [] : [['MINDSHARE_DATA_DIR', settings.dataDir] as const]),
    ...(settings.mediaDir ? [['MINDSHARE_MEDIA_DIR', settings.mediaDir] as const] : []),
  ];
  for (const [name, folder] of folders) {
    const inside = relative(root, resolve(folder));
    if (inside.startsWith('..') || isAbsolute(inside)) continue;
    if (inside === '' || !inside.split(sep).some((segment) => segment.startsWith('.'))) {
      throw new MindError(
        'MIND_INVALID_INPUT',
        `${name} (${folder}) lies inside the static folder ${settings.staticDir}, which would serve it: move it, or name it with a leading dot.`,
        {
          path: [name],
        },
      );
    }
  }
}
