import { fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { RepetitionPhase, RepetitionState, RepetitionRating } from './repetition-state.schema.js';

/**
 * The one FSRS scheduler. Fuzz is off so the same answers at the same times always give the same
 * due dates (tests, replays and two devices agree). Short-term (minute) learning steps are off:
 * items come back in whole days, which fits a feed released on a daily cadence; a missed item is
 * due again one day later, not one minute later.
 */
export const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

const PHASES: Record<State, RepetitionPhase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

const STATES: Record<RepetitionPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

const GRADES: Record<RepetitionRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good };

/** The FSRS grade of a rating. */
export function toGrade(rating: RepetitionRating): Grade {
  return GRADES[rating];
}

/** A stored state as a ts-fsrs card (Dates are made here, at the edge, and nowhere else). */
export function toCard(state: RepetitionState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATES[state.phase],
    last_review: new Date(state.lastReviewAt),
  };
}

/** The card fields of a stored state, from a ts-fsrs card reviewed at `at`. */
export function fromCard(
  card: Card,
  at: number,
): Pick<
  RepetitionState,
  'due' | 'stability' | 'difficulty' | 'scheduledDays' | 'learningSteps' | 'reps' | 'lapses' | 'phase' | 'lastReviewAt'
> {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    phase: PHASES[card.state],
    lastReviewAt: card.last_review?.getTime() ?? at,
  };
}
