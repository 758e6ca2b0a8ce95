import { z } from '../content/zod.js';
import { RecordingSchema } from '../pitch/recording.schema.js';
import { StoredReviewClaimSchema } from '../pitch/review-claim.schema.js';
import { ReviewSchema } from '../pitch/review.schema.js';
import { orUndefined } from './reply-fields.js';

/**
 * A coach's hold on a submitted recording while they review it, so two coaches do not review the
 * same pitch unknowingly. It lapses at `expiresAt` (a coach who walked away does not block it).
 * The stored claim's fields others may read (see `StoredReviewClaimSchema`): not its step, its
 * seller or the take-over it records.
 */
export const ReviewClaimSchema = z.pick(StoredReviewClaimSchema, {
  coachId: true,
  coachName: true,
  at: true,
  expiresAt: true,
});

/**
 * A recording with its review when there is one, its seller's name, and two fields only coaches,
 * managers and the recording's own seller read:
 * - `claim`, the coach holding the take for review while it waits for one;
 * - `partnerName`, the partner company its seller works at (`''` when at none).
 * A seller watching another seller's take in the gallery gets no claim and `partnerName: ''`: the
 * gallery shows a best practice and who gave it, not where they work. The shape stays the same
 * for every viewer, so one schema parses every reply.
 */
export const RecordingEntrySchema = z.extend(RecordingSchema, {
  review: orUndefined(ReviewSchema),
  claim: orUndefined(ReviewClaimSchema),
  sellerName: z.string(),
  partnerName: z.string(),
});
