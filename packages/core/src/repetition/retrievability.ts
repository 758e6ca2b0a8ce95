import { recallProbability } from './fsrs-scheduler.js';
import type { RepetitionState } from './repetition-state.schema.js';

/**
 * The FSRS probability, in [0, 1], that the seller recalls the question at `now` (epoch ms): 1 right
 * after a review, about 0.9 when the item falls due, lower the longer it stays unreviewed. A `now`
 * before the last review counts as the review instant.
 */
export function retrievability(state: RepetitionState, now: number): number {
  return recallProbability(state, Math.max(now, state.lastReviewAt));
}
