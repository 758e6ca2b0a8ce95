import { redactQuestion } from '../challenge/redact.js';
import type { RedactedQuestion } from '../challenge/redacted-question.schema.js';
import type { MiniQuizNugget, Nugget } from '../nugget/nugget.schema.js';

/** A nugget as a seller receives it: a mini-quiz carries its questions without answer keys. */
export type ParticipantNugget =
  | Exclude<Nugget, MiniQuizNugget>
  | (Omit<MiniQuizNugget, 'questions'> & { readonly questions: readonly RedactedQuestion[] });

/** Points shown on practice questions: none, practice does not score for a leaderboard. */
const PRACTICE = { points: 0 } as const;

/** Redacts what a seller must not see before answering (mini-quiz keys and explanations). */
export function participantNugget(nugget: Nugget): ParticipantNugget {
  if (nugget.kind !== 'mini-quiz') return nugget;
  return { ...nugget, questions: nugget.questions.map((question) => redactQuestion(question, PRACTICE)) };
}
