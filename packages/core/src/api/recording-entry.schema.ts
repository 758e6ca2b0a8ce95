import { z } from '../content/zod.js';
import { RecordingSchema } from '../pitch/recording.schema.js';
import { ReviewSchema } from '../pitch/review.schema.js';
import { orUndefined } from './reply-fields.js';

/** A recording with its review, when there is one, and the seller's name. */
export const RecordingEntrySchema = z.extend(RecordingSchema, {
  review: orUndefined(ReviewSchema),
  sellerName: z.string(),
});
