import type { Challenge } from './challenge.schema.js';
import type { Question } from './question.schema.js';
import { seededShuffle } from './seeded-shuffle.js';

/**
 * The order in which an attempt shows a question's choices or ordering items, or `undefined` for
 * kinds without options. Each question is shuffled from its own seed (`attempt seed:question id`),
 * so adding a question to a pack does not reshuffle the others.
 */
export function displayOrder(question: Question, challenge: Challenge, seed: string): string[] | undefined {
  const questionSeed = `${seed}:${question.id}`;
  if (question.kind === 'ordering') {
    const ids = question.items.map((item) => item.id);
    const shuffled = seededShuffle(ids, questionSeed);
    // Showing the authored order would give the answer away, so an unlucky identity is rotated.
    return shuffled.every((id, index) => id === ids[index]) ? [...ids.slice(1), ...ids.slice(0, 1)] : shuffled;
  }
  if (question.kind !== 'single' && question.kind !== 'multiple') return undefined;
  const ids = question.choices.map((choice) => choice.id);
  return challenge.shuffle.choices ? seededShuffle(ids, questionSeed) : ids;
}
