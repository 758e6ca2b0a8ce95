/// <reference types="node" />
// What the Redis tests share: the server to run against (REDIS_URL, or none and the tests are
// skipped), and one key prefix per test file and run, whose keys are deleted at the end, so no
// run reads what another left behind on a shared server.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** The server the tests run against, when there is one. */
export const redisUrl: string | undefined = process.env['REDIS_URL'] || undefined;

/** Why the tests that need a server are skipped without one. */
export const noRedis =
  'REDIS_URL is not set: run with REDIS_URL=redis://127.0.0.1:6379 (a Redis you may write to) to test the Redis store';

/** Two clients on one server (two processes sharing boards) and a key prefix of this run. */
export interface TestRedis {
  /** `mindshare-test:<random>:`; make store prefixes under it so {@link TestRedis.end} finds their keys. */
  readonly prefix: string;
  readonly first: Redis;
  readonly second: Redis;
  /** Deletes every key under the prefix (SCAN + UNLINK), then quits both clients. */
  end(): Promise<void>;
}

export function connectTestRedis(url: string): TestRedis {
  const prefix = `mindshare-test:${randomBytes(6).toString('hex')}:`;
  // Fail a command after one reconnection attempt rather than twenty: a test run waits on a
  // server that is not there for a second, not a minute.
  const first = new Redis(url, { maxRetriesPerRequest: 1 });
  const second = new Redis(url, { maxRetriesPerRequest: 1 });
  return {
    prefix,
    first,
    second,
    async end() {
      try {
        await deleteKeys(first, prefix);
      } finally {
        await Promise.allSettled([first.quit(), second.quit()]);
      }
    },
  };
}

/** Deletes every key that starts with `prefix` (which must hold no glob characters). */
export async function deleteKeys(client: Redis, prefix: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length > 0) deleted += await client.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
  return deleted;
}
