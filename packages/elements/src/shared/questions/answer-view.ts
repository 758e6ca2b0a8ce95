import type { RedactedQuestion } from '@mindshare/core';
import type { TemplateResult } from 'lit';
import { choiceQuestion } from './choice-question.js';
import { numericQuestion } from './numeric-question.js';
import { orderingQuestion } from './ordering-question.js';
import type { QuestionContext } from './question-context.js';
import { trueFalseQuestion } from './true-false-question.js';

/** A question's answer controls by kind: shared by the quiz and the feed, so a question looks the same everywhere. */
export function answerView(
  question: RedactedQuestion,
  context: QuestionContext & { readonly updated: () => Promise<unknown> },
): TemplateResult {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return choiceQuestion({ ...context, question });
    case 'true-false':
      return trueFalseQuestion({ ...context, question });
    case 'ordering':
      return orderingQuestion({ ...context, question });
    case 'numeric':
      return numericQuestion({ ...context, question });
  }
}
