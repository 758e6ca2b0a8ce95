import type { Challenge } from './challenge.schema.js';
import { windowBounds } from './challenge-window.schema.js';
import { attemptBounds } from './score-bounds.js';

/**
 * What a participant may know of a challenge before starting it: no questions at all. Times are
 * epoch ms (`undefined` only for an invalid window, which a parsed challenge never has).
 */
export interface ChallengeSummary {
  readonly id: string;
  readonly title: Challenge['title'];
  readonly description: Challenge['description'];
  readonly opensAt: number | undefined;
  readonly closesAt: number | undefined;
  readonly timeZone: string;
  readonly attempts: Challenge['attempts'];
  readonly timeLimitSeconds: number | undefined;
  readonly questionCount: number;
  /** Highest total an attempt can score. */
  readonly maxScore: number;
  readonly rewards: Challenge['rewards'];
}

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
