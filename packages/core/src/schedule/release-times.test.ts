import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Schedule } from './schedule.schema.js';
import { nextReleaseAfter, planReleases, releaseAt, releasedCount } from './release-times.js';

const at = (iso: string): number => Date.parse(iso);
const nuggets = (n: number): string[] => Array.from({ length: n }, (_, i) => `n${i}`);
const daily = (start: string, n: number, extra: Partial<Schedule> = {}): Schedule => ({
  id: 's',
  segment: {},
  nuggets: nuggets(n),
  cadence: { start, time: '09:00', every: { days: 1 } },
  repetition: 'off',
  ...extra,
});
const releases = (schedule: Schedule, zone: string): (string | undefined)[] => {
  const plan = planReleases(schedule, zone);
  return schedule.nuggets.map((_, k) => {
    const instant = releaseAt(plan, k);
    return instant === undefined ? undefined : new Date(instant).toISOString();
  });
};

test('daily at 09:00 in Paris stays 09:00 local across 2027-03-28 (08:00Z, then 07:00Z)', () => {
  assert.deepEqual(releases(daily('2027-03-26', 4), 'Europe/Paris'), [
    '2027-03-26T08:00:00.000Z',
    '2027-03-27T08:00:00.000Z',
    '2027-03-28T07:00:00.000Z',
    '2027-03-29T07:00:00.000Z',
  ]);
});

test('the same schedule releases at each seller’s own 09:00', () => {
  assert.equal(releases(daily('2027-03-26', 1), 'America/New_York')[0], '2027-03-26T13:00:00.000Z');
  assert.equal(releases(daily('2027-03-26', 1), 'Asia/Kolkata')[0], '2027-03-26T03:30:00.000Z');
  assert.equal(releases(daily('2027-03-26', 1), 'UTC')[0], '2027-03-26T09:00:00.000Z');
});

test('a release time inside the spring-forward gap comes when the gap ends', () => {
  const night = daily('2027-03-27', 3, { cadence: { start: '2027-03-27', time: '02:30', every: { days: 1 } } });
  assert.deepEqual(releases(night, 'Europe/Paris'), [
    '2027-03-27T01:30:00.000Z',
    '2027-03-28T01:30:00.000Z',
    '2027-03-29T00:30:00.000Z',
  ]);
});

test('every n days, and the end date (inclusive, local) cuts the list', () => {
  const everyThird = daily('2026-10-20', 4, {
    cadence: { start: '2026-10-20', time: '09:00', every: { days: 3 } },
    end: '2026-10-26',
  });
  assert.deepEqual(releases(everyThird, 'Europe/Paris'), [
    '2026-10-20T07:00:00.000Z',
    '2026-10-23T07:00:00.000Z',
    '2026-10-26T08:00:00.000Z',
    undefined,
  ]);
  assert.equal(planReleases(everyThird, 'Europe/Paris').count, 3);
});

test('weekdays: the first listed weekday on or after the start, then week by week', () => {
  // 2027-03-24 is a Wednesday.
  const monThu = daily('2027-03-24', 5, {
    cadence: { start: '2027-03-24', time: '09:00', every: { weekdays: ['thu', 'mon'] } },
  });
  assert.deepEqual(releases(monThu, 'Europe/Paris'), [
    '2027-03-25T08:00:00.000Z', // Thu
    '2027-03-29T07:00:00.000Z', // Mon, after the DST change
    '2027-04-01T07:00:00.000Z', // Thu
    '2027-04-05T07:00:00.000Z', // Mon
    '2027-04-08T07:00:00.000Z', // Thu
  ]);
  const withEnd = { ...monThu, end: '2027-04-04' };
  assert.deepEqual(releases(withEnd, 'Europe/Paris').slice(2), ['2027-04-01T07:00:00.000Z', undefined, undefined]);
});

test('released count and next release', () => {
  const plan = planReleases(daily('2027-03-26', 4), 'Europe/Paris');
  assert.equal(releasedCount(plan, at('2027-03-26T07:59:59.999Z')), 0);
  assert.equal(releasedCount(plan, at('2027-03-26T08:00:00Z')), 1);
  assert.equal(releasedCount(plan, at('2027-03-28T06:59:59Z')), 2);
  assert.equal(releasedCount(plan, at('2027-03-28T07:00:00Z')), 3);
  assert.deepEqual(nextReleaseAfter(plan, at('2027-03-26T08:00:00Z')), { index: 1, at: at('2027-03-27T08:00:00Z') });
  assert.equal(nextReleaseAfter(plan, at('2027-04-01T00:00:00Z')), undefined);
});

/** The reference: walk the calendar day by day and keep the matching days. */
function naiveSlotDates(
  start: string,
  every: { days: number } | { weekdays: string[] },
  count: number,
  end?: string,
): string[] {
  const names = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  const out: string[] = [];
  for (let day = Date.parse(`${start}T00:00Z`), i = 0; out.length < count; day += 86_400_000, i++) {
    const date = new Date(day).toISOString().slice(0, 10);
    if (end !== undefined && date > end) break;
    const ok = 'days' in every ? i % every.days === 0 : every.weekdays.includes(names[new Date(day).getUTCDay()]!);
    if (ok) out.push(date);
  }
  return out;
}

test('property: slots equal a day-by-day walk of the calendar (in UTC), and increase', () => {
  const weekday = fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  const every = fc.oneof(
    fc.integer({ min: 1, max: 10 }).map((days) => ({ days })),
    fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }).map((weekdays) => ({ weekdays })),
  );
  const date = fc
    .integer({ min: 0, max: 3000 })
    .map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
  fc.assert(
    fc.property(
      date,
      every,
      fc.integer({ min: 1, max: 40 }),
      fc.option(fc.integer({ min: 0, max: 200 })),
      (start, cadence, n, endOffset) => {
        const end =
          endOffset === null
            ? undefined
            : new Date(Date.parse(`${start}T00:00Z`) + endOffset * 86_400_000).toISOString().slice(0, 10);
        const schedule = daily(start, n, {
          cadence: { start, time: '00:00', every: cadence as Schedule['cadence']['every'] },
          ...(end ? { end } : {}),
        });
        const got = releases(schedule, 'UTC')
          .filter((value) => value !== undefined)
          .map((value) => value.slice(0, 10));
        assert.deepEqual(got, naiveSlotDates(start, cadence, n, end));
      },
    ),
  );
});
