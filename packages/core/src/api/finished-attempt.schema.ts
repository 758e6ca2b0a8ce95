import { z } from '../content/zod.js';
import { AttemptResultSchema } from './attempt-result.schema.js';
import { orUndefined } from './reply-fields.js';

/** The result of a finished attempt, with where it puts the viewer. */
export const FinishedAttemptSchema = z.extend(AttemptResultSchema, {
  /** The viewer's rank on the challenge's global leaderboard after this attempt. */
  rank: orUndefined(z.number()),
  /** The rank before this attempt; `undefined` when the viewer was not ranked yet. */
  previousRank: orUndefined(z.number()),
  /** Whether this attempt is the one that counts now (best or last, as the challenge says). */
  counted: z.boolean(),
});
