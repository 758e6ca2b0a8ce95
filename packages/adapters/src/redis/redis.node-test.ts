/// <reference types="node" />
// The leaderboard-store conformance kit under node:test over a real Redis, when REDIS_URL names
// one; skipped, saying so, when it does not. Every store of the run has a prefix of its own under
// the run's random one; `reopen` opens a second store over the same prefix on a second client,
// as another server process would, so the shared-store tests run. The run's keys are deleted at
// the end.
import { after, describe, it } from 'node:test';
import type { LeaderboardStore } from '@mindshare/core';
import { runLeaderboardConformance } from '../conformance/index.js';
import { createRedisLeaderboardStore } from './index.js';
import { connectTestRedis, noRedis, redisUrl } from './testing/test-redis.js';

if (redisUrl === undefined) {
  describe('redis leaderboard-store conformance', () => {
    it('runs against a Redis server', { skip: noRedis }, () => {});
  });
} else {
  const redis = connectTestRedis(redisUrl);
  after(() => redis.end());
  const prefixes = new WeakMap<LeaderboardStore, string>();
  const over = (client: typeof redis.first, prefix: string): LeaderboardStore => {
    const store = createRedisLeaderboardStore({ client, prefix });
    prefixes.set(store, prefix);
    return store;
  };
  let made = 0;
  runLeaderboardConformance({
    name: 'redis',
    describe,
    it,
    factory: () => over(redis.first, `${redis.prefix}${made++}:`),
    reopen: (previous) => over(redis.second, prefixes.get(previous)!),
  });
}
