import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';

/**
 * A seller's standing on one certification, key `[certificationId, sellerId]`: the best score of
 * each required challenge passed so far, and once earned when it was awarded, last renewed and
 * when it expires. Written with the attempt whose finish changed it, claiming `step` (see
 * `certificationWrites`), so two processes finishing at once cannot overwrite each other's pass.
 */
export const CertificationRecordSchema = z.strictObject({
  certificationId: IdSchema,
  sellerId: IdSchema,
  /** `challengeId → best percentage` of the challenges of the requirement the seller finished. */
  best: z.record(z.string(), z.number()),
  /** When it was first awarded (epoch ms); absent until the requirement is met. */
  awardedAt: z.exactOptional(z.number()),
  /** The last pass that renewed it (epoch ms); `awardedAt` until it is renewed. */
  renewedAt: z.exactOptional(z.number()),
  /** When it expires (epoch ms); never moves earlier. */
  expiresAt: z.exactOptional(z.number()),
  /** How many times the record was written, the claim of the next change. */
  step: z.int().check(z.minimum(1)),
});

/** A seller's standing on one certification, as stored (see {@link CertificationRecordSchema}). */
export type CertificationRecord = z.infer<typeof CertificationRecordSchema>;
