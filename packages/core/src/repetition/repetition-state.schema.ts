import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';

/** How a review went, as FSRS grades it (see `reviewRating`). */
export const RepetitionRatingSchema = z.enum(['again', 'hard', 'good']);

/** A review's FSRS grade (see `RepetitionRatingSchema`). */
export type RepetitionRating = z.infer<typeof RepetitionRatingSchema>;

/** The FSRS memory phase of an item, as a string so stored records stay readable. */
export const RepetitionPhaseSchema = z.enum(['new', 'learning', 'review', 'relearning']);

/** An FSRS memory phase (see `RepetitionPhaseSchema`). */
export type RepetitionPhase = z.infer<typeof RepetitionPhaseSchema>;

const nonNegative = () => z.number().check(z.minimum(0));
const count = () => z.int().check(z.minimum(0));

/**
 * What spaced repetition remembers about one seller and one question, as stored (IndexedDB,
 * JSON): numbers and strings only, times in epoch ms from the engine's clock. It is keyed by
 * `[sellerId, questionId]`, never by pack version, so it survives a republished pack; a question
 * removed from the pack simply stops being returned by `dueItems`.
 *
 * The FSRS card fields are kept one for one (ts-fsrs's deprecated `elapsed_days` is not: the
 * scheduler computes it from `lastReviewAt`). `firstFlaggedAt` is when the seller first answered the
 * question wrong or unsure: absent means "always answered right and sure", which is what keeps it
 * out of a `wrong-only` schedule.
 */
export const RepetitionStateSchema = z.strictObject({
  sellerId: IdSchema,
  questionId: IdSchema,
  due: z.number(),
  stability: nonNegative(),
  difficulty: nonNegative(),
  scheduledDays: nonNegative(),
  learningSteps: count(),
  reps: count(),
  lapses: count(),
  phase: RepetitionPhaseSchema,
  lastReviewAt: z.number(),
  lastRating: RepetitionRatingSchema,
  firstFlaggedAt: z.exactOptional(z.number()),
});

/** One seller's spaced-repetition state for one question (see {@link RepetitionStateSchema}). */
export type RepetitionState = z.infer<typeof RepetitionStateSchema>;
