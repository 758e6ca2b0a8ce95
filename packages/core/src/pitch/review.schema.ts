import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';

/** The level a coach picked for one rubric criterion. */
export const CriterionScoreSchema = z.strictObject({
  criterionId: IdSchema,
  score: z.int(),
});

/** A criterion score (see `CriterionScoreSchema`). */
export type CriterionScore = z.infer<typeof CriterionScoreSchema>;

/**
 * A time-stamped remark on the video: `atMs` is the position in the media, from 0 to the
 * recording's duration (checked against the recording by `scoreReview`, not here).
 */
export const ReviewCommentSchema = z.strictObject({
  atMs: z.number().check(z.minimum(0)),
  text: z.string().check(z.minLength(1, 'expected a comment of at least one character'), z.maxLength(2000)),
});

/** A time-stamped comment (see `ReviewCommentSchema`). */
export type ReviewComment = z.infer<typeof ReviewCommentSchema>;

const reviewInputShape = {
  scores: z.array(CriterionScoreSchema),
  comments: z.array(ReviewCommentSchema),
  /** Overall feedback; may be empty when the scores and comments say it all. */
  feedback: z.string().check(z.maxLength(10_000)),
};

/**
 * What a coach submits for a recording: one score per rubric criterion, time-stamped comments and
 * overall feedback. Its agreement with the rubric and the recording is checked by `scoreReview`.
 */
export const ReviewInputSchema = z.strictObject(reviewInputShape);

/** A coach's review as submitted (see {@link ReviewInputSchema}). */
export type ReviewInput = z.infer<typeof ReviewInputSchema>;

/**
 * A review as stored, one per recording (keyed by `recordingId`): the coach's input with comments
 * in time order, who reviewed and when, and the rubric total `weightedTotal` on a scale of 0 to
 * `maxTotal` (100; stored so a reader shows "72 / 100" without knowing the formula).
 */
export const ReviewSchema = z
  .strictObject({
    ...reviewInputShape,
    recordingId: IdSchema,
    coachId: IdSchema,
    at: z.number().check(z.minimum(0)),
    weightedTotal: z.number().check(z.minimum(0)),
    maxTotal: z.number().check(z.positive()),
  })
  .check(
    z.superRefine((review, ctx) => {
      if (review.weightedTotal > review.maxTotal) {
        ctx.issues.push({
          code: 'custom',
          input: review.weightedTotal,
          path: ['weightedTotal'],
          message: `expected weightedTotal at most maxTotal (${review.maxTotal})`,
        });
      }
    }),
  );

/** A stored review (see {@link ReviewSchema}). */
export type Review = z.infer<typeof ReviewSchema>;
