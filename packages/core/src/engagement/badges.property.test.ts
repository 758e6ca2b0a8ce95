import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ActivityEvent } from './activity.js';
import { totalPoints } from './activity.js';
import { judgeBadges, type BadgeInput } from './badges.js';
import { localWeek } from './calendar.js';
import type { Badge } from './engagement.schema.js';
import { activeWeeks, currentStreak, longestStreak, streakReachedAt } from './streak.js';

const START = Date.parse('2026-09-01T00:00:00Z');
const DAY = 86_400_000;
const ZONES = ['UTC', 'Europe/Paris', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata'] as const;

const title = { en: 'Badge' };
const BADGES: Badge[] = [
  { id: 'streak-2', title, rule: { kind: 'streak', weeks: 2 } },
  { id: 'streak-4', title, rule: { kind: 'streak', weeks: 4 } },
  { id: 'first-pitch', title, rule: { kind: 'first-pitch' } },
  { id: 'reader', title, rule: { kind: 'month-read' } },
  { id: 'podium', title, rule: { kind: 'challenge-top', rank: 3 } },
  { id: 'q4-winner', title, rule: { kind: 'challenge-top', rank: 1, challengeId: 'c-q4' } },
];

const event: fc.Arbitrary<ActivityEvent> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('nugget-read' as const, 'poll-vote' as const, 'open-answer' as const),
    subjectId: fc.constantFrom('n-1', 'n-2', 'n-3', 'n-4'),
    at: fc.integer({ min: START, max: START + 120 * DAY }),
    points: fc.constantFrom(1, 2),
  }),
  fc.record({
    kind: fc.constant('pitch-sent' as const),
    subjectId: fc.constantFrom('p-1', 'p-2'),
    at: fc.integer({ min: START, max: START + 120 * DAY }),
    points: fc.constant(10),
  }),
  fc.record({
    kind: fc.constant('challenge-finished' as const),
    subjectId: fc.constantFrom('c-q4', 'c-q1'),
    at: fc.integer({ min: START, max: START + 120 * DAY }),
    points: fc.constant(5),
    rank: fc.integer({ min: 1, max: 8 }),
  }),
);

const releases = fc.array(
  fc.record({
    nuggetId: fc.constantFrom('n-1', 'n-2', 'n-3', 'n-4'),
    releasedAt: fc.integer({ min: START, max: START + 90 * DAY }),
  }),
  { maxLength: 4 },
);

const world = fc.record({
  events: fc.array(event, { maxLength: 30 }),
  releases,
  timeZone: fc.constantFrom(...ZONES),
  now: fc.integer({ min: START + 120 * DAY, max: START + 200 * DAY }),
});

/** The same events recorded again (another tab, a retried request) at their own time or later. */
const copies = (events: readonly ActivityEvent[]) =>
  fc
    .array(fc.tuple(fc.nat({ max: Math.max(0, events.length - 1) }), fc.nat({ max: 5 * DAY })), { maxLength: 10 })
    .map((picks) =>
      events.length === 0 ? [] : picks.map(([index, later]) => ({ ...events[index]!, at: events[index]!.at + later })),
    );

test('property: badges are earned once, on the same date, whatever the order or duplication of events', () => {
  fc.assert(
    fc.property(
      world.chain((input) =>
        fc.tuple(
          fc.constant(input),
          copies(input.events),
          fc.infiniteStream(fc.nat()).map((s) => s),
        ),
      ),
      ([input, extra, stream]) => {
        const base: BadgeInput = { ...input, badges: BADGES };
        const mixed = [...input.events, ...extra];
        const order = mixed.map((e) => ({ e, k: stream.next().value as number }));
        const shuffled = order.sort((a, b) => a.k - b.k).map(({ e }) => e);
        const once = judgeBadges(base);
        const again = judgeBadges({ ...base, events: shuffled });
        assert.deepEqual(again, once);
        const ids = once.earned.map((earned) => earned.badgeId);
        assert.equal(new Set(ids).size, ids.length, 'a badge earned twice');
        assert.equal(ids.length + once.next.length, BADGES.length, 'every badge is earned or ahead');
        assert.equal(totalPoints(shuffled), totalPoints(input.events), 'points counted once per action');
      },
    ),
  );
});

test('property: more activity never takes a badge away nor moves its date later', () => {
  fc.assert(
    fc.property(world, fc.array(event, { maxLength: 10 }), (input, extra) => {
      // New actions (a recorded action keeps its first time: see distinctEvents).
      const more = extra.map((e) => ({ ...e, subjectId: `${e.subjectId}-new` }));
      const before = judgeBadges({ ...input, badges: BADGES });
      const after = judgeBadges({ ...input, badges: BADGES, events: [...input.events, ...more] });
      const dates = new Map(after.earned.map((earned) => [earned.badgeId, earned.earnedAt]));
      for (const earned of before.earned) {
        assert.ok(dates.has(earned.badgeId), `${earned.badgeId} was taken away`);
        assert.ok(dates.get(earned.badgeId)! <= earned.earnedAt);
      }
    }),
  );
});

test('property: streaks — a longer streak implies every shorter one, earlier or the same week; the live streak is bounded by the active weeks', () => {
  fc.assert(
    fc.property(world, fc.integer({ min: 1, max: 8 }), (input, weeks) => {
      const { events, timeZone, now } = input;
      const active = activeWeeks(events, timeZone);
      const reached = streakReachedAt(events, weeks, timeZone);
      assert.equal(reached !== undefined, longestStreak(active) >= weeks);
      if (reached !== undefined) {
        assert.ok(
          events.some((e) => e.at === reached),
          'the date is an activity of the seller',
        );
        const shorter = streakReachedAt(events, Math.max(1, weeks - 1), timeZone);
        assert.ok(shorter !== undefined && shorter <= reached);
      }
      const live = currentStreak(active, now, timeZone);
      assert.ok(live <= active.length && live <= longestStreak(active));
      for (const week of active) assert.equal(weekdayOf(week), 0, 'a week is named by its Monday');
    }),
  );
});

test('property: a streak does not depend on the instant within each week, only on the seller’s calendar weeks', () => {
  fc.assert(
    fc.property(world, fc.integer({ min: 1, max: 5 }), (input, weeks) => {
      const { events, timeZone } = input;
      // Move every event to the Wednesday noon of its own local week: same weeks, same streaks.
      const moved = events.map((e) => ({ ...e, at: wednesdayNoon(localWeek(e.at, timeZone), timeZone) }));
      assert.deepEqual(activeWeeks(moved, timeZone), activeWeeks(events, timeZone));
      assert.equal(
        streakReachedAt(moved, weeks, timeZone) !== undefined,
        streakReachedAt(events, weeks, timeZone) !== undefined,
      );
    }),
  );
});

test('a streak counts weeks on the seller’s own calendar: Sunday 23:30 in Paris ends a week, in UTC it is still Sunday too, in Auckland it is Monday', () => {
  const sundayLate = Date.parse('2026-11-29T22:30:00Z'); // Sunday 23:30 in Paris, Monday 11:30 in Auckland
  const nextWeek = Date.parse('2026-12-02T12:00:00Z'); // Wednesday
  const events: ActivityEvent[] = [
    { kind: 'nugget-read', subjectId: 'n-1', at: sundayLate, points: 1 },
    { kind: 'nugget-read', subjectId: 'n-2', at: nextWeek, points: 1 },
  ];
  assert.equal(streakReachedAt(events, 2, 'Europe/Paris'), nextWeek);
  assert.equal(streakReachedAt(events, 2, 'Pacific/Auckland'), undefined, 'both in the same Auckland week');
  assert.equal(currentStreak(activeWeeks(events, 'Europe/Paris'), nextWeek, 'Europe/Paris'), 2);
  assert.equal(currentStreak(activeWeeks(events, 'Pacific/Auckland'), nextWeek, 'Pacific/Auckland'), 1);
});

test('every nugget of a month read earns the badge once the month is over, dated by the later of the last read and the month’s end', () => {
  const tz = 'Europe/Paris';
  const releases = [
    { nuggetId: 'n-1', releasedAt: Date.parse('2026-10-05T08:00:00Z') },
    { nuggetId: 'n-2', releasedAt: Date.parse('2026-10-20T08:00:00Z') },
  ];
  const read = (nuggetId: string, iso: string): ActivityEvent => ({
    kind: 'nugget-read',
    subjectId: nuggetId,
    at: Date.parse(iso),
    points: 1,
  });
  const events = [read('n-1', '2026-10-06T08:00:00Z'), read('n-2', '2026-10-21T08:00:00Z')];
  const reader: Badge[] = [{ id: 'reader', title, rule: { kind: 'month-read' } }];
  const midMonth = judgeBadges({
    badges: reader,
    events,
    releases,
    timeZone: tz,
    now: Date.parse('2026-10-25T08:00:00Z'),
  });
  assert.deepEqual(midMonth.earned, []);
  assert.deepEqual(midMonth.next, [{ badgeId: 'reader', current: 2, target: 2 }]);
  const after = judgeBadges({
    badges: reader,
    events,
    releases,
    timeZone: tz,
    now: Date.parse('2026-11-02T08:00:00Z'),
  });
  // October ends at midnight Paris time (23:00 UTC, after the change back to winter time).
  assert.deepEqual(after.earned, [{ badgeId: 'reader', earnedAt: Date.parse('2026-10-31T23:00:00Z') }]);
  const missing = judgeBadges({
    badges: reader,
    events: events.slice(0, 1),
    releases,
    timeZone: tz,
    now: Date.parse('2026-11-02T08:00:00Z'),
  });
  assert.deepEqual(missing.earned, []);
});

test('a challenge badge counts the rank when the attempt was finished, on its challenge only when it names one', () => {
  const finished = (subjectId: string, rank: number, at: number): ActivityEvent => ({
    kind: 'challenge-finished',
    subjectId,
    at,
    points: 5,
    rank,
  });
  const standing = judgeBadges({
    badges: BADGES.filter((badge) => badge.rule.kind === 'challenge-top'),
    events: [finished('c-q1', 1, START + DAY), finished('c-q4', 2, START + 2 * DAY)],
    releases: [],
    timeZone: 'UTC',
    now: START + 3 * DAY,
  });
  assert.deepEqual(standing.earned, [{ badgeId: 'podium', earnedAt: START + DAY }]);
  assert.deepEqual(standing.next, [{ badgeId: 'q4-winner', current: 0, target: 1 }]);
});

test('property: a copy of a finish, with any time, rank or ranking time, never takes a podium away nor makes it later', () => {
  const podiums = BADGES.filter((badge) => badge.rule.kind === 'challenge-top');
  fc.assert(
    fc.property(
      world.chain((input) => {
        const finishes = input.events.filter((event) => event.kind === 'challenge-finished');
        const copy =
          finishes.length === 0
            ? fc.constant(undefined)
            : fc.record({
                of: fc.constantFrom(...finishes),
                shift: fc.integer({ min: -5 * DAY, max: 5 * DAY }),
                rank: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
                rankedLater: fc.option(fc.nat({ max: 5 * DAY }), { nil: undefined }),
              });
        return fc.tuple(fc.constant(input), fc.array(copy, { maxLength: 5 }));
      }),
      ([input, copies]) => {
        const base: BadgeInput = { ...input, badges: podiums };
        const added = copies.flatMap((copy) => {
          if (!copy) return [];
          const at = copy.of.at + copy.shift;
          const { rank: _rank, rankedAt: _rankedAt, ...action } = copy.of;
          const event: ActivityEvent = {
            ...action,
            at,
            ...(copy.rank === undefined ? {} : { rank: copy.rank }),
            ...(copy.rankedLater === undefined ? {} : { rankedAt: at + copy.rankedLater }),
          };
          return [event];
        });
        const before = judgeBadges(base).earned;
        const after = new Map(
          judgeBadges({ ...base, events: [...input.events, ...added] }).earned.map((e) => [e.badgeId, e.earnedAt]),
        );
        for (const earned of before) {
          const at = after.get(earned.badgeId);
          assert.ok(at !== undefined, `${earned.badgeId} taken away`);
          assert.ok(at <= earned.earnedAt, `${earned.badgeId} made later`);
        }
      },
    ),
  );
});

test('copies of one finish recorded at the same instant with other ranks earn the podium in either order', () => {
  const at = START + DAY;
  const fourth: ActivityEvent = { kind: 'challenge-finished', subjectId: 'c-q1', at, points: 5, rank: 4 };
  const first: ActivityEvent = { ...fourth, rank: 1 };
  const judged = (events: ActivityEvent[]) =>
    judgeBadges({ badges: BADGES, events, releases: [], timeZone: 'UTC', now: START + 3 * DAY }).earned;
  // fast-check found it: the copy judged was the first to arrive, so the podium came and went with the order.
  assert.deepEqual(judged([fourth, first]), [{ badgeId: 'podium', earnedAt: at }]);
  assert.deepEqual(judged([first, fourth]), [{ badgeId: 'podium', earnedAt: at }]);
});

function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

function wednesdayNoon(monday: number, timeZone: string): number {
  const date = new Date((monday + 2) * DAY);
  // Noon UTC: a zone's offset is at most ±14 h, so it is still that Wednesday on the local calendar.
  void timeZone;
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12);
}
