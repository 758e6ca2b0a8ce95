import { z } from '../content/zod.js';
import { RecordingSchema } from '../pitch/recording.schema.js';
import { ReviewSchema } from '../pitch/review.schema.js';
import { orUndefined } from './reply-fields.js';

const time = () => z.number().check(z.minimum(0));

/**
 * A coach's hold on a submitted recording while they review it, so two coaches do not review the
 * same pitch unknowingly. It lapses at `expiresAt` (a coach who walked away does not block it).
 */
export const ReviewClaimSchema = z.strictObject({
  coachId: z.string(),
  coachName: z.string(),
  at: time(),
  expiresAt: time(),
});

/** A recording with its review and its review claim, when there are, and the seller's name and partner. */
export const RecordingEntrySchema = z.extend(RecordingSchema, {
  review: orUndefined(ReviewSchema),
  claim: orUndefined(ReviewClaimSchema),
  sellerName: z.string(),
  partnerName: z.string(),
});
