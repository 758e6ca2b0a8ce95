import type { Attempt } from './attempt.schema.js';
import type { CountedAttemptRule } from './challenge.schema.js';

/** The score that represents a seller on a challenge, and the attempt it comes from. */
export interface CountedScore {
  readonly attemptId: string;
  readonly score: number;
  /** When that attempt ended; leaderboards break ties by earlier completion. */
  readonly finishedAt: number;
}

/**
 * Which attempt counts. Only closed attempts (finished or expired) are considered; run
 * `expireAttempt` first on attempts past their deadline.
 *
 * - `best`: the highest score; among equal scores the one finished first, so retaking a challenge
 *   to tie one's own score does not move a seller down a tie.
 * - `last`: the attempt finished last, whatever its score.
 *
 * Returns `undefined` when no attempt is closed.
 */
export function countedScore(attempts: readonly Attempt[], rule: CountedAttemptRule): CountedScore | undefined {
  let chosen: CountedScore | undefined;
  for (const attempt of attempts) {
    if (attempt.status === 'in-progress') continue;
    const candidate = {
      attemptId: attempt.id,
      score: attempt.score,
      finishedAt: attempt.finishedAt ?? attempt.deadline,
    };
    // Ties fall back to the attempt id so the choice never depends on the input order.
    const better =
      chosen === undefined ||
      (rule === 'best'
        ? candidate.score > chosen.score ||
          (candidate.score === chosen.score &&
            (candidate.finishedAt < chosen.finishedAt ||
              (candidate.finishedAt === chosen.finishedAt && candidate.attemptId < chosen.attemptId)))
        : candidate.finishedAt > chosen.finishedAt ||
          (candidate.finishedAt === chosen.finishedAt && candidate.attemptId > chosen.attemptId));
    if (better) chosen = candidate;
  }
  return chosen;
}
