import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addLocalDays,
  formatLocalDate,
  fromDayNumber,
  localWeekday,
  parseLocalDate,
  parseLocalTime,
  toDayNumber,
} from './local-date.js';

test('parses calendar dates and refuses impossible ones', () => {
  assert.deepEqual(parseLocalDate('2027-03-28'), { year: 2027, month: 3, day: 28 });
  assert.deepEqual(parseLocalDate('2028-02-29'), { year: 2028, month: 2, day: 29 });
  assert.equal(parseLocalDate('2027-02-29'), undefined);
  assert.equal(parseLocalDate('2027-13-01'), undefined);
  assert.equal(parseLocalDate('2027-3-28'), undefined);
});

test('parses HH:MM times of day', () => {
  assert.equal(parseLocalTime('09:00'), 540);
  assert.equal(parseLocalTime('23:59'), 1439);
  assert.equal(parseLocalTime('24:00'), undefined);
  assert.equal(parseLocalTime('9:00'), undefined);
});

test('adds days across month, year and leap-day boundaries', () => {
  assert.equal(formatLocalDate(addLocalDays({ year: 2027, month: 3, day: 27 }, 2)), '2027-03-29');
  assert.equal(formatLocalDate(addLocalDays({ year: 2026, month: 12, day: 31 }, 1)), '2027-01-01');
  assert.equal(formatLocalDate(addLocalDays({ year: 2028, month: 3, day: 1 }, -1)), '2028-02-29');
});

test('weekdays', () => {
  assert.equal(localWeekday({ year: 2027, month: 3, day: 28 }), 'sun');
  assert.equal(localWeekday({ year: 2026, month: 10, day: 25 }), 'sun');
  assert.equal(localWeekday({ year: 2026, month: 11, day: 27 }), 'fri');
  assert.equal(localWeekday({ year: 1969, month: 12, day: 31 }), 'wed');
});

test('property: day numbers round-trip and adding days moves the weekday along', () => {
  fc.assert(
    fc.property(fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: -1000, max: 1000 }), (dayNumber, days) => {
      const date = fromDayNumber(dayNumber);
      assert.equal(toDayNumber(date), dayNumber);
      assert.deepEqual(parseLocalDate(formatLocalDate(date)), date);
      const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
      const shifted = localWeekday(addLocalDays(date, days));
      assert.equal(shifted, weekdays[(((weekdays.indexOf(localWeekday(date)) + days) % 7) + 7) % 7]);
    }),
  );
});
