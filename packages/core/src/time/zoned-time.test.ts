import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import { isKnownTimeZone, zoneOffsetAt } from './zone-offset.js';
import { zonedToEpoch, zonedWallClock } from './zoned-time.js';

const at = (iso: string): number => Date.parse(iso);
const local = (year: number, month: number, day: number, hour: number, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
});

test('Paris: 09:00 local is 08:00Z in winter and 07:00Z in summer, either side of 2027-03-28', () => {
  assert.equal(zonedToEpoch(local(2027, 3, 27, 9), 'Europe/Paris'), at('2027-03-27T08:00:00Z'));
  assert.equal(zonedToEpoch(local(2027, 3, 28, 9), 'Europe/Paris'), at('2027-03-28T07:00:00Z'));
  assert.equal(zonedToEpoch(local(2027, 3, 29, 9), 'Europe/Paris'), at('2027-03-29T07:00:00Z'));
});

test('Paris spring-forward gap: 02:30 on 2027-03-28 moves forward to 03:30 CEST', () => {
  assert.equal(zonedToEpoch(local(2027, 3, 28, 2, 30), 'Europe/Paris'), at('2027-03-28T01:30:00Z'));
  // The edges of the gap: 01:59 still CET, 03:00 the first CEST minute.
  assert.equal(zonedToEpoch(local(2027, 3, 28, 1, 59), 'Europe/Paris'), at('2027-03-28T00:59:00Z'));
  assert.equal(zonedToEpoch(local(2027, 3, 28, 3, 0), 'Europe/Paris'), at('2027-03-28T01:00:00Z'));
});

test('Paris fall-back overlap: 02:30 on 2026-10-25 is the earlier instant (CEST)', () => {
  assert.equal(zonedToEpoch(local(2026, 10, 25, 2, 30), 'Europe/Paris'), at('2026-10-25T00:30:00Z'));
  assert.equal(zonedToEpoch(local(2026, 10, 25, 3, 0), 'Europe/Paris'), at('2026-10-25T02:00:00Z'));
  // Both instants of the repeated half hour read 02:30 on the clock.
  assert.deepEqual(zonedWallClock(at('2026-10-25T00:30:00Z'), 'Europe/Paris'), {
    ...local(2026, 10, 25, 2, 30),
    second: 0,
  });
  assert.deepEqual(zonedWallClock(at('2026-10-25T01:30:00Z'), 'Europe/Paris'), {
    ...local(2026, 10, 25, 2, 30),
    second: 0,
  });
});

test('offsets switch on the exact second of the transition', () => {
  assert.equal(zoneOffsetAt(at('2027-03-28T00:59:59.999Z'), 'Europe/Paris'), 3_600_000);
  assert.equal(zoneOffsetAt(at('2027-03-28T01:00:00Z'), 'Europe/Paris'), 7_200_000);
  assert.equal(zoneOffsetAt(at('2026-10-25T00:59:59Z'), 'Europe/Paris'), 7_200_000);
  assert.equal(zoneOffsetAt(at('2026-10-25T01:00:00Z'), 'Europe/Paris'), 3_600_000);
});

test('New York: the 2027-03-14 gap and the 2026-11-01 overlap', () => {
  assert.equal(zonedToEpoch(local(2027, 3, 14, 2, 30), 'America/New_York'), at('2027-03-14T07:30:00Z'));
  assert.equal(zonedToEpoch(local(2027, 3, 14, 9), 'America/New_York'), at('2027-03-14T13:00:00Z'));
  assert.equal(zonedToEpoch(local(2026, 11, 1, 1, 30), 'America/New_York'), at('2026-11-01T05:30:00Z'));
  assert.equal(zonedToEpoch(local(2026, 11, 1, 9), 'America/New_York'), at('2026-11-01T14:00:00Z'));
});

test('Kolkata (+05:30, no DST) and UTC', () => {
  assert.equal(zonedToEpoch(local(2027, 3, 28, 9), 'Asia/Kolkata'), at('2027-03-28T03:30:00Z'));
  assert.deepEqual(zonedWallClock(at('2026-12-31T20:00:00Z'), 'Asia/Kolkata'), {
    ...local(2027, 1, 1, 1, 30),
    second: 0,
  });
  assert.equal(zonedToEpoch(local(2027, 3, 28, 9), 'UTC'), at('2027-03-28T09:00:00Z'));
});

test('an unknown zone is MIND_INVALID_INPUT', () => {
  assert.equal(isKnownTimeZone('Mars/Olympus_Mons'), false);
  assert.equal(isKnownTimeZone('Europe/Paris'), true);
  assert.throws(
    () => zonedToEpoch(local(2027, 1, 1, 9), 'Mars/Olympus_Mons'),
    (error) => isMindError(error, 'MIND_INVALID_INPUT'),
  );
});

const zones = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'UTC', 'Australia/Lord_Howe', 'America/Santiago'];

test('property: the memoised offset agrees with a fresh Intl reading', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...zones),
      fc.integer({ min: at('2000-01-01T00:00Z'), max: at('2040-01-01T00:00Z') }),
      (zone, instant) => {
        const direct = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
          .formatToParts(new Date(instant))
          .find((part) => part.type === 'timeZoneName')!.value;
        const match = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(direct)!;
        const sign = match[1] === '-' ? -1 : 1;
        const expected = match[1] === undefined ? 0 : sign * (Number(match[2]) * 60 + Number(match[3])) * 60_000;
        assert.equal(zoneOffsetAt(instant, zone), expected);
      },
    ),
    { numRuns: 500 },
  );
});

test('property: wall clock → instant → wall clock is the identity except in a gap, where it moves forward', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...zones),
      fc.record({
        year: fc.integer({ min: 2000, max: 2040 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
      }),
      (zone, reading) => {
        const instant = zonedToEpoch(reading, zone);
        const back = zonedWallClock(instant, zone);
        const wall = (r: typeof reading) => Date.UTC(r.year, r.month - 1, r.day, r.hour, r.minute);
        const shift = wall(back) - wall(reading);
        assert.ok(shift >= 0 && shift <= 2 * 3_600_000, `${zone} ${JSON.stringify(reading)} → ${JSON.stringify(back)}`);
        // In an overlap the earlier instant wins: no instant up to an hour before reads the same.
        for (const earlier of [30 * 60_000, 3_600_000]) {
          assert.notEqual(wall(zonedWallClock(instant - earlier, zone)), wall(reading));
        }
      },
    ),
    { numRuns: 500 },
  );
});
