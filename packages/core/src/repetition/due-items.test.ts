import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import { dueItems, type DueItemsQuery } from './due-items.js';
import { recordReview } from './record-review.js';
import { RETIRE_STABILITY_DAYS, isInRepetition } from './repetition-mode.js';
import { RepetitionStateSchema, type RepetitionState } from './repetition-state.schema.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9);

/** A state after answering `answers` (true = right) one due date after the other, from `start`. */
function answered(questionId: string, answers: readonly boolean[], start = T0): RepetitionState {
  let state: RepetitionState | undefined;
  for (const correct of answers)
    state = recordReview(state, { sellerId: 's-1', questionId, correct, at: state?.due ?? start });
  return state!;
}

const live = (...ids: string[]) => new Set(ids);
const query = (states: RepetitionState[], now: number, extra: Partial<DueItemsQuery> = {}): DueItemsQuery => ({
  states,
  now,
  mode: 'all',
  liveQuestionIds: live(...states.map((s) => s.questionId)),
  limit: 100,
  ...extra,
});

test('a missed question comes back after its FSRS interval and not before', () => {
  const missed = answered('q-1', [false]);
  assert.equal(missed.due, T0 + DAY);
  for (const mode of ['wrong-only', 'all'] as const) {
    assert.deepEqual(dueItems(query([missed], missed.due - 1, { mode })), []);
    assert.deepEqual(dueItems(query([missed], missed.due, { mode })), ['q-1']);
    assert.deepEqual(dueItems(query([missed], missed.due + 40 * DAY, { mode })), ['q-1']);
  }
});

test("'off' never returns anything", () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
      fc.nat(),
      (runs, later) => {
        const states = runs.map((answers, i) => answered(`q-${i}`, answers));
        assert.deepEqual(dueItems(query(states, T0 + later * 1000, { mode: 'off' })), []);
      },
    ),
  );
});

test("'wrong-only' skips a question answered right the first time; 'all' schedules it", () => {
  const known = answered('q-known', [true]);
  const unsure = recordReview(undefined, {
    sellerId: 's-1',
    questionId: 'q-unsure',
    correct: true,
    confidence: 'unsure',
    at: T0,
  });
  const missed = answered('q-missed', [false]);
  const later = T0 + 365 * DAY;
  assert.deepEqual(dueItems(query([known, unsure, missed], later, { mode: 'wrong-only' })), ['q-missed', 'q-unsure']);
  assert.deepEqual(dueItems(query([known, unsure, missed], later, { mode: 'all' })), [
    'q-missed',
    'q-unsure',
    'q-known',
  ]);
});

test("'wrong-only' keeps a missed question after good answers until its stability passes the retire threshold", () => {
  let state = answered('q-1', [false]);
  let goods = 0;
  while (state.stability < RETIRE_STABILITY_DAYS) {
    assert.ok(isInRepetition(state, 'wrong-only'));
    assert.deepEqual(dueItems(query([state], state.due, { mode: 'wrong-only' })), ['q-1']);
    state = recordReview(state, { sellerId: 's-1', questionId: 'q-1', correct: true, at: state.due });
    goods++;
  }
  assert.ok(goods >= 2, `retired after ${goods} good answers`);
  assert.deepEqual(dueItems(query([state], state.due + DAY, { mode: 'wrong-only' })), [], 'retired');
  assert.deepEqual(dueItems(query([state], state.due + DAY, { mode: 'all' })), ['q-1'], "'all' keeps it");
  const unsureAgain = recordReview(state, {
    sellerId: 's-1',
    questionId: 'q-1',
    correct: true,
    confidence: 'unsure',
    at: state.due,
  });
  assert.ok(isInRepetition(unsureAgain, 'wrong-only'), 'a later unsure answer brings it back');
});

test('most overdue first, ties by id, whatever the input order, cut at limit', () => {
  const a = answered('q-a', [false], T0);
  const b = answered('q-b', [false], T0 + DAY);
  const c = answered('q-c', [false], T0 + DAY);
  const d = answered('q-d', [false], T0 + 2 * DAY);
  const now = T0 + 10 * DAY;
  fc.assert(
    fc.property(fc.shuffledSubarray([a, b, c, d], { minLength: 4, maxLength: 4 }), (states) => {
      assert.deepEqual(dueItems(query(states, now)), ['q-a', 'q-b', 'q-c', 'q-d']);
      assert.deepEqual(dueItems(query(states, now, { limit: 2 })), ['q-a', 'q-b']);
      assert.deepEqual(dueItems(query(states, now, { limit: 0 })), []);
    }),
  );
});

test('questions no longer in the pack are retired, and come back if the pack restores them', () => {
  const a = answered('q-a', [false]);
  const gone = answered('q-gone', [false]);
  const now = T0 + 10 * DAY;
  assert.deepEqual(dueItems(query([a, gone], now, { liveQuestionIds: live('q-a', 'q-new') })), ['q-a']);
  assert.deepEqual(dueItems(query([a, gone], now, { liveQuestionIds: live() })), []);
  assert.deepEqual(dueItems(query([a, gone], now, { liveQuestionIds: live('q-a', 'q-gone') })), ['q-a', 'q-gone']);
});

test('during a hold nothing is due; what fell due in the hold is due when it ends, oldest first', () => {
  const before = answered('q-before', [false], T0 - 3 * DAY); // due T0 - 2d, before the hold
  const early = answered('q-z-early', [false], T0 + DAY); // due T0 + 2d, in the hold
  const late = answered('q-a-late', [false], T0 + 5 * DAY); // due T0 + 6d, in the hold
  const after = answered('q-after', [false], T0 + 12 * DAY); // due T0 + 13d, after the hold
  const hold = { from: T0, until: T0 + 10 * DAY };
  const states = [after, late, early, before];
  for (const now of [hold.from, T0 + 3 * DAY, hold.until - 1])
    assert.deepEqual(dueItems(query(states, now, { hold })), []);
  assert.deepEqual(dueItems(query(states, hold.until, { hold })), ['q-before', 'q-z-early', 'q-a-late']);
  assert.deepEqual(dueItems(query(states, T0 + 13 * DAY, { hold })), ['q-before', 'q-z-early', 'q-a-late', 'q-after']);
  assert.deepEqual(
    dueItems(query(states, T0 - DAY, { hold })),
    ['q-before'],
    'before the hold starts, nothing changes',
  );
  assert.deepEqual(dueItems(query(states, T0 + 3 * DAY)), ['q-before', 'q-z-early'], 'without the hold they were due');
});

test('a JSON round-trip of the states (and a schema check) gives the same due list', () => {
  const states = [answered('q-1', [false, true]), answered('q-2', [true]), answered('q-3', [false, false, true])];
  const copies = (JSON.parse(JSON.stringify(states)) as unknown[]).map((raw) => RepetitionStateSchema.parse(raw));
  for (const mode of ['off', 'wrong-only', 'all'] as const) {
    for (let day = 0; day < 60; day += 3) {
      const now = T0 + day * DAY;
      assert.deepEqual(dueItems(query(copies, now, { mode })), dueItems(query(states, now, { mode })));
    }
  }
  assert.equal(RepetitionStateSchema.safeParse({ ...states[0], due: '2026-01-01' }).success, false);
  assert.equal(RepetitionStateSchema.safeParse({ ...states[0], extra: 1 }).success, false);
});

test('bad queries are refused with MIND_INVALID_INPUT', () => {
  const s = answered('q-1', [false]);
  const bad = (extra: Partial<DueItemsQuery>, states = [s]) =>
    assert.throws(
      () => dueItems(query(states, T0, extra)),
      (error: unknown) => isMindError(error, 'MIND_INVALID_INPUT'),
    );
  bad({ limit: -1 });
  bad({ limit: 1.5 });
  bad({ now: Number.NaN });
  bad({ hold: { from: T0 + DAY, until: T0 } });
  bad({}, [s, answered('q-1', [true])]);
});
