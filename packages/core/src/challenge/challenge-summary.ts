import type { ChallengeSummarySchema } from '../api/challenge-summary.schema.js';
import type { z } from '../content/zod.js';
import type { Challenge } from './challenge.schema.js';
import { windowBounds } from './challenge-window.schema.js';
import { attemptBounds } from './score-bounds.js';

/**
 * What a participant may know of a challenge before starting it: no questions at all (see
 * {@link ChallengeSummarySchema}).
 */
export type ChallengeSummary = z.infer<typeof ChallengeSummarySchema>;

/** The participant's view of a challenge for listings (see {@link ChallengeSummary}). */
export function challengeSummary(challenge: Challenge): ChallengeSummary {
  const bounds = windowBounds(challenge.window);
  return {
    id: challenge.id,
    title: challenge.title,
    description: challenge.description,
    opensAt: bounds?.opensAt,
    closesAt: bounds?.closesAt,
    timeZone: challenge.window.timeZone,
    attempts: challenge.attempts,
    timeLimitSeconds: challenge.timeLimitSeconds,
    questionCount: challenge.questions.length,
    maxScore: attemptBounds(challenge.questions, challenge.scoring).max,
    rewards: challenge.rewards,
  };
}
