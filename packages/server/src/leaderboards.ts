import type { LeaderboardStore } from '@mindshare/core';
import type { Logger } from 'pino';

/** Where the boards are ranked: Redis when configured (shared by every process), else in process. */
export interface Leaderboards {
  /** The Redis store; `undefined` for the host's own in-process store. */
  readonly store: LeaderboardStore | undefined;
  /** Throws when Redis does not answer (`/readyz`). */
  ready(): Promise<void>;
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
  if (!redisUrl) return { store: undefined, ready: async () => undefined, close: async () => undefined };
  const [{ Redis }, { createRedisLeaderboardStore }] = await Promise.all([
    import('ioredis'),
    import('@mindshare/adapters/redis'),
  ]);
  // Commands fail fast while Redis is away (the write stands in PostgreSQL; boards rebuild later)
  // instead of queueing without bound.
  const client = new Redis(redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
  client.on('error', (error) => logger.warn({ err: error }, 'redis'));
  const store = createRedisLeaderboardStore({ client, prefix: `mindshare:${storeName}:` });
  return {
    store,
    ready: async () => {
      await client.ping();
    },
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
