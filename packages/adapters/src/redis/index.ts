import { MindError, type LeaderboardStore } from '@mindshare/core';
import { DEFAULT_PREFIX } from './keys.js';
import type { RedisLeaderboardClient } from './redis-connection.js';
import { RedisLeaderboardStore } from './redis-leaderboard-store.js';

export type { RedisLeaderboardClient } from './redis-connection.js';

/** Options of {@link createRedisLeaderboardStore}. */
export interface RedisLeaderboardStoreOptions {
  /**
   * A connected ioredis `Redis` (or any client with its `call(command, ...args)`), to one Redis
   * server or primary, not a Cluster: a batch's boards may lie in different hash slots. The store
   * never connects, quits or disconnects it; how it retries and queues while Redis is away is the
   * client's configuration (ioredis's `maxRetriesPerRequest`, `enableOfflineQueue`).
   */
  readonly client: RedisLeaderboardClient;
  /**
   * Put before every key the store makes: one per deployment (or per test run) sharing a Redis.
   * End it with a separator, so no prefix is another's plus a board name. Default
   * `mindshare:leaderboard:`.
   */
  readonly prefix?: string;
}

/**
 * The leaderboard store for servers: boards in Redis, shared by every process of the
 * deployment (`supports.shared` is true), so a score one process writes is on the boards that
 * all read. Ranks and pages cost O(log n) at any size; each call is one round trip (one Lua
 * script, atomic).
 *
 * Keys, under the prefix: `board:<name>`, a sorted set (score −points, member the completion
 * time as 16 hex digits then the seller), and `sellers:<name>`, a hash (seller → the row as
 * written). Equal points are ordered by the member's bytes: earlier completion, then sellerId by
 * UTF-16 code unit. `replace` builds the new board under `rebuild:<random>:…` keys and swaps it
 * in at once. Redis errors reject as `MIND_STORAGE_UNAVAILABLE` (`MIND_STORAGE_FULL` when Redis is
 * out of memory), with the client's error as `cause`.
 *
 * @throws MindError `MIND_INVALID_INPUT` when `client` has no `call` or `prefix` is not a string.
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * import { createRedisLeaderboardStore } from '@mindshare/adapters/redis';
 *
 * const redis = new Redis(process.env.REDIS_URL);
 * const boards = createRedisLeaderboardStore({ client: redis, prefix: 'acme:leaderboard:' });
 * await boards.write([{ type: 'upsert', board: 'q4/global', entry: { sellerId: 'ana', score: 14.88, completedAt: Date.now() } }]);
 * await boards.rank('q4/global', 'ana'); // 1
 * await boards.close();
 * await redis.quit(); // the client is yours
 * ```
 */
export function createRedisLeaderboardStore(options: RedisLeaderboardStoreOptions): LeaderboardStore {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  if (typeof options.client?.call !== 'function') {
    throw new MindError(
      'MIND_INVALID_INPUT',
      'client must be a Redis client with call(command, ...args), an ioredis Redis.',
      {
        path: ['client'],
      },
    );
  }
  if (typeof prefix !== 'string') {
    throw new MindError('MIND_INVALID_INPUT', `prefix must be a string, got ${String(prefix)}.`, { path: ['prefix'] });
  }
  return new RedisLeaderboardStore(options.client, prefix);
}
