/**
 * The constants and formulas of the mastery model; README.md explains the choice.
 * @module
 */

import type { MasteryLevelSchema } from '../api/mastery.schema.js';
import type { z } from '../content/zod.js';

/** Half-life of an answer's weight: an answer 30 days old counts half as much as one today. */
export const MASTERY_HALF_LIFE_DAYS = 30;

/**
 * The prior every score starts from: `weight` pseudo-answers worth `score` each. One right answer
 * gives (1 + 1) / (1 + 2) ≈ 0.67, not 100 %; three in a row reach 0.8.
 */
export const MASTERY_PRIOR = { score: 0.5, weight: 2 } as const;

/** Below this much evidence (decayed answers) the level is `unknown`: too little to judge. */
export const MASTERY_MIN_EVIDENCE = 2;

/** Score thresholds of the levels: `strong` from 0.8, `developing` from 0.6, `weak` below. */
export const MASTERY_THRESHOLDS = { strong: 0.8, developing: 0.6 } as const;

/** How well a seller (or a group) masters a topic, in plain words for a manager. */
export type MasteryLevel = z.infer<typeof MasteryLevelSchema>;

const HALF_LIFE_MS = MASTERY_HALF_LIFE_DAYS * 86_400_000;

/**
 * The weight left, in (0, 1], of evidence `elapsedMs` old. A negative age (a clock behind the
 * record) counts as 0 so evidence never grows above its face value.
 */
export function decayFactor(elapsedMs: number): number {
  return elapsedMs <= 0 ? 1 : 2 ** (-elapsedMs / HALF_LIFE_MS);
}

/** The score in [0, 1] of decayed sums: recency-weighted accuracy shrunk towards the prior. */
export function masteryScore(weightedCorrect: number, weight: number): number {
  const score = (weightedCorrect + MASTERY_PRIOR.score * MASTERY_PRIOR.weight) / (weight + MASTERY_PRIOR.weight);
  return Math.min(1, Math.max(0, score));
}

/** The level of a score backed by `evidence` (see {@link MASTERY_THRESHOLDS}, {@link MASTERY_MIN_EVIDENCE}). */
export function masteryLevel(score: number, evidence: number): MasteryLevel {
  if (evidence < MASTERY_MIN_EVIDENCE) return 'unknown';
  if (score >= MASTERY_THRESHOLDS.strong) return 'strong';
  return score >= MASTERY_THRESHOLDS.developing ? 'developing' : 'weak';
}
