import type { VerdictSchema } from '../api/verdict.schema.js';
import type { z } from '../content/zod.js';
import { MindError } from '../errors/mind-error.js';
import type { Attempt, AnsweredQuestion } from './attempt.schema.js';
import type { Challenge } from './challenge.schema.js';
import { windowBounds } from './challenge-window.schema.js';
import { displayOrder } from './display-order.js';
import { seededShuffle } from './seeded-shuffle.js';
import { parseResponse } from './parse-response.js';
import type { Question } from './question.schema.js';
import { fromCents, scoreAnswer, toCents } from './score-answer.js';
import { ConfidenceSchema, type Confidence } from './scoring.schema.js';
import { isTargeted, type TargetedSeller } from './targeting.schema.js';
import { verdictFor } from './verdict.js';

/** Options of {@link startAttempt}. */
export interface StartAttemptOptions {
  readonly attemptId: string;
  readonly sellerId: string;
  /** Version of the content pack the challenge comes from; the attempt keeps it. */
  readonly packVersion: string;
  /** Drives the question and choice order; use a fresh random string per attempt. */
  readonly seed: string;
  readonly now: number;
  /** This seller's earlier attempts at this challenge (others are ignored). */
  readonly previousAttempts: readonly Attempt[];
  /** The seller's tier, partner, region and role; when given, the challenge's targeting is checked. */
  readonly seller?: TargetedSeller;
}

/** What the seller learns right after answering (see {@link VerdictSchema}). */
export type Verdict = z.infer<typeof VerdictSchema>;

/**
 * Starts an attempt: checks the window and the attempts left, fixes the question and choice order
 * from the seed, and sets the deadline to `now + timeLimitSeconds`, never past the window's close.
 *
 * @throws MindError `MIND_FORBIDDEN` when `seller` is outside the targeting, `MIND_NOT_OPEN` before
 * the window, `MIND_CLOSED` after it, `MIND_CONFLICT` while another attempt is still running,
 * `MIND_ATTEMPTS_EXHAUSTED` when none is left.
 */
export function startAttempt(challenge: Challenge, options: StartAttemptOptions): Attempt {
  const { now } = options;
  if (options.seller && !isTargeted(challenge.targeting, options.seller)) {
    throw new MindError(
      'MIND_FORBIDDEN',
      `Challenge "${challenge.id}" is not targeted at seller "${options.sellerId}".`,
    );
  }
  const window = windowBounds(challenge.window);
  if (!window) throw new MindError('MIND_INVALID_CONTENT', `Challenge "${challenge.id}" has an invalid window.`);
  if (now < window.opensAt) {
    throw new MindError(
      'MIND_NOT_OPEN',
      `Challenge "${challenge.id}" opens at ${challenge.window.opensAt} (${challenge.window.timeZone}).`,
    );
  }
  if (now >= window.closesAt) {
    throw new MindError(
      'MIND_CLOSED',
      `Challenge "${challenge.id}" closed at ${challenge.window.closesAt} (${challenge.window.timeZone}).`,
    );
  }
  const previous = options.previousAttempts.filter(
    (attempt) => attempt.challengeId === challenge.id && attempt.sellerId === options.sellerId,
  );
  const running = previous.find((attempt) => attempt.status === 'in-progress' && now < attempt.deadline);
  if (running) {
    throw new MindError('MIND_CONFLICT', `Attempt "${running.id}" is still running; answer or finish it first.`);
  }
  if (previous.length >= challenge.attempts.max) {
    throw new MindError(
      'MIND_ATTEMPTS_EXHAUSTED',
      `All ${challenge.attempts.max} attempt(s) at challenge "${challenge.id}" are used.`,
    );
  }
  const authored = challenge.questions.map((question) => question.id);
  const choiceOrder: Record<string, string[]> = {};
  for (const question of challenge.questions) {
    const order = displayOrder(question, challenge, options.seed);
    if (order) choiceOrder[question.id] = order;
  }
  const limit = challenge.timeLimitSeconds;
  return {
    id: options.attemptId,
    challengeId: challenge.id,
    sellerId: options.sellerId,
    packVersion: options.packVersion,
    seed: options.seed,
    status: 'in-progress',
    startedAt: now,
    deadline: limit === undefined ? window.closesAt : Math.min(now + limit * 1000, window.closesAt),
    questionIds: challenge.shuffle.questions ? seededShuffle(authored, `${options.seed}:questions`) : authored,
    choiceOrder,
    shownAt: {},
    answers: [],
    score: 0,
  };
}

function questionOf(attempt: Attempt, challenge: Challenge, questionId: string): Question {
  const question = challenge.questions.find((entry) => entry.id === questionId);
  if (!attempt.questionIds.includes(questionId) || !question) {
    throw new MindError('MIND_NOT_IN_ATTEMPT', `Question "${questionId}" is not part of attempt "${attempt.id}".`, {
      path: ['questionId'],
    });
  }
  return question;
}

function assertRunning(attempt: Attempt, challenge: Challenge, now: number): void {
  if (attempt.challengeId !== challenge.id) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `Attempt "${attempt.id}" belongs to challenge "${attempt.challengeId}", not "${challenge.id}".`,
    );
  }
  if (attempt.status !== 'in-progress') {
    throw new MindError('MIND_ATTEMPT_FINISHED', `Attempt "${attempt.id}" is ${attempt.status}.`);
  }
  if (now >= attempt.deadline) {
    throw new MindError('MIND_DEADLINE_PASSED', `The deadline of attempt "${attempt.id}" has passed.`);
  }
}

/**
 * Records when a question is first shown: this reveals its text to the participant (see
 * `redactAttempt`) and starts its own time limit and speed bonus, so reading a question always
 * costs its own time. Showing it again keeps the first time, and so does showing an answered one.
 * A question answered without being shown counts as shown when the previous answer was given (or
 * the attempt started): its text was never sent, so nothing was read early.
 */
export function showQuestion(
  attempt: Attempt,
  challenge: Challenge,
  questionId: string,
  options: { readonly now: number },
): Attempt {
  assertRunning(attempt, challenge, options.now);
  questionOf(attempt, challenge, questionId);
  if (attempt.shownAt[questionId] !== undefined) return attempt;
  if (attempt.answers.some((answer) => answer.questionId === questionId)) return attempt;
  return { ...attempt, shownAt: { ...attempt.shownAt, [questionId]: options.now } };
}

function streakBefore(answers: readonly AnsweredQuestion[]): number {
  let streak = 0;
  for (let index = answers.length - 1; index >= 0 && answers[index]!.correct; index--) streak++;
  return streak;
}

/**
 * Scores a response and returns the new attempt (the input is not changed) with the verdict.
 * An answer after the question's own time limit is recorded as timed out, worth 0 points.
 *
 * @throws MindError `MIND_ATTEMPT_FINISHED`, `MIND_DEADLINE_PASSED` (attempt deadline),
 * `MIND_NOT_IN_ATTEMPT`, `MIND_ALREADY_ANSWERED`, or `MIND_INVALID_INPUT` for a response or
 * confidence that does not fit the question.
 */
export function answerQuestion(
  attempt: Attempt,
  challenge: Challenge,
  questionId: string,
  response: unknown,
  options: { readonly now: number; readonly confidence?: Confidence | undefined },
): { attempt: Attempt; verdict: Verdict } {
  const { now } = options;
  assertRunning(attempt, challenge, now);
  const question = questionOf(attempt, challenge, questionId);
  if (attempt.answers.some((answer) => answer.questionId === questionId)) {
    throw new MindError(
      'MIND_ALREADY_ANSWERED',
      `Question "${questionId}" is already answered in attempt "${attempt.id}".`,
    );
  }
  const parsed = parseResponse(question, response);
  if (options.confidence !== undefined && !ConfidenceSchema.safeParse(options.confidence).success) {
    throw new MindError('MIND_INVALID_INPUT', 'Invalid confidence: expected "sure" or "unsure".', {
      path: ['confidence'],
    });
  }
  const last = attempt.answers.at(-1);
  const shownAt = attempt.shownAt[questionId] ?? Math.max(attempt.startedAt, last?.answeredAt ?? attempt.startedAt);
  const elapsedMs = Math.max(0, now - shownAt);
  const timedOut = question.timeLimitSeconds !== undefined && elapsedMs > question.timeLimitSeconds * 1000;
  const score = scoreAnswer(question, parsed, challenge.scoring, {
    elapsedMs,
    streakBefore: streakBefore(attempt.answers),
    ...(options.confidence === undefined ? {} : { confidence: options.confidence }),
  });
  const answer: AnsweredQuestion = {
    questionId,
    response: parsed,
    ...(options.confidence === undefined ? {} : { confidence: options.confidence }),
    answeredAt: now,
    elapsedMs,
    timedOut,
    credit: timedOut ? 0 : score.credit,
    correct: timedOut ? false : score.correct,
    points: timedOut ? 0 : score.points,
  };
  const verdict = verdictFor(question, {
    questionId,
    correct: answer.correct,
    credit: answer.credit,
    points: answer.points,
    timedOut,
  });
  return {
    attempt: {
      ...attempt,
      answers: [...attempt.answers, answer],
      score: fromCents(toCents(attempt.score) + toCents(answer.points)),
    },
    verdict,
  };
}
