/*
 * Differential test: our FSRS slice against ts-fsrs 5.4.2 (a devDependency kept for this), configured
 * as the engine used it before: `fsrs({ enable_fuzz: false, enable_short_term: false })`, grades
 * again, hard and good. Both run the same arithmetic in the same JavaScript engine, so results are
 * compared exactly, not within a tolerance.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { isMindError } from '../errors/mind-error.js';
import {
  FSRS_MAXIMUM_INTERVAL,
  FSRS_REQUEST_RETENTION,
  FSRS_WEIGHTS,
  recallProbability,
  scheduleReview,
  type FsrsCard,
} from './fsrs-scheduler.js';
import { retrievability } from './retrievability.js';
import type { RepetitionPhase, RepetitionRating } from './repetition-state.schema.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const reference = fsrs({ enable_fuzz: false, enable_short_term: false });

const STATES: Record<RepetitionPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};
const PHASES = Object.fromEntries(Object.entries(STATES).map(([phase, state]) => [state, phase])) as Record<
  State,
  RepetitionPhase
>;
const GRADES: Record<RepetitionRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good };

/** Our card as a ts-fsrs card, the way the engine converted stored states before. */
function toCard(card: FsrsCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATES[card.phase],
    last_review: new Date(card.lastReviewAt),
  };
}

/** What ts-fsrs schedules, as our card fields. */
function referenceReview(card: FsrsCard | undefined, at: number, rating: RepetitionRating): FsrsCard {
  const next = reference.next(card === undefined ? createEmptyCard(at) : toCard(card), at, GRADES[rating]).card;
  return {
    due: next.due.getTime(),
    stability: next.stability,
    difficulty: next.difficulty,
    scheduledDays: next.scheduled_days,
    learningSteps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    phase: PHASES[next.state],
    lastReviewAt: next.last_review!.getTime(),
  };
}

function assertSameRecall(card: FsrsCard, now: number): void {
  const expected = reference.get_retrievability(toCard(card), now, false);
  assert.equal(recallProbability(card, now), expected, `recall at ${now}`);
  const stored = { sellerId: 's-1', questionId: 'q-1', lastRating: 'good' as const, ...card };
  assert.equal(
    retrievability(stored, now),
    reference.get_retrievability(toCard(card), Math.max(now, card.lastReviewAt), false),
  );
}

const rating = fc.constantFrom<RepetitionRating>('again', 'hard', 'good');
/** Epoch ms between 2001 and 2040, any time of day, sometimes with a fraction of a ms. */
const instant = fc.tuple(
  fc.integer({ min: 978_307_200_000, max: 2_208_988_800_000 }),
  fc.constantFrom(0, 0, 0.25, 0.999),
);
/** A gap between two reviews: minutes (same day or across midnight), hours, days, months, years. */
const gap = fc.oneof(
  fc.integer({ min: 0, max: 90 * MINUTE }),
  fc.integer({ min: 0, max: 2 * DAY }),
  fc.integer({ min: DAY, max: 60 * DAY }),
  fc.integer({ min: 60 * DAY, max: 366 * DAY }),
  fc.integer({ min: 366 * DAY, max: 5 * 366 * DAY }),
  fc.constant('at due' as const),
);

test('the weights, request retention and maximum interval are those of ts-fsrs', () => {
  const { w, request_retention, maximum_interval } = reference.parameters;
  assert.deepEqual([...w], [...FSRS_WEIGHTS]);
  assert.equal(request_retention, FSRS_REQUEST_RETENTION);
  assert.equal(maximum_interval, FSRS_MAXIMUM_INTERVAL);
});

test('random review histories from a new card schedule exactly as ts-fsrs', () => {
  fc.assert(
    fc.property(
      instant,
      fc.array(fc.record({ rating, gap, probe: fc.integer({ min: -DAY, max: 400 * DAY }) }), {
        minLength: 1,
        maxLength: 24,
      }),
      ([start, fraction], reviews) => {
        let ours: FsrsCard | undefined;
        let at = start + fraction;
        for (const [index, review] of reviews.entries()) {
          if (ours !== undefined) at = review.gap === 'at due' ? ours.due : at + review.gap;
          const expected = referenceReview(ours, at, review.rating);
          ours = scheduleReview(ours, at, review.rating);
          assert.deepEqual(ours, expected, `review ${index} (${review.rating}) at ${at}`);
          assertSameRecall(ours, ours.lastReviewAt + review.probe);
          assertSameRecall(ours, ours.due);
        }
      },
    ),
    { numRuns: 1000 },
  );
});

test('one review from any valid card, in any phase, schedules exactly as ts-fsrs', () => {
  const card = fc.record({
    due: fc.integer({ min: 978_307_200_000, max: 2_208_988_800_000 }),
    stability: fc.oneof(
      fc.double({ min: 0.001, max: 1, noNaN: true }),
      fc.double({ min: 1, max: 36_500, noNaN: true }),
      fc.constantFrom(0.001, 36_500),
    ),
    difficulty: fc.oneof(fc.double({ min: 1, max: 10, noNaN: true }), fc.constantFrom(1, 10)),
    scheduledDays: fc.nat(36_500),
    learningSteps: fc.nat(3),
    reps: fc.nat(500),
    lapses: fc.nat(100),
    phase: fc.constantFrom<RepetitionPhase>('new', 'learning', 'review', 'relearning'),
    lastReviewAt: fc.integer({ min: 978_307_200_000, max: 2_208_988_800_000 }),
  });
  const blank = card.map((c) => ({ ...c, stability: 0, difficulty: 0 }));
  fc.assert(
    fc.property(fc.oneof(card, blank), gap, rating, fc.integer({ min: -DAY, max: 400 * DAY }), (c, g, r, probe) => {
      const at = g === 'at due' ? Math.max(c.due, c.lastReviewAt) : c.lastReviewAt + g;
      assert.deepEqual(scheduleReview(c, at, r), referenceReview(c, at, r));
      assertSameRecall(c, at + probe);
    }),
    { numRuns: 3000 },
  );
});

test('cards ts-fsrs refuses are refused with MIND_INVALID_INPUT', () => {
  const T = Date.UTC(2026, 0, 5, 9);
  const valid: FsrsCard = scheduleReview(undefined, T, 'good');
  const refused = (card: FsrsCard, at: number) => {
    assert.throws(() => referenceReview(card, at, 'good'));
    assert.throws(
      () => scheduleReview(card, at, 'good'),
      (error: unknown) => isMindError(error, 'MIND_INVALID_INPUT'),
    );
  };
  refused({ ...valid, difficulty: 0.5 }, T + DAY);
  refused({ ...valid, stability: 0.0005 }, T + DAY);
  refused({ ...valid, stability: 0 }, T + DAY);
  refused(valid, T - DAY);
  assert.doesNotThrow(() => scheduleReview(valid, T - 9 * 60 * MINUTE, 'good'), 'earlier the same UTC day is day 0');
});

test('a good answer after an again waits at least a day longer than hard, hard longer than again', () => {
  let card = scheduleReview(undefined, Date.UTC(2026, 0, 5, 9), 'again');
  for (let i = 0; i < 6; i++) {
    const at = card.due;
    const [again, hard, good] = (['again', 'hard', 'good'] as const).map((r) => scheduleReview(card, at, r));
    assert.ok(again!.scheduledDays < hard!.scheduledDays && hard!.scheduledDays < good!.scheduledDays);
    assert.equal(again!.lapses, card.lapses + 1);
    card = good!;
  }
});
