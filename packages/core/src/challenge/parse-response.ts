import { MindError } from '../errors/mind-error.js';
import type { Question } from './question.schema.js';
import { AnswerResponseSchema, type AnswerResponse } from './answer-response.schema.js';

const expectedShapes: Record<Question['kind'], string> = {
  single: '{ kind: "single", choiceId: "<one choice id>" }',
  multiple: '{ kind: "multiple", choiceIds: ["<choice id>", …] }',
  'true-false': '{ kind: "true-false", value: true | false }',
  ordering: '{ kind: "ordering", itemIds: [<every item id once, first to last>] }',
  numeric: '{ kind: "numeric", value: <finite number> }',
};

function invalid(question: Question, detail: string): MindError {
  return new MindError(
    'MIND_INVALID_INPUT',
    `Invalid response to ${question.kind} question "${question.id}": ${detail}; expected ${expectedShapes[question.kind]}.`,
    { path: ['response'] },
  );
}

function unknownIds(ids: readonly string[], known: readonly { readonly id: string }[]): string[] {
  const allowed = new Set(known.map((entry) => entry.id));
  return ids.filter((id) => !allowed.has(id));
}

/**
 * Validates an untrusted response against the question it answers: the right kind and shape, ids
 * that belong to the question, no repeated choice, every ordering item exactly once.
 *
 * @throws MindError `MIND_INVALID_INPUT` naming the expected shape.
 */
export function parseResponse(question: Question, input: unknown): AnswerResponse {
  const parsed = AnswerResponseSchema.safeParse(input);
  if (!parsed.success) throw invalid(question, 'malformed response');
  const response = parsed.data;
  if (response.kind !== question.kind) throw invalid(question, `got a "${response.kind}" response`);
  switch (response.kind) {
    case 'single': {
      const choices = question.kind === 'single' ? question.choices : [];
      if (unknownIds([response.choiceId], choices).length > 0) {
        throw invalid(question, `"${response.choiceId}" is not one of its choices`);
      }
      break;
    }
    case 'multiple': {
      const choices = question.kind === 'multiple' ? question.choices : [];
      const unknown = unknownIds(response.choiceIds, choices);
      if (unknown.length > 0) throw invalid(question, `${JSON.stringify(unknown)} are not among its choices`);
      if (new Set(response.choiceIds).size !== response.choiceIds.length) {
        throw invalid(question, 'a choice is picked twice');
      }
      break;
    }
    case 'ordering': {
      const items = question.kind === 'ordering' ? question.items : [];
      const complete =
        response.itemIds.length === items.length &&
        new Set(response.itemIds).size === items.length &&
        unknownIds(response.itemIds, items).length === 0;
      if (!complete) throw invalid(question, 'the item ids are not each of its items exactly once');
      break;
    }
    case 'true-false':
    case 'numeric':
      break;
  }
  return response;
}
