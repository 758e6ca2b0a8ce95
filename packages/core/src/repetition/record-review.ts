import type { Confidence } from '../challenge/scoring.schema.js';
import { MindError } from '../errors/mind-error.js';
import { scheduleReview } from './fsrs-scheduler.js';
import type { RepetitionState, RepetitionRating } from './repetition-state.schema.js';

/** One answer to a question, seen as a review by spaced repetition. */
export interface RepetitionReview {
  readonly sellerId: string;
  readonly questionId: string;
  /** Whether the answer was right (full credit). Partial credit counts as wrong here. */
  readonly correct: boolean;
  /** What the seller declared, when the challenge asks; absent counts as sure. */
  readonly confidence?: Confidence | undefined;
  /** When the seller answered, epoch ms from the engine's clock. */
  readonly at: number;
}

/**
 * The FSRS grade of an answer:
 *
 * - wrong → `again` (a lapse: the item restarts with a short interval);
 * - right but declared `unsure` → `hard` (recalled with effort; a lucky guess must not count as
 *   knowing);
 * - right (sure, or no confidence asked) → `good`.
 *
 * `easy` is never given: a quiz answer cannot tell "easy" from "known", and FSRS's easy bonus
 * would push items out for months on one answer.
 */
export function reviewRating(review: Pick<RepetitionReview, 'correct' | 'confidence'>): RepetitionRating {
  if (!review.correct) return 'again';
  return review.confidence === 'unsure' ? 'hard' : 'good';
}

/**
 * The next spaced-repetition state after an answer. `state` is the seller's current state for the
 * question, or `undefined` for a first answer. Pure and deterministic: the same states and reviews
 * always give the same result.
 *
 * Every answer is recorded, whatever the schedules' modes, so that switching a schedule to `all`
 * later finds a full history; `dueItems` decides what a mode asks again.
 *
 * @throws {MindError} `MIND_INVALID_INPUT` when `at` is not a finite time or `state` belongs to
 *   another seller or question; `MIND_CONFLICT` when `at` is before the state's last review
 *   (replay answers in time order: FSRS cannot apply a review to the past).
 */
export function recordReview(state: RepetitionState | undefined, review: RepetitionReview): RepetitionState {
  if (!Number.isFinite(review.at)) {
    throw new MindError('MIND_INVALID_INPUT', `review.at must be a finite epoch-ms time, got ${review.at}`, {
      path: ['at'],
    });
  }
  if (state !== undefined && (state.sellerId !== review.sellerId || state.questionId !== review.questionId)) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `the state is for seller "${state.sellerId}" and question "${state.questionId}", ` +
        `not "${review.sellerId}" and "${review.questionId}": pass the state stored under the review's key`,
    );
  }
  if (state !== undefined && review.at < state.lastReviewAt) {
    throw new MindError(
      'MIND_CONFLICT',
      `review at ${review.at} is before the last review at ${state.lastReviewAt} of question ` +
        `"${review.questionId}": apply reviews in time order`,
      { path: ['at'] },
    );
  }
  const rating = reviewRating(review);
  const firstFlaggedAt = state?.firstFlaggedAt ?? (rating === 'good' ? undefined : review.at);
  return {
    sellerId: review.sellerId,
    questionId: review.questionId,
    ...scheduleReview(state, review.at, rating),
    lastRating: rating,
    ...(firstFlaggedAt === undefined ? {} : { firstFlaggedAt }),
  };
}
