import type { AttemptViewSchema } from '../api/attempt-view.schema.js';
import type { z } from '../content/zod.js';
import type { Attempt } from './attempt.schema.js';
import type { Challenge } from './challenge.schema.js';
import type { Question } from './question.schema.js';
import type { RedactedOption, RedactedQuestion } from './redacted-question.schema.js';
import { basePoints } from './score-answer.js';
import type { ScoringRules } from './scoring.schema.js';
import type { Verdict } from './attempt.js';
import { attemptResult } from './attempt-result.js';
import { verdictFor } from './verdict.js';

function inOrder<T extends { readonly id: string }>(entries: readonly T[], order: readonly string[] | undefined): T[] {
  if (!order) return [...entries];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return order.flatMap((id) => byId.get(id) ?? []);
}

// Copies only the id and label: spreading the authored choice would carry `correct` along.
function option(entry: { readonly id: string; readonly label: RedactedOption['label'] }): RedactedOption {
  return { id: entry.id, label: entry.label };
}

/**
 * The participant's view of a question: no answer key and no explanation. `order` lists the
 * choice or item ids as the attempt shows them (see `Attempt.choiceOrder`). Ordering items given
 * no order are rotated by one, so the authored (correct) order is never what a participant gets.
 * `shownAt`, when the question was revealed in a running attempt, gives a timed question its
 * `answerBy`.
 */
export function redactQuestion(
  question: Question,
  rules: Pick<ScoringRules, 'points'>,
  order?: readonly string[],
  shownAt?: number,
): RedactedQuestion {
  const limit = question.timeLimitSeconds;
  const common = {
    id: question.id,
    prompt: question.prompt,
    topics: [...question.topics],
    points: basePoints(question, rules),
    ...(limit === undefined ? {} : { timeLimitSeconds: limit }),
    ...(limit === undefined || shownAt === undefined ? {} : { answerBy: shownAt + limit * 1000 }),
  };
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return { ...common, kind: question.kind, choices: inOrder(question.choices, order).map(option) };
    case 'true-false':
      return { ...common, kind: 'true-false' };
    case 'ordering': {
      const items = order
        ? inOrder(question.items, order)
        : [...question.items.slice(1), ...question.items.slice(0, 1)];
      return { ...common, kind: 'ordering', items: items.map(option) };
    }
    case 'numeric':
      return { ...common, kind: 'numeric', ...(question.unit === undefined ? {} : { unit: question.unit }) };
  }
}

/** An attempt as its participant sees it: redacted questions in order, verdicts of answered ones. */
export type AttemptView = z.infer<typeof AttemptViewSchema>;

/**
 * Whether the participant may see `questionId`'s text: once shown or answered, and every question
 * of a closed attempt (for its review).
 */
function isRevealed(attempt: Attempt, questionId: string): boolean {
  return (
    attempt.status !== 'in-progress' ||
    attempt.shownAt[questionId] !== undefined ||
    attempt.answers.some((answer) => answer.questionId === questionId)
  );
}

// A question's clock runs only while its attempt does, and only once it was shown.
function clockOf(attempt: Attempt, questionId: string): number | undefined {
  if (attempt.status !== 'in-progress') return undefined;
  if (attempt.answers.some((answer) => answer.questionId === questionId)) return undefined;
  return attempt.shownAt[questionId];
}

/**
 * The participant's view of an attempt: no answer keys, explanations only for answered questions,
 * and while it runs, the text of revealed questions only (see {@link isRevealed}).
 */
export function redactAttempt(attempt: Attempt, challenge: Challenge): AttemptView {
  const byId = new Map(challenge.questions.map((question) => [question.id, question]));
  const questionIds = attempt.questionIds.filter((id) => byId.has(id));
  const questions = questionIds.flatMap((id) =>
    isRevealed(attempt, id)
      ? [redactQuestion(byId.get(id)!, challenge.scoring, attempt.choiceOrder[id], clockOf(attempt, id))]
      : [],
  );
  const verdicts = attempt.answers.flatMap((answer): Verdict[] => {
    const question = byId.get(answer.questionId);
    if (!question) return [];
    return [
      verdictFor(question, {
        questionId: answer.questionId,
        correct: answer.correct,
        credit: answer.credit,
        points: answer.points,
        timedOut: answer.timedOut,
      }),
    ];
  });
  return {
    id: attempt.id,
    challengeId: attempt.challengeId,
    status: attempt.status,
    startedAt: attempt.startedAt,
    deadline: attempt.deadline,
    score: attempt.score,
    questionIds,
    questions,
    verdicts,
    ...(attempt.status === 'in-progress'
      ? {}
      : { result: attemptResult({ ...attempt, status: attempt.status }, challenge) }),
  };
}
