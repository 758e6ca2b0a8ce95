import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseLocalDateTime, zonedLocalToEpoch } from './local-date-time.js';
import { isKnownTimeZone as isTimeZone, zoneOffsetAt as timeZoneOffset } from './zone-offset.js';

const iso = (epoch: number | undefined) => (epoch === undefined ? undefined : new Date(epoch).toISOString());

test('a local time converts with the offset in force on that day (Paris winter and summer)', () => {
  assert.equal(iso(zonedLocalToEpoch('2026-12-01T09:00', 'Europe/Paris')), '2026-12-01T08:00:00.000Z');
  assert.equal(iso(zonedLocalToEpoch('2026-07-01T09:00', 'Europe/Paris')), '2026-07-01T07:00:00.000Z');
  assert.equal(iso(zonedLocalToEpoch('2026-07-01T09:00:30', 'America/New_York')), '2026-07-01T13:00:30.000Z');
  assert.equal(iso(zonedLocalToEpoch('2026-01-15T09:00', 'Asia/Kolkata')), '2026-01-15T03:30:00.000Z');
  assert.equal(iso(zonedLocalToEpoch('2026-01-15T09:00', 'UTC')), '2026-01-15T09:00:00.000Z');
});

test('around the spring-forward change, times either side keep their offsets and the skipped hour moves forward', () => {
  // Paris: 2026-03-29 02:00 CET becomes 03:00 CEST.
  assert.equal(iso(zonedLocalToEpoch('2026-03-29T01:59', 'Europe/Paris')), '2026-03-29T00:59:00.000Z');
  assert.equal(iso(zonedLocalToEpoch('2026-03-29T02:30', 'Europe/Paris')), '2026-03-29T01:30:00.000Z'); // = 03:30 CEST
  assert.equal(iso(zonedLocalToEpoch('2026-03-29T03:00', 'Europe/Paris')), '2026-03-29T01:00:00.000Z');
  // New York: 2026-03-08 02:00 EST becomes 03:00 EDT.
  assert.equal(iso(zonedLocalToEpoch('2026-03-08T02:30', 'America/New_York')), '2026-03-08T07:30:00.000Z');
  assert.equal(iso(zonedLocalToEpoch('2026-03-08T09:00', 'America/New_York')), '2026-03-08T13:00:00.000Z');
});

test('a time repeated when clocks go back resolves to its first occurrence', () => {
  // Paris: 2026-10-25 03:00 CEST becomes 02:00 CET, so 02:30 happens twice.
  assert.equal(iso(zonedLocalToEpoch('2026-10-25T02:30', 'Europe/Paris')), '2026-10-25T00:30:00.000Z');
  assert.equal(iso(zonedLocalToEpoch('2026-10-25T03:30', 'Europe/Paris')), '2026-10-25T02:30:00.000Z');
  // Southern hemisphere: Sydney goes back on 2026-04-05 03:00 AEDT → 02:00 AEST.
  assert.equal(iso(zonedLocalToEpoch('2026-04-05T02:30', 'Australia/Sydney')), '2026-04-04T15:30:00.000Z');
});

test('malformed date-times, impossible days and unknown zones are refused', () => {
  assert.equal(parseLocalDateTime('2026-02-30T09:00'), undefined);
  assert.equal(parseLocalDateTime('2026-12-01 09:00'), undefined);
  assert.equal(parseLocalDateTime('2026-12-01T24:00'), undefined);
  assert.equal(parseLocalDateTime('2026-12-01T09:00Z'), undefined);
  assert.equal(zonedLocalToEpoch('2026-12-01T09:00', 'Mars/Olympus'), undefined);
  assert.ok(isTimeZone('Europe/Paris'));
  assert.ok(!isTimeZone(''));
  assert.ok(!isTimeZone('Europe/Pariss'));
});

const wallClock = (epoch: number, timeZone: string) =>
  new Date(epoch + timeZoneOffset(epoch, timeZone)).toISOString().slice(0, 16);

test('property: converting an instant’s wall-clock time back gives that instant, or its earlier twin in a repeated hour', () => {
  const zones = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Sao_Paulo', 'UTC'];
  fc.assert(
    fc.property(
      fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
      fc.constantFrom(...zones),
      (minute, zone) => {
        const instant = minute * 60_000;
        const local = wallClock(instant, zone);
        const back = zonedLocalToEpoch(local, zone);
        assert.ok(back !== undefined);
        assert.equal(wallClock(back, zone), local);
        assert.ok(back <= instant && instant - back <= 3_600_000, `${local} ${zone}: ${iso(back)} vs ${iso(instant)}`);
      },
    ),
    { numRuns: 2000 },
  );
});
