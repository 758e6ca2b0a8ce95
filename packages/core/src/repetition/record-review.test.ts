import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import { recordReview, reviewRating, type RepetitionReview } from './record-review.js';
import { retrievability } from './retrievability.js';
import type { RepetitionState } from './repetition-state.schema.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9);
const review = (correct: boolean, at: number, extra: Partial<RepetitionReview> = {}): RepetitionReview => ({
  sellerId: 's-1',
  questionId: 'q-1',
  correct,
  at,
  ...extra,
});

test('answers map to FSRS ratings: wrong → again, right but unsure → hard, right → good', () => {
  assert.equal(reviewRating({ correct: false }), 'again');
  assert.equal(reviewRating({ correct: false, confidence: 'sure' }), 'again');
  assert.equal(reviewRating({ correct: true, confidence: 'unsure' }), 'hard');
  assert.equal(reviewRating({ correct: true, confidence: 'sure' }), 'good');
  assert.equal(reviewRating({ correct: true }), 'good');
});

test('a first wrong answer is due again one day later; a first right one later still', () => {
  const missed = recordReview(undefined, review(false, T0));
  assert.equal(missed.due, T0 + DAY);
  assert.equal(missed.lastRating, 'again');
  assert.equal(missed.firstFlaggedAt, T0);
  const unsure = recordReview(undefined, review(true, T0, { confidence: 'unsure' }));
  const known = recordReview(undefined, review(true, T0));
  assert.ok(unsure.due > missed.due && known.due > unsure.due, 'better answers wait longer');
  assert.equal(known.firstFlaggedAt, undefined);
  assert.equal('firstFlaggedAt' in known, false, 'no undefined property written to storage');
});

test('intervals are FSRS defaults without fuzz: right twice → back after 3 days, then 14', () => {
  const first = recordReview(undefined, review(true, T0));
  assert.equal(first.due, T0 + 3 * DAY);
  const second = recordReview(first, review(true, first.due));
  assert.equal(second.due - first.due, 14 * DAY);
});

test('good answers in a row stretch the interval; a miss brings the item back soon and counts a lapse', () => {
  let state = recordReview(undefined, review(false, T0));
  const intervals: number[] = [];
  for (let i = 0; i < 4; i++) {
    const at = state.due;
    state = recordReview(state, review(true, at));
    intervals.push(state.due - at);
  }
  for (let i = 1; i < intervals.length; i++) assert.ok(intervals[i]! > intervals[i - 1]!, `${intervals}`);
  const lapsed = recordReview(state, review(false, state.due));
  assert.equal(lapsed.lapses, state.lapses + 1);
  assert.ok(lapsed.due - state.due < intervals.at(-1)!);
  assert.equal(lapsed.firstFlaggedAt, T0, 'the first flag is kept');
});

test('the same reviews always give the same state (no fuzz, no hidden clock)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ correct: fc.boolean(), unsure: fc.boolean(), gap: fc.integer({ min: 0, max: 90 * DAY }) }), {
        minLength: 1,
        maxLength: 12,
      }),
      (answers) => {
        const run = () => {
          let state: RepetitionState | undefined;
          let at = T0;
          for (const a of answers) {
            at += a.gap;
            state = recordReview(state, review(a.correct, at, a.unsure ? { confidence: 'unsure' } : {}));
          }
          return state;
        };
        assert.deepEqual(run(), run());
        const state = run()!;
        assert.ok(state.due > state.lastReviewAt, 'an answered item is never due at once');
      },
    ),
  );
});

test('a serialised state (JSON) schedules exactly like the original', () => {
  fc.assert(
    fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), fc.boolean(), (answers, next) => {
      let state: RepetitionState | undefined;
      for (const correct of answers) state = recordReview(state, review(correct, state?.due ?? T0));
      const copy = JSON.parse(JSON.stringify(state)) as RepetitionState;
      assert.deepEqual(copy, state);
      const at = state!.due + DAY;
      assert.deepEqual(recordReview(copy, review(next, at)), recordReview(state, review(next, at)));
      assert.equal(retrievability(copy, at), retrievability(state!, at));
    }),
  );
});

test('retrievability is 1 right after a review, falls over time and stays in [0, 1]', () => {
  const state = recordReview(undefined, review(true, T0));
  assert.equal(retrievability(state, T0), 1);
  assert.equal(retrievability(state, T0 - DAY), 1, 'a clock behind the review counts as the review instant');
  const atDue = retrievability(state, state.due);
  const later = retrievability(state, state.due + 30 * DAY);
  assert.ok(atDue < 1 && atDue > 0.8, `${atDue}`);
  assert.ok(later < atDue && later > 0, `${later}`);
});

test('bad reviews are refused with stable codes', () => {
  const state = recordReview(undefined, review(true, T0));
  const code = (fn: () => unknown, expected: string) =>
    assert.throws(fn, (error: unknown) => isMindError(error) && error.code === expected);
  code(() => recordReview(undefined, review(true, Number.NaN)), 'MIND_INVALID_INPUT');
  code(() => recordReview(state, review(true, T0 + DAY, { questionId: 'q-2' })), 'MIND_INVALID_INPUT');
  code(() => recordReview(state, review(true, T0 + DAY, { sellerId: 's-2' })), 'MIND_INVALID_INPUT');
  code(() => recordReview(state, review(true, T0 - 1)), 'MIND_CONFLICT');
  assert.doesNotThrow(() => recordReview(state, review(true, T0)), 'a second answer at the same instant is fine');
});
