import type { RedactedQuestion } from '@mindshare/core';
import { html, type TemplateResult } from 'lit';
import type { QuestionContext } from './question-context.js';

/** True or false: a radio group of two. */
export function trueFalseQuestion(
  context: QuestionContext<Extract<RedactedQuestion, { kind: 'true-false' }>>,
): TemplateResult {
  const { question, draft, setDraft, localize, disabled } = context;
  const value = draft?.kind === 'true-false' ? draft.value : undefined;
  const option = (choice: boolean) => html`
    <label part="choice" class="choice">
      <input
        type="radio"
        name=${`${question.id}-value`}
        value=${String(choice)}
        .checked=${value === choice}
        ?disabled=${disabled}
        @change=${() => setDraft({ kind: 'true-false', value: choice })}
      />
      <span>${localize.term(choice ? 'mindQuizTrue' : 'mindQuizFalse')}</span>
    </label>
  `;
  return html`<fieldset class="answers" aria-labelledby=${context.labelledBy}>
    ${option(true)} ${option(false)}
  </fieldset>`;
}
