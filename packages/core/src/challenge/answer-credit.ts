import type { MultipleChoiceQuestion, Question } from './question.schema.js';
import type { AnswerResponse } from './answer-response.schema.js';
import type { ScoringRules } from './scoring.schema.js';

/**
 * Share of a multiple-choice question earned, in [0, 1], where C choices are correct and N − C
 * wrong, and the seller picked R of the right ones and W of the wrong ones:
 *
 * - `all-or-nothing`: 1 when exactly the correct choices are picked, else 0.
 * - `proportional`: R/C × (1 − W/(N − C)). Each wrong pick scales the credit down, so picking
 *   every choice earns 0 and guessing wildly never pays.
 * - `proportional-with-penalty`: max(0, R/C − W × `penaltyPerWrongPick`).
 *
 * Turning any one choice from wrongly decided to rightly decided never lowers the credit.
 */
export function multipleChoiceCredit(
  question: MultipleChoiceQuestion,
  picked: readonly string[],
  rules: Pick<ScoringRules, 'partialCredit' | 'penaltyPerWrongPick'>,
): number {
  const pickedSet = new Set(picked);
  const correctIds = question.choices.filter((choice) => choice.correct === true).map((choice) => choice.id);
  const total = question.choices.length;
  const correct = correctIds.length;
  const right = correctIds.filter((id) => pickedSet.has(id)).length;
  const wrong = pickedSet.size - right;
  switch (rules.partialCredit) {
    case 'all-or-nothing':
      return right === correct && wrong === 0 ? 1 : 0;
    case 'proportional':
      return (right / correct) * (total === correct ? 1 : 1 - wrong / (total - correct));
    case 'proportional-with-penalty':
      return Math.max(0, right / correct - wrong * rules.penaltyPerWrongPick);
  }
}

/**
 * Share of an ordering question earned, in [0, 1]. Partial credit (either proportional rule) is
 * Kendall-tau based: the share of item pairs placed in the right relative order, so one item
 * dragged one place too far costs little while a reversed list earns 0. `all-or-nothing` requires
 * the exact order.
 */
export function orderingCredit(
  authoredIds: readonly string[],
  answeredIds: readonly string[],
  partialCredit: ScoringRules['partialCredit'],
): number {
  const rank = new Map(authoredIds.map((id, index) => [id, index]));
  const positions = answeredIds.map((id) => rank.get(id) ?? 0);
  const pairs = (positions.length * (positions.length - 1)) / 2;
  let inversions = 0;
  for (let i = 0; i < positions.length; i++) {
    for (let j = i + 1; j < positions.length; j++) if (positions[i]! > positions[j]!) inversions++;
  }
  if (partialCredit === 'all-or-nothing' || pairs === 0) return inversions === 0 ? 1 : 0;
  return 1 - inversions / pairs;
}

/**
 * Share of a question earned by a response, in [0, 1]; 1 means fully correct. The response must
 * already be valid for the question (see `parseResponse`); a response of another kind earns 0.
 * Numeric answers are correct within `answer ± tolerance`, with a relative 1e-9 slack so that
 * `0.1 + 0.2` matches `0.3`.
 */
export function answerCredit(
  question: Question,
  response: AnswerResponse,
  rules: Pick<ScoringRules, 'partialCredit' | 'penaltyPerWrongPick'>,
): number {
  switch (question.kind) {
    case 'single': {
      if (response.kind !== 'single') return 0;
      const choice = question.choices.find((entry) => entry.id === response.choiceId);
      return choice?.correct === true ? 1 : 0;
    }
    case 'multiple':
      return response.kind === 'multiple' ? multipleChoiceCredit(question, response.choiceIds, rules) : 0;
    case 'true-false':
      return response.kind === 'true-false' && response.value === question.answer ? 1 : 0;
    case 'ordering':
      return response.kind === 'ordering'
        ? orderingCredit(
            question.items.map((item) => item.id),
            response.itemIds,
            rules.partialCredit,
          )
        : 0;
    case 'numeric': {
      if (response.kind !== 'numeric') return 0;
      const slack = 1e-9 * Math.max(1, Math.abs(question.answer));
      return Math.abs(response.value - question.answer) <= (question.tolerance ?? 0) + slack ? 1 : 0;
    }
  }
}
