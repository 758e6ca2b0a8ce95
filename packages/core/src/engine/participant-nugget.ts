import { redactQuestion } from '../challenge/redact.js';
import type { RedactedQuestion } from '../challenge/redacted-question.schema.js';
import type { Question } from '../challenge/question.schema.js';
import { seededShuffle } from '../challenge/seeded-shuffle.js';
import type { MiniQuizNugget, Nugget } from '../nugget/nugget.schema.js';

/** A nugget as a seller receives it: a mini-quiz carries its questions without answer keys. */
export type ParticipantNugget =
  | Exclude<Nugget, MiniQuizNugget>
  | (Omit<MiniQuizNugget, 'questions'> & { readonly questions: readonly RedactedQuestion[] });

/** Points shown on practice questions: none, practice does not score for a leaderboard. */
const PRACTICE = { points: 0 } as const;

/**
 * The order a seller sees a practice question's choices or items in: shuffled from the seller and
 * question ids (stable across visits), and never the authored order of an ordering question,
 * which is its answer.
 */
function practiceOrder(question: Question, sellerId: string): string[] | undefined {
  const seed = `${sellerId}:${question.id}`;
  if (question.kind === 'ordering') {
    const ids = question.items.map((item) => item.id);
    const shuffled = seededShuffle(ids, seed);
    return shuffled.every((id, index) => id === ids[index]) ? [...ids.slice(1), ...ids.slice(0, 1)] : shuffled;
  }
  if (question.kind === 'single' || question.kind === 'multiple') {
    return seededShuffle(
      question.choices.map((choice) => choice.id),
      seed,
    );
  }
  return undefined;
}

/** A practice question (mini-quiz, or asked again) without its key, in the seller's own order. */
export function practiceQuestion(question: Question, sellerId: string): RedactedQuestion {
  return redactQuestion(question, PRACTICE, practiceOrder(question, sellerId));
}

/** Redacts what a seller must not see before answering (mini-quiz keys and explanations). */
export function participantNugget(nugget: Nugget, sellerId: string): ParticipantNugget {
  if (nugget.kind !== 'mini-quiz') return nugget;
  return { ...nugget, questions: nugget.questions.map((question) => practiceQuestion(question, sellerId)) };
}
