import type { AttemptResultSchema, TopicTallySchema } from '../api/attempt-result.schema.js';
import type { z } from '../content/zod.js';
import { MindError } from '../errors/mind-error.js';
import type { Attempt } from './attempt.schema.js';
import type { Challenge } from './challenge.schema.js';
import type { Question } from './question.schema.js';
import { attemptBounds } from './score-bounds.js';

/** Per-topic counts of an attempt, for mastery (see {@link TopicTallySchema}). */
export type TopicTally = z.infer<typeof TopicTallySchema>;

/** The outcome of a finished or expired attempt (see {@link AttemptResultSchema}). */
export type AttemptResult = z.infer<typeof AttemptResultSchema>;

/**
 * Where an attempt stands at `now`: `not-started` when there is none, `expired` for one still
 * marked in progress whose deadline has passed.
 */
export function attemptStatus(
  attempt: Attempt | undefined,
  now: number,
): 'not-started' | 'in-progress' | 'finished' | 'expired' {
  if (!attempt) return 'not-started';
  if (attempt.status === 'in-progress' && now >= attempt.deadline) return 'expired';
  return attempt.status;
}

/**
 * Closes an in-progress attempt whose deadline has passed: it becomes `expired` at its deadline,
 * and what was answered in time still counts; unanswered questions earn 0 (never negative marks).
 * Any other attempt is returned unchanged.
 */
export function expireAttempt(attempt: Attempt, now: number): Attempt {
  if (attemptStatus(attempt, now) !== 'expired' || attempt.status !== 'in-progress') return attempt;
  return { ...attempt, status: 'expired', finishedAt: attempt.deadline };
}

function questionsOf(attempt: Attempt, challenge: Challenge): Question[] {
  const byId = new Map(challenge.questions.map((question) => [question.id, question]));
  return attempt.questionIds.flatMap((id) => byId.get(id) ?? []);
}

/** The result of a finished or expired attempt. */
export function attemptResult(
  attempt: Attempt & { status: 'finished' | 'expired' },
  challenge: Challenge,
): AttemptResult {
  const questions = questionsOf(attempt, challenge);
  const answers = new Map(attempt.answers.map((answer) => [answer.questionId, answer]));
  const topics: Record<string, { questions: number; answered: number; correct: number }> = {};
  for (const question of questions) {
    const answer = answers.get(question.id);
    for (const topic of new Set(question.topics)) {
      const tally = (topics[topic] ??= { questions: 0, answered: 0, correct: 0 });
      tally.questions++;
      if (answer) tally.answered++;
      if (answer?.correct) tally.correct++;
    }
  }
  const bounds = attemptBounds(questions, challenge.scoring);
  return {
    attemptId: attempt.id,
    status: attempt.status,
    total: attempt.score,
    min: bounds.min,
    max: bounds.max,
    questions: questions.length,
    answered: attempt.answers.length,
    correct: attempt.answers.filter((answer) => answer.correct).length,
    finishedAt: attempt.finishedAt ?? attempt.deadline,
    topics,
  };
}

/**
 * Finishes an attempt at `now`. Past the deadline, the attempt is expired instead (at its
 * deadline), keeping what was answered in time.
 *
 * @throws MindError `MIND_ATTEMPT_FINISHED` when the attempt is already finished or expired.
 */
export function finishAttempt(
  attempt: Attempt,
  challenge: Challenge,
  options: { readonly now: number },
): { attempt: Attempt; result: AttemptResult } {
  if (attempt.status !== 'in-progress') {
    throw new MindError('MIND_ATTEMPT_FINISHED', `Attempt "${attempt.id}" is already ${attempt.status}.`);
  }
  const closed =
    options.now >= attempt.deadline
      ? { ...attempt, status: 'expired' as const, finishedAt: attempt.deadline }
      : { ...attempt, status: 'finished' as const, finishedAt: options.now };
  return { attempt: closed, result: attemptResult(closed, challenge) };
}
