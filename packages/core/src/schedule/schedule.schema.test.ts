import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ScheduleSchema } from './schedule.schema.js';

const schedule = {
  id: 's-launch',
  segment: { tiers: ['platinum'], locales: ['fr'] },
  nuggets: ['n1', 'n2', 'n3'],
  cadence: { start: '2027-03-22', time: '09:00', every: { weekdays: ['mon', 'thu'] } },
  end: '2027-06-30',
  repetition: 'wrong-only',
};

function issuePaths(input: unknown): PropertyKey[][] {
  const result = ScheduleSchema.safeParse(input);
  assert.ok(!result.success, 'expected the schedule to be refused');
  return result.error.issues.map((issue) => issue.path);
}

test('a schedule parses unchanged; the segment may be empty (everyone)', () => {
  assert.deepEqual(ScheduleSchema.parse(schedule), schedule);
  const everyone = { ...schedule, segment: {}, cadence: { ...schedule.cadence, every: { days: 2 } } };
  assert.deepEqual(ScheduleSchema.parse(everyone), everyone);
});

test('dates must exist and times be HH:MM', () => {
  assert.deepEqual(issuePaths({ ...schedule, cadence: { ...schedule.cadence, start: '2027-02-29' } }), [
    ['cadence', 'start'],
  ]);
  assert.deepEqual(issuePaths({ ...schedule, cadence: { ...schedule.cadence, time: '9:00' } }), [['cadence', 'time']]);
  assert.deepEqual(issuePaths({ ...schedule, cadence: { ...schedule.cadence, time: '24:00' } }), [['cadence', 'time']]);
  assert.deepEqual(issuePaths({ ...schedule, end: '2027-03-21' }), [['end']]);
});

test('cadences: exactly one of days ≥ 1 or known, distinct weekdays, each error at its path', () => {
  const every = (value: unknown) => ({ ...schedule, cadence: { ...schedule.cadence, every: value } });
  assert.deepEqual(issuePaths(every({ days: 0 })), [['cadence', 'every', 'days']]);
  assert.deepEqual(issuePaths(every({ days: 1.5 })), [['cadence', 'every', 'days']]);
  assert.deepEqual(issuePaths(every({ weekdays: ['mon', 'mon'] })), [['cadence', 'every', 'weekdays', 1]]);
  assert.deepEqual(issuePaths(every({ weekdays: ['monday'] })), [['cadence', 'every', 'weekdays', 0]]);
  assert.deepEqual(issuePaths(every({ weekdays: [] })), [['cadence', 'every', 'weekdays']]);
  assert.deepEqual(issuePaths(every({})), [['cadence', 'every']]);
  assert.deepEqual(issuePaths(every({ days: 1, weekdays: ['mon'] })), [['cadence', 'every']]);
});

test('nuggets: at least one, each listed once; empty segment lists are refused', () => {
  assert.deepEqual(issuePaths({ ...schedule, nuggets: [] }), [['nuggets']]);
  assert.deepEqual(issuePaths({ ...schedule, nuggets: ['n1', 'n2', 'n1'] }), [['nuggets', 2]]);
  assert.deepEqual(issuePaths({ ...schedule, segment: { tiers: [] } }), [['segment', 'tiers']]);
  assert.deepEqual(issuePaths({ ...schedule, segment: { tier: ['platinum'] } }), [['segment']]);
  assert.deepEqual(issuePaths({ ...schedule, repetition: 'sometimes' }), [['repetition']]);
});
