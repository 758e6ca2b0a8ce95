import type { RedactedQuestion } from '@mindshare/core';
import { html, type TemplateResult } from 'lit';
import type { QuestionContext } from './question-context.js';

type ChoiceQuestion = Extract<RedactedQuestion, { kind: 'single' | 'multiple' }>;

/** Single choice (a radio group) or multiple choice (checkboxes). */
export function choiceQuestion(context: QuestionContext<ChoiceQuestion>): TemplateResult {
  const { question, draft, setDraft, localize, disabled } = context;
  const single = question.kind === 'single';
  const picked = new Set(
    draft?.kind === 'single' ? [draft.choiceId] : draft?.kind === 'multiple' ? draft.choiceIds : [],
  );
  const toggle = (choiceId: string, checked: boolean) => {
    if (single) return setDraft({ kind: 'single', choiceId });
    const ids = question.choices.map((choice) => choice.id);
    const next = ids.filter((id) => (id === choiceId ? checked : picked.has(id)));
    setDraft({ kind: 'multiple', choiceIds: next });
  };
  const hint = `${question.id}-hint`;
  return html`
    <fieldset class="answers" aria-labelledby=${context.labelledBy} aria-describedby=${hint}>
      <p class="hint" id=${hint}>${localize.term(single ? 'mindQuizChooseOne' : 'mindQuizChooseSeveral')}</p>
      ${question.choices.map(
        (choice) => html`
          <label part="choice" class="choice">
            <input
              type=${single ? 'radio' : 'checkbox'}
              name=${`${question.id}-choice`}
              value=${choice.id}
              .checked=${picked.has(choice.id)}
              ?disabled=${disabled}
              @change=${(event: Event) => toggle(choice.id, (event.target as HTMLInputElement).checked)}
            />
            <span>${context.text(choice.label)}</span>
          </label>
        `,
      )}
    </fieldset>
  `;
}
