import type { MasterySchema } from '../api/mastery.schema.js';
import type { z } from '../content/zod.js';
import { decayFactor, masteryLevel, masteryScore } from './mastery-model.js';
import type { MasteryRecord } from './mastery-record.schema.js';

/** How well someone masters a topic at a given time (see {@link MasterySchema}). */
export type Mastery = z.infer<typeof MasterySchema>;

/**
 * A seller's mastery of a topic at `now` (epoch ms). Without new answers the evidence fades with
 * the half-life, the score drifts back to the prior and, after a few half-lives, the level
 * becomes `unknown` again: knowledge not shown recently is not claimed.
 */
export function masteryOf(record: MasteryRecord, now: number): Mastery {
  const factor = decayFactor(now - record.lastAt);
  return masteryFromSums(record.weightedCorrect * factor, record.weight * factor, record.count, record.lastAt);
}

/** A {@link Mastery} from sums already decayed to the instant of interest. */
export function masteryFromSums(weightedCorrect: number, weight: number, count: number, lastAt: number): Mastery {
  const score = masteryScore(weightedCorrect, weight);
  return { score, evidence: weight, count, lastAt, level: masteryLevel(score, weight) };
}
