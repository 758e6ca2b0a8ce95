import { randomUUID } from 'node:crypto';
import { MindError, type LeaderboardStore } from '@mindshare/core';
import type { Logger } from 'pino';
import { connectionProblem, redactedUrl } from './redacted-url.js';

/** Where the boards are ranked: Redis when configured (shared by every process), else in process. */
export interface Leaderboards {
  /** The Redis store; `undefined` for the host's own in-process store. */
  readonly store: LeaderboardStore | undefined;
  /** Throws `MIND_STORAGE_UNAVAILABLE` naming Redis and REDIS_URL when it does not answer (`/readyz`); the log has where and why. */
  ready(): Promise<void>;
  /**
   * Notices that Redis lost its data since the last check (restarted without persistence,
   * flushed) and then has the host rebuild every board from PostgreSQL.
   * @returns whether it rebuilt.
   */
  check(rebuild: () => Promise<void>): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Opens the Redis leaderboard store when `redisUrl` is set (keys under `mindshare:<store>:`), or
 * leaves the host its in-process store. The host builds the boards from PostgreSQL when Redis
 * holds none of them (a new Redis, or one that lost its data).
 */
export async function openLeaderboards(
  redisUrl: string | undefined,
  storeName: string,
  logger: Logger,
): Promise<Leaderboards> {
  if (!redisUrl) {
    return { store: undefined, ready: async () => undefined, check: async () => false, close: async () => undefined };
  }
  const [{ Redis }, { createRedisLeaderboardStore }] = await Promise.all([
    import('ioredis'),
    import('@mindshare/adapters/redis'),
  ]);
  // Commands fail fast while Redis is away (the write stands in PostgreSQL; boards rebuild later)
  // instead of queueing without bound.
  const client = new Redis(redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
  const address = redactedUrl(redisUrl) ?? 'REDIS_URL';
  // A failed command says only that its retries ran out: the connection's own error says why.
  let lastProblem: string | undefined;
  client.on('error', (error: Error) => {
    const problem = connectionProblem(error);
    // ioredis reconnects every few seconds while Redis is away: one line per new problem, not per attempt.
    if (problem !== lastProblem) logger.warn({ err: error, redis: address }, `Redis at ${address}: ${problem}`);
    lastProblem = problem;
  });
  client.on('ready', () => {
    if (lastProblem !== undefined) logger.info({ redis: address }, `Redis at ${address} answers again`);
    lastProblem = undefined;
  });
  const unavailable = (error: unknown) =>
    new MindError(
      'MIND_STORAGE_UNAVAILABLE',
      // Said by the unauthenticated /readyz: where Redis is and why it fails are for the log only.
      'Redis (REDIS_URL) does not answer; the server log says where and why.',
      { path: ['REDIS_URL'], cause: error },
    );
  const prefix = `mindshare:${storeName}:`;
  const store = createRedisLeaderboardStore({ client, prefix });
  // A random mark set once per Redis life: when it is gone or another, Redis lost what it held
  // (every process notices on its next check and rebuilds; a rebuild is idempotent).
  const epochKey = `${prefix}epoch`;
  let known: string | null = null;
  return {
    store,
    ready: async () => {
      await client.ping().catch((error: unknown) => {
        throw unavailable(error);
      });
    },
    check: async (rebuild) => {
      let epoch: string | null;
      try {
        epoch = await client.get(epochKey);
        if (epoch === null) {
          await client.set(epochKey, randomUUID(), 'NX');
          epoch = await client.get(epochKey);
        }
      } catch (error) {
        throw unavailable(error);
      }
      const lost = known !== null && epoch !== known;
      if (lost) {
        logger.warn('Redis lost its leaderboards: rebuilding them from PostgreSQL');
        await rebuild(); // a failure leaves `known` as it was: the next check tries again
      }
      known = epoch;
      return lost;
    },
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
