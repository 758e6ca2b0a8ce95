import { z } from '../content/zod.js';

/** How well a seller (or a group) masters a topic, in plain words for a manager. */
export const MasteryLevelSchema = z.enum(['unknown', 'weak', 'developing', 'strong']);

/** How well someone masters a topic at a given time. */
export const MasterySchema = z.object({
  /** Recency-weighted accuracy shrunk towards the prior, in [0, 1]. */
  score: z.number(),
  /** The effective number of answers behind the score: answers decayed by age. */
  evidence: z.number(),
  /** How many answers, undecayed. */
  count: z.number(),
  /** The latest answer, epoch ms. */
  lastAt: z.number(),
  /** `unknown` when evidence is too thin, else a band of the score (see `masteryLevel`). */
  level: MasteryLevelSchema,
});
