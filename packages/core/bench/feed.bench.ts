/*
 * Feed benchmark. Run:
 *   node --expose-gc --import tsx packages/core/bench/feed.bench.ts
 * A seller with 1 000 nuggets in 20 schedules (daily, every few days, weekdays; spread over two
 * years, about three quarters released): median ms per computeFeed, warm (the per-zone offset
 * memo filled, as in a running portal) and cold (the first feed in a zone not seen before).
 */
import { performance } from 'node:perf_hooks';
import { reportFigures, summarize } from '../../../scripts/lib/bench-report.mjs';
import { computeFeed } from '../src/schedule/feed.js';
import type { FeedInput } from '../src/schedule/feed.js';
import type { Nugget } from '../src/nugget/nugget.schema.js';
import type { Schedule } from '../src/schedule/schedule.schema.js';

const gc = (globalThis as { gc?: () => void }).gc;

const SCHEDULES = 20;
const PER_SCHEDULE = 50;
const nuggets: Nugget[] = [];
const schedules: Schedule[] = [];
const weekdaySets = [['mon', 'thu'], ['tue'], ['mon', 'wed', 'fri']] as const;
for (let s = 0; s < SCHEDULES; s++) {
  const ids: string[] = [];
  for (let k = 0; k < PER_SCHEDULE; k++) {
    const id = `n-${s}-${k}`;
    ids.push(id);
    nuggets.push({ id, kind: 'info', title: { en: id }, body: { en: 'Body' } });
  }
  const start = new Date(Date.UTC(2025, 0, 1) + s * 30 * 86_400_000).toISOString().slice(0, 10);
  const every =
    s % 3 === 0
      ? { days: 1 }
      : s % 3 === 1
        ? { days: 1 + (s % 7) }
        : { weekdays: [...weekdaySets[s % weekdaySets.length]!] };
  schedules.push({
    id: `s-${s}`,
    segment: s % 2 === 0 ? {} : { tiers: ['platinum'] },
    nuggets: ids,
    cadence: { start, time: `${String(7 + (s % 4)).padStart(2, '0')}:30`, every },
    repetition: 'off',
  });
}
const seen: Record<string, number> = {};
nuggets.forEach((nugget, index) => {
  if (index % 2 === 0) seen[nugget.id] = 0;
});
const input = (timeZone: string): FeedInput => ({
  schedules,
  nuggets: new Map(nuggets.map((nugget) => [nugget.id, nugget])),
  viewer: { sellerId: 'seller-1', tierId: 'platinum', partnerId: 'acme', role: 'seller', locale: 'fr-FR', timeZone },
  progress: { seen, answered: new Set() },
  now: Date.parse('2026-11-27T12:00:00Z'),
});

const median = (samples: number[]): number => [...samples].sort((a, b) => a - b)[samples.length >> 1]!;

const paris = input('Europe/Paris');
const first = computeFeed(paris);
for (let i = 0; i < 200; i++) computeFeed(paris); // JIT warm-up
gc?.();
const warm: number[] = [];
for (let i = 0; i < 2000; i++) {
  const start = performance.now();
  computeFeed(paris);
  warm.push(performance.now() - start);
}

// Cold: the first feed in each zone not used before (after JIT warm-up, so it measures Intl).
const cold: number[] = [];
const coldZones = ['America/Chicago', 'Asia/Tokyo', 'Australia/Sydney', 'America/Sao_Paulo', 'Europe/London'];
for (const zone of [...coldZones, 'Europe/Berlin', 'America/Denver', 'Pacific/Auckland', 'Asia/Kolkata']) {
  const prepared = input(zone);
  gc?.(); // a collection owed by earlier runs would otherwise land in one sample
  const start = performance.now();
  computeFeed(prepared);
  cold.push(performance.now() - start);
}

console.table([
  {
    case: `${nuggets.length} nuggets, ${SCHEDULES} schedules, Europe/Paris`,
    'items in feed': first.items.length,
    'median ms (warm)': median(warm).toFixed(3),
    'median ms (cold zone)': median(cold).toFixed(3),
  },
]);
reportFigures('core/feed', [
  { id: 'feed.compute.warm', label: 'computeFeed, 1 000 nuggets, warm', unit: 'ms', ...summarize(warm) },
  { id: 'feed.compute.cold-zone', label: 'computeFeed, first feed in a new time zone', unit: 'ms', ...summarize(cold) },
]);
