import { answerCredit } from './answer-credit.js';
import type { Question } from './question.schema.js';
import type { AnswerResponse } from './answer-response.schema.js';
import type { Confidence, ConfidenceLevel, ScoringRules } from './scoring.schema.js';

/** What the scorer needs to know besides the question and the response. */
export interface AnswerContext {
  /** Time from when the question was shown to the answer, in ms; drives the speed bonus. */
  readonly elapsedMs: number;
  /** Number of fully correct answers in a row just before this one, in answer order. */
  readonly streakBefore: number;
  /** Declared confidence; ignored unless the rules have confidence marking. */
  readonly confidence?: Confidence;
}

/** The points of one answer and how they were made up. */
export interface AnswerScore {
  /** Share of the question earned, in [0, 1] (see `answerCredit`). */
  readonly credit: number;
  /** Whether the answer is fully correct (credit 1). */
  readonly correct: boolean;
  /** Total points, rounded to hundredths; may be negative with negative or confidence marking. */
  readonly points: number;
  /** Base points after partial credit, confidence and negative marking. */
  readonly base: number;
  /** Speed bonus earned. */
  readonly speedBonus: number;
  /** Streak bonus earned. */
  readonly streakBonus: number;
}

const neutral: ConfidenceLevel = { correct: 1, wrong: 0 };

/** Hundredths, so totals are summed as exact integers whatever the order. */
export function toCents(points: number): number {
  return Math.round(points * 100);
}

/** Points from hundredths, without a negative zero. */
export function fromCents(cents: number): number {
  return cents / 100 || 0;
}

/** Points a fully correct answer to `question` is worth before bonuses. */
export function basePoints(question: Question, rules: Pick<ScoringRules, 'points'>): number {
  return question.points ?? rules.points;
}

/** Seconds over which the speed bonus decays for `question`, or undefined when it has none. */
export function speedWindowSeconds(question: Question, rules: ScoringRules): number | undefined {
  return rules.speedBonus ? (question.timeLimitSeconds ?? rules.speedBonus.overSeconds) : undefined;
}

/** The multipliers that apply to an answer given with `confidence`. */
export function confidenceLevel(rules: ScoringRules, confidence: Confidence | undefined): ConfidenceLevel {
  return rules.confidence ? rules.confidence[confidence ?? 'unsure'] : neutral;
}

/** Streak bonus for a fully correct answer that follows `streakBefore` correct ones. */
export function streakBonusFor(rules: ScoringRules, streakBefore: number): number {
  return rules.streakBonus ? Math.min(rules.streakBonus.max, rules.streakBonus.pointsPerAnswer * streakBefore) : 0;
}

/**
 * Scores one answer; pure and deterministic.
 *
 * - A response with credit > 0 earns `points × credit × confidence.correct`; credit 0 loses
 *   `points × max(negativeMarking.penalty, confidence.wrong)`: a sure wrong answer never costs
 *   less than plain negative marking.
 * - The speed bonus is `speedBonus.points × credit`, decaying linearly to 0 at the question's time
 *   limit; the streak bonus goes to fully correct answers only.
 *
 * The result always lies within `questionBounds(question, rules)`.
 */
export function scoreAnswer(
  question: Question,
  response: AnswerResponse,
  rules: ScoringRules,
  context: AnswerContext,
): AnswerScore {
  const credit = answerCredit(question, response, rules);
  const correct = credit === 1;
  const points = basePoints(question, rules);
  const level = confidenceLevel(rules, context.confidence);
  const base =
    credit > 0 ? points * credit * level.correct : -points * Math.max(rules.negativeMarking?.penalty ?? 0, level.wrong);
  const window = speedWindowSeconds(question, rules);
  let speed = 0;
  if (rules.speedBonus && window !== undefined) {
    const remaining = Math.min(1, Math.max(0, 1 - Math.max(0, context.elapsedMs) / (window * 1000)));
    speed = rules.speedBonus.points * credit * remaining;
  }
  const streak = correct ? streakBonusFor(rules, Math.max(0, context.streakBefore)) : 0;
  const earnedCents = toCents(base + speed);
  const streakCents = toCents(streak);
  return {
    credit,
    correct,
    points: fromCents(earnedCents + streakCents),
    base: fromCents(toCents(base)),
    speedBonus: fromCents(earnedCents - toCents(base)),
    streakBonus: fromCents(streakCents),
  };
}
