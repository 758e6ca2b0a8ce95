/*
 * Redis leaderboard benchmark: one board of 1 000 000 sellers in Redis, filled by `replace`
 * (pipelined chunks), then the latency of the calls an engine makes, as it sees them: one awaited
 * call after the other, the round trip included. Prints p50/p95/p99 over 2 000 calls of each.
 *   REDIS_URL=redis://127.0.0.1:6379 node --expose-gc --conditions=mindshare-source --import tsx packages/adapters/bench/redis-leaderboard.bench.ts
 * Without REDIS_URL it says so and does nothing. Its keys live under a random prefix and are
 * deleted at the end. Speed is measured here, never asserted by tests.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import type { LeaderboardEntry } from '@mindshare/core';
import { seededRandom } from '@mindshare/core/testing';
import { printFigures, reportFigures, summarize, type Figure } from '../../../scripts/lib/bench-report.mjs';
import { createRedisLeaderboardStore } from '../src/redis/index.js';
import { deleteKeys } from '../src/redis/testing/test-redis.js';

const SELLERS = 1_000_000;
const CALLS = 2_000;
const WARM_UP = 200;
const PAGE = 20;
const BOARD = 'spring-launch|global';

const url = process.env['REDIS_URL'];
if (!url) {
  console.log('Redis leaderboard benchmark skipped: REDIS_URL is not set (REDIS_URL=redis://127.0.0.1:6379).');
  process.exit(0);
}

/** The q-quantile of sorted samples (nearest rank). */
const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

const figures: Figure[] = [];
const scale = `${SELLERS.toLocaleString('en-US').replaceAll(',', ' ')} sellers`;
const keep = (id: string, label: string, unit: string, value: number, goal?: number): void => {
  figures.push({ id, label, unit, ...summarize([value]), ...(goal === undefined ? {} : { goal: { max: goal } }) });
};

/** Awaits `op(i)` CALLS times after WARM_UP untimed calls; keeps p50/p95/p99 in ms. */
async function latency(name: string, op: (i: number) => Promise<unknown>, goalP95?: number): Promise<void> {
  for (let i = 0; i < WARM_UP; i++) await op(i);
  const samples: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now();
    await op(WARM_UP + i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const id = `leaderboard.redis.${SELLERS}.${name.replaceAll(/[^a-z]+/g, '-')}`;
  keep(`${id}.p50`, `redis store, ${scale}: ${name} p50`, 'ms', quantile(samples, 0.5));
  keep(`${id}.p95`, `redis store, ${scale}: ${name} p95`, 'ms', quantile(samples, 0.95), goalP95);
  keep(`${id}.p99`, `redis store, ${scale}: ${name} p99`, 'ms', quantile(samples, 0.99));
}

const client = new Redis(url);
const prefix = `mindshare-bench:${randomBytes(6).toString('hex')}:`;
try {
  const random = seededRandom('redis-leaderboard'); // seeded, so runs compare
  const entries: LeaderboardEntry[] = [];
  for (let i = 0; i < SELLERS; i++) {
    entries.push({
      sellerId: `seller-${i}`,
      score: Math.round(random() * 10_000) / 100, // 0.00–100.00: fractional, ~100 sellers per score
      completedAt: 1_700_000_000_000 + Math.floor(random() * 30 * 86_400_000),
    });
  }
  const seller = (i: number): string => `seller-${Math.floor((((i * 2_654_435_761) % 2 ** 32) / 2 ** 32) * SELLERS)}`;
  const offset = (i: number): number => Math.floor((((i * 40_503) % 65_536) / 65_536) * (SELLERS - PAGE));

  const store = createRedisLeaderboardStore({ client, prefix });
  const fillStart = performance.now();
  await store.replace(BOARD, entries);
  const fillMs = performance.now() - fillStart;
  if ((await store.count(BOARD)) !== SELLERS) throw new Error('the board was not filled');
  keep(`leaderboard.redis.${SELLERS}.replace`, `redis store, ${scale}: replace (fill)`, 'ms', fillMs);

  // The goal of the Redis store: rank within 2 ms at p95 at 1 000 000 sellers.
  await latency('rank', (i) => store.rank(BOARD, seller(i)), 2);
  await latency('page 20', (i) => store.page(BOARD, offset(i), PAGE));
  await latency('around 5', (i) => store.around(BOARD, seller(i), 5));
  let clock = 1_800_000_000_000;
  await latency('write 1 upsert', (i) =>
    store.write([
      { type: 'upsert', board: BOARD, entry: { sellerId: seller(i), score: (i % 10_000) / 100, completedAt: clock++ } },
    ]),
  );
  await store.close();

  const info = await client.info('memory');
  const used = /used_memory_human:(\S+)/.exec(info)?.[1];
  console.log(`Redis leaderboard store, one board of ${scale} (Redis memory in use: ${used ?? '?'}):`);
  printFigures(figures);
  reportFigures('adapters/redis-leaderboard', figures);
} finally {
  await deleteKeys(client, prefix);
  await client.quit();
}
