import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';

/** Where a seller is with a nugget: not opened yet, opened, or answered (which implies seen). */
export const FeedItemStatusSchema = z.enum(['new', 'seen', 'answered']);

/** A released nugget in the seller's feed. */
export const FeedItemSchema = z.object({
  nuggetId: IdSchema,
  /** The schedule that released it first. */
  scheduleId: IdSchema,
  /** Epoch ms. */
  releasedAt: z.number(),
  status: FeedItemStatusSchema,
});
