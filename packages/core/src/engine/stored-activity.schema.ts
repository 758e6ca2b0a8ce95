import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { ActivityKindSchema } from '../engagement/engagement.schema.js';

/**
 * One counted action of a seller, key `[sellerId, kind, subjectId]` (see `COLLECTIONS.activity`):
 * the points the pack gave it then, so a later pack changes no one's past points.
 */
export const ActivityRecordSchema = z.strictObject({
  sellerId: IdSchema,
  kind: ActivityKindSchema,
  /** The nugget, question, prompt or challenge acted on. */
  subjectId: IdSchema,
  at: z.number(),
  points: z.int().check(z.minimum(0)),
  /** The week of `at` on the seller's calendar then (its Monday's day number): the weekly board's key. */
  week: z.int(),
  /** For `challenge-finished`: the global rank when the attempt was finished, when ranked. */
  rank: z.exactOptional(z.int().check(z.minimum(1))),
  /** When `rank` was reached (a later attempt may rank better than the first). */
  rankedAt: z.exactOptional(z.number()),
});

/** An activity record as stored, as `ActivityRecordSchema` in this module defines it. */
export type ActivityRecord = z.infer<typeof ActivityRecordSchema>;
