import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import type { Nugget } from '../nugget/nugget.schema.js';
import { computeFeed } from './feed.js';
import type { FeedInput, FeedItemStatus, FeedProgress, FeedViewer } from './feed.js';
import type { Schedule, Segment } from './schedule.schema.js';

const at = (iso: string): number => Date.parse(iso);
const info = (id: string): Nugget => ({ id, kind: 'info', title: { en: id }, body: { en: `About ${id}` } });
const pool = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const nuggets = pool.map(info);

const platinumInParis: FeedViewer = {
  sellerId: 'seller-1',
  tierId: 'platinum',
  partnerId: 'acme',
  role: 'seller',
  region: 'emea',
  locale: 'fr-FR',
  timeZone: 'Europe/Paris',
};
const noProgress: FeedProgress = { seen: new Set(), answered: new Set() };

const platinumDaily: Schedule = {
  id: 's-platinum',
  segment: { tiers: ['platinum'] },
  nuggets: ['a', 'b', 'c', 'd'],
  cadence: { start: '2027-03-26', time: '09:00', every: { days: 1 } },
  repetition: 'off',
};
const goldDaily: Schedule = { ...platinumDaily, id: 's-gold', segment: { tiers: ['gold'] }, nuggets: ['e'] };

const feedAt = (now: string, extra: Partial<FeedInput> = {}) =>
  computeFeed({
    schedules: [platinumDaily, goldDaily],
    nuggets,
    viewer: platinumInParis,
    progress: noProgress,
    now: at(now),
    ...extra,
  });
const ids = (feed: ReturnType<typeof computeFeed>) => feed.items.map((item) => item.nuggetId);

test('a Platinum seller in Paris sees each nugget at 09:00 local on its day, not before, across the March DST change', () => {
  // 2027-03-27 is CET (+01:00): 09:00 local is 08:00Z.
  assert.deepEqual(ids(feedAt('2027-03-27T07:59:59.999Z')), ['a']);
  assert.deepEqual(ids(feedAt('2027-03-27T08:00:00Z')), ['a', 'b']);
  // 2027-03-28 is CEST (+02:00) from 03:00 local: 09:00 local is 07:00Z, an hour earlier in UTC.
  assert.deepEqual(ids(feedAt('2027-03-28T06:59:59.999Z')), ['a', 'b']);
  const sunday = feedAt('2027-03-28T07:00:00Z');
  assert.deepEqual(ids(sunday), ['a', 'b', 'c']);
  assert.equal(sunday.items[2]!.releasedAt, at('2027-03-28T07:00:00Z'));
  assert.equal(sunday.nextReleaseAt, at('2027-03-29T07:00:00Z'));
});

test('nothing before the first release; the Gold schedule never reaches a Platinum seller', () => {
  const before = feedAt('2027-03-26T07:59:00Z');
  assert.deepEqual(before, { items: [], unread: 0, nextReleaseAt: at('2027-03-26T08:00:00Z') });
  const after = feedAt('2028-01-01T00:00:00Z');
  assert.deepEqual(ids(after), ['a', 'b', 'c', 'd']);
  assert.equal(after.nextReleaseAt, undefined);
});

test('the same schedule follows each seller’s own clock', () => {
  const inNewYork = { ...platinumInParis, timeZone: 'America/New_York' };
  assert.deepEqual(ids(feedAt('2027-03-26T12:59:00Z', { viewer: inNewYork })), []);
  assert.deepEqual(ids(feedAt('2027-03-26T13:00:00Z', { viewer: inNewYork })), ['a']);
});

test('statuses and unread count come from progress (sets or records)', () => {
  const progress = { seen: { a: 1, b: 2 }, answered: new Set(['b']) };
  const feed = feedAt('2027-03-28T12:00:00Z', { progress });
  assert.deepEqual(
    feed.items.map((item) => [item.nuggetId, item.status]),
    [
      ['a', 'seen'],
      ['b', 'answered'],
      ['c', 'new'],
    ],
  );
  assert.equal(feed.unread, 1);
});

test('a nugget in two schedules appears once, at its earliest release; ties go to schedule order', () => {
  const weekly: Schedule = {
    ...platinumDaily,
    id: 's-weekly',
    segment: {},
    nuggets: ['c', 'f'],
    cadence: { start: '2027-03-26', time: '08:00', every: { weekdays: ['fri'] } },
  };
  const feed = feedAt('2027-03-28T12:00:00Z', { schedules: [platinumDaily, weekly] });
  assert.deepEqual(
    feed.items.map((item) => [item.nuggetId, item.scheduleId, new Date(item.releasedAt).toISOString()]),
    [
      ['c', 's-weekly', '2027-03-26T07:00:00.000Z'],
      ['a', 's-platinum', '2027-03-26T08:00:00.000Z'],
      ['b', 's-platinum', '2027-03-27T08:00:00.000Z'],
    ],
  );
  // 'c' is already out, so the daily schedule's next is 'd' on Monday, before the weekly 'f' on Friday.
  assert.equal(feed.nextReleaseAt, at('2027-03-29T07:00:00Z'));
  const twin = { ...platinumDaily, id: 's-twin' };
  const tied = feedAt('2027-03-26T09:00:00Z', { schedules: [twin, platinumDaily] });
  assert.deepEqual(
    tied.items.map((item) => item.scheduleId),
    ['s-twin'],
  );
});

test('a scheduled nugget missing from the pack keeps its slot but is not shown', () => {
  const feed = feedAt('2027-03-28T12:00:00Z', {
    nuggets: new Map(nuggets.filter((n) => n.id !== 'b').map((n) => [n.id, n])),
  });
  assert.deepEqual(ids(feed), ['a', 'c']);
});

test('an unknown time zone is MIND_INVALID_INPUT at viewer.timeZone', () => {
  assert.throws(
    () => feedAt('2027-03-28T12:00:00Z', { viewer: { ...platinumInParis, timeZone: 'Europe/Atlantis' } }),
    (error) => isMindError(error, 'MIND_INVALID_INPUT') && error.path?.join('.') === 'viewer.timeZone',
  );
});

// --- property: the feed is monotone in time ---------------------------------------------------

const rank: Record<FeedItemStatus, number> = { new: 0, seen: 1, answered: 2 };
const day = (offset: number) => new Date(Date.UTC(2027, 2, 20) + offset * 86_400_000).toISOString().slice(0, 10);
const scheduleArb = fc
  .record({
    id: fc.constantFrom('s1', 's2', 's3', 's4'),
    segment: fc.constantFrom<Segment>(
      {},
      { tiers: ['platinum'] },
      { tiers: ['gold'] },
      { locales: ['fr'] },
      { regions: ['apac'] },
    ),
    nuggets: fc.uniqueArray(fc.constantFrom(...pool, 'missing'), { minLength: 1, maxLength: 6 }),
    cadence: fc.record({
      start: fc.integer({ min: 0, max: 20 }).map(day),
      time: fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30, 59))
        .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      every: fc.oneof(
        fc.integer({ min: 1, max: 4 }).map((days) => ({ days })),
        fc
          .uniqueArray(fc.constantFrom('mon', 'wed', 'sun' as const), { minLength: 1 })
          .map((weekdays) => ({ weekdays })),
      ),
    }),
    end: fc.option(fc.integer({ min: 20, max: 40 }).map(day), { nil: undefined }),
    repetition: fc.constant('off' as const),
  })
  .map(({ end, ...rest }): Schedule => (end === undefined ? rest : { ...rest, end }));
const marksArb = fc.uniqueArray(fc.constantFrom(...pool));
const instantArb = fc.integer({ min: at('2027-03-19T00:00Z'), max: at('2027-05-01T00:00Z') });

test('property: the feed is monotone in time, ordered, released-only, and deterministic', () => {
  fc.assert(
    fc.property(
      fc.array(scheduleArb, { maxLength: 4 }),
      fc.constantFrom('Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'UTC'),
      fc.tuple(instantArb, instantArb),
      fc.tuple(marksArb, marksArb, marksArb, marksArb),
      (schedules, timeZone, [x, y], [seen1, answered1, seenMore, answeredMore]) => {
        const [t1, t2] = x <= y ? [x, y] : [y, x];
        const viewer = { ...platinumInParis, timeZone };
        const progress1 = { seen: new Set(seen1), answered: new Set(answered1) };
        const progress2 = {
          seen: new Set([...seen1, ...seenMore]),
          answered: new Set([...answered1, ...answeredMore]),
        };
        const early = computeFeed({ schedules, nuggets, viewer, progress: progress1, now: t1 });
        const late = computeFeed({ schedules, nuggets, viewer, progress: progress2, now: t2 });
        assert.deepEqual(computeFeed({ schedules, nuggets, viewer, progress: progress1, now: t1 }), early);
        for (const feed of [early, late]) {
          const releases = feed.items.map((item) => item.releasedAt);
          assert.deepEqual(
            releases,
            [...releases].sort((a, b) => a - b),
          );
          assert.equal(new Set(feed.items.map((item) => item.nuggetId)).size, feed.items.length);
          assert.equal(feed.unread, feed.items.filter((item) => item.status === 'new').length);
        }
        assert.ok(early.items.every((item) => item.releasedAt <= t1));
        assert.ok(early.nextReleaseAt === undefined || early.nextReleaseAt > t1);
        const later = new Map(late.items.map((item) => [item.nuggetId, item]));
        for (const item of early.items) {
          const same = later.get(item.nuggetId);
          assert.ok(same, `${item.nuggetId} vanished between ${t1} and ${t2}`);
          assert.equal(same.releasedAt, item.releasedAt);
          assert.equal(same.scheduleId, item.scheduleId);
          assert.ok(rank[same.status] >= rank[item.status]);
        }
        // Once the announced next release has passed, the feed has grown.
        if (early.nextReleaseAt !== undefined && t2 >= early.nextReleaseAt)
          assert.ok(late.items.length > early.items.length);
        if (early.nextReleaseAt === undefined) assert.equal(late.items.length, early.items.length);
      },
    ),
    { numRuns: 300 },
  );
});
