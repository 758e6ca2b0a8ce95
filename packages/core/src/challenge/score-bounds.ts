import type { Question } from './question.schema.js';
import { basePoints, fromCents, speedWindowSeconds, streakBonusFor, toCents } from './score-answer.js';
import type { ScoringRules } from './scoring.schema.js';

/** The lowest and highest points something can score. */
export interface ScoreBounds {
  readonly min: number;
  readonly max: number;
}

function largestLoss(rules: ScoringRules): number {
  const confidenceLoss = rules.confidence ? Math.max(rules.confidence.sure.wrong, rules.confidence.unsure.wrong) : 0;
  return Math.max(rules.negativeMarking?.penalty ?? 0, confidenceLoss);
}

function largestMultiplier(rules: ScoringRules): number {
  return rules.confidence ? Math.max(rules.confidence.sure.correct, rules.confidence.unsure.correct) : 1;
}

// Mirrors scoreAnswer's arithmetic with every factor at its extreme, so rounding cannot push a
// score past its bound.
function cents(question: Question, rules: ScoringRules): { min: number; maxBeforeStreak: number } {
  const points = basePoints(question, rules);
  const speed = rules.speedBonus && speedWindowSeconds(question, rules) !== undefined ? rules.speedBonus.points : 0;
  return {
    min: Math.min(0, toCents(-points * largestLoss(rules))),
    maxBeforeStreak: toCents(points * 1 * largestMultiplier(rules) + speed),
  };
}

/**
 * Bounds of one answer to `question`: `min ≤ scoreAnswer(…).points ≤ max` for every response,
 * confidence, timing and streak. `max` counts the full streak cap, which only a question answered
 * late in a run can reach; {@link attemptBounds} is exact for a whole attempt.
 */
export function questionBounds(question: Question, rules: ScoringRules): ScoreBounds {
  const { min, maxBeforeStreak } = cents(question, rules);
  const streakCap = rules.streakBonus ? toCents(rules.streakBonus.max) : 0;
  return { min: fromCents(min), max: fromCents(maxBeforeStreak + streakCap) };
}

/**
 * Bounds of an attempt's total over `questions`: the lowest is every answer wrong at the largest
 * loss; the highest is every answer right at once with the largest multiplier, the i-th answer
 * (from 0) earning the streak bonus for i correct answers before it.
 */
export function attemptBounds(questions: readonly Question[], rules: ScoringRules): ScoreBounds {
  let min = 0;
  let max = 0;
  questions.forEach((question, index) => {
    const bounds = cents(question, rules);
    min += bounds.min;
    max += bounds.maxBeforeStreak + toCents(streakBonusFor(rules, index));
  });
  return { min: fromCents(min), max: fromCents(max) };
}
