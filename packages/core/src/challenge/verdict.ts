import type { VerdictSchema } from '../api/verdict.schema.js';
import type { z } from '../content/zod.js';
import type { Question } from './question.schema.js';

type Verdict = z.infer<typeof VerdictSchema>;

/** How an answer was marked: what the engine scored, before the verdict adds what it reveals. */
export type Marking = Pick<Verdict, 'questionId' | 'correct' | 'credit' | 'points' | 'timedOut'>;

/**
 * The verdict of an answered question: its marking and what answering reveals — the explanation,
 * the resources and, for a choice question, which choices were right, so the seller sees their
 * wrong picks beside the right ones. Never built for a question not yet answered.
 */
export function verdictFor(question: Question, marking: Marking): Verdict {
  const rightChoices =
    question.kind === 'single' || question.kind === 'multiple'
      ? question.choices.filter((choice) => choice.correct === true).map((choice) => choice.id)
      : undefined;
  return {
    ...marking,
    explanation: question.explanation,
    resources: question.resources ?? [],
    ...(rightChoices === undefined ? {} : { correctChoiceIds: rightChoices }),
  };
}
