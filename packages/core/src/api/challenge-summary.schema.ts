import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { LocalizedTextSchema } from '../content/localized-text.schema.js';
import { LocalizedRichTextSchema } from '../content/rich-text.schema.js';
import { AttemptPolicySchema, RewardSchema } from '../challenge/challenge.schema.js';
import { orUndefined } from './reply-fields.js';

/**
 * What a participant may know of a challenge before starting it: no questions at all. Times are
 * epoch ms (`undefined` only for an invalid window, which a parsed challenge never has).
 */
export const ChallengeSummarySchema = z.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  description: LocalizedRichTextSchema,
  opensAt: orUndefined(z.number()),
  closesAt: orUndefined(z.number()),
  timeZone: z.string(),
  attempts: AttemptPolicySchema,
  timeLimitSeconds: orUndefined(z.number()),
  questionCount: z.number(),
  /** Highest total an attempt can score. */
  maxScore: z.number(),
  rewards: z.array(RewardSchema),
});
