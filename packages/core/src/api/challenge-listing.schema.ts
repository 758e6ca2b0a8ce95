import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { LeaderboardScopeSchema } from '../leaderboard/leaderboard.schema.js';
import { ChallengeSummarySchema } from './challenge-summary.schema.js';
import { orUndefined, readonlyArray } from './reply-fields.js';

/** A challenge as the viewer may see it (no questions), with where they stand. */
export const ChallengeListingSchema = z.extend(ChallengeSummarySchema, {
  opensAt: z.number(),
  closesAt: z.number(),
  status: z.enum(['upcoming', 'open', 'closed']),
  /** Whether the challenge targets the viewer; one that does not is listed only for coaches and managers. */
  targeted: z.boolean(),
  attemptsUsed: z.number(),
  /** The viewer's attempt still running, to resume it. */
  runningAttemptId: orUndefined(IdSchema),
  /** The viewer's counted score so far (best or last attempt, as the challenge says). */
  countedScore: orUndefined(z.number()),
  /** The leaderboard scopes the challenge offers. */
  scopes: readonlyArray(LeaderboardScopeSchema),
  /**
   * Whether answers take a "sure / not sure" confidence (confidence-based marking). A server older
   * than the field leaves it out: it offers no confidence marking.
   */
  confidence: z._default(z.boolean(), false),
});
