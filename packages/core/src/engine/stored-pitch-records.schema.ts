// The schemas of pitch coaching's stored records, apart from the others so that a page that never
// reads a recording (most sellers' pages) does not carry them: validated-storage.ts loads this
// module the first time it parses a recording or a review.
import type { z } from '../content/zod.js';
import { RecordingSchema } from '../pitch/recording.schema.js';
import { StoredReviewClaimSchema } from '../pitch/review-claim.schema.js';
import { ReviewSchema } from '../pitch/review.schema.js';
import type { PitchCollection } from './stored-records.schema.js';

/** The schema of each pitch collection's records (see `STORED_RECORD_SCHEMAS` for the others). */
export const STORED_PITCH_RECORD_SCHEMAS: { readonly [C in PitchCollection]: z.ZodMiniType } = {
  recordings: RecordingSchema,
  reviews: ReviewSchema,
  reviewClaims: StoredReviewClaimSchema,
};
