import { z } from '../content/zod.js';
import type { RepetitionState } from './repetition-state.schema.js';

/**
 * Which answered questions a schedule asks again:
 *
 * - `off`: none; answers are still recorded, nothing is ever due.
 * - `wrong-only`: questions the seller once answered wrong or unsure, until they are retired
 *   (see `RETIRE_STABILITY_DAYS`); a question answered right and sure from the start never
 *   enters.
 * - `all`: every answered question, on its FSRS schedule, for good.
 */
export const RepetitionModeSchema = z.enum(['off', 'wrong-only', 'all']);

/** A schedule's spaced-repetition mode (see {@link RepetitionModeSchema}). */
export type RepetitionMode = z.infer<typeof RepetitionModeSchema>;

/**
 * Retire rule of `wrong-only`: a flagged question leaves repetition once its last answer was right
 * and sure (`good`) and FSRS stability reached this many days, i.e. the seller would still recall it
 * with ~90 % probability a month later. With default FSRS weights that takes about three to four
 * good answers in a row after a miss. A later wrong or unsure answer (the question shows up in a
 * challenge again) lowers stability or the last rating and brings it back.
 */
export const RETIRE_STABILITY_DAYS = 30;

/** Whether `state` is scheduled under `mode` (ignoring due date, hold and pack membership). */
export function isInRepetition(state: RepetitionState, mode: RepetitionMode): boolean {
  switch (mode) {
    case 'off':
      return false;
    case 'all':
      return true;
    case 'wrong-only':
      return (
        state.firstFlaggedAt !== undefined && !(state.lastRating === 'good' && state.stability >= RETIRE_STABILITY_DAYS)
      );
  }
}
