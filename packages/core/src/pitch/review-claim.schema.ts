import { z } from '../content/zod.js';
import { epochMs } from '../content/epoch-ms.schema.js';
import { IdSchema } from '../content/id.schema.js';

/**
 * A coach's hold on a submitted recording, as stored, key `recordingId` (one record per recording).
 * `step` counts its changes from 1: each change (claim, renewal, take-over, release) claims the
 * step it read in `attemptSteps`, so two changes made from the same state cannot both succeed (see
 * review-claim-operations.ts). A released claim is kept, lapsed (`expiresAt` = the release), so
 * its step still grows. `sellerId` is the recording's seller: their data's erasure takes it too.
 */
export const StoredReviewClaimSchema = z.strictObject({
  recordingId: IdSchema,
  sellerId: IdSchema,
  step: z.int().check(z.minimum(1)),
  coachId: IdSchema,
  coachName: z.string(),
  at: epochMs(),
  expiresAt: epochMs(),
  /** Whose live claim this one took over, when it did: an explicit take-over is recorded. */
  takenOverFrom: z.exactOptional(z.strictObject({ coachId: IdSchema, coachName: z.string(), at: epochMs() })),
});

/** A review claim as stored (see {@link StoredReviewClaimSchema}). */
export type StoredReviewClaim = z.infer<typeof StoredReviewClaimSchema>;
