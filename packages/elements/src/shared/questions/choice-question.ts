import type { RedactedQuestion } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
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
  // Once marked: the right choices, and the seller's picks that were not among them.
  const right = context.verdict?.correctChoiceIds ? new Set(context.verdict.correctChoiceIds) : undefined;
  const mark = (choiceId: string) => {
    if (!right) return { part: 'choice', note: nothing };
    if (right.has(choiceId)) return { part: 'choice right', note: localize.term('mindQuizChoiceRight') };
    if (picked.has(choiceId)) return { part: 'choice wrong', note: localize.term('mindQuizChoiceWrong') };
    return { part: 'choice', note: nothing };
  };
  return html`
    <fieldset class="answers" aria-labelledby=${context.labelledBy} aria-describedby=${hint}>
      <p class="hint" id=${hint}>${localize.term(single ? 'mindQuizChooseOne' : 'mindQuizChooseSeveral')}</p>
      ${question.choices.map((choice) => {
        const { part, note } = mark(choice.id);
        return html`
          <label part=${part} class="choice">
            <input
              type=${single ? 'radio' : 'checkbox'}
              name=${`${question.id}-choice`}
              value=${choice.id}
              .checked=${picked.has(choice.id)}
              ?disabled=${disabled}
              @change=${(event: Event) => toggle(choice.id, (event.target as HTMLInputElement).checked)}
            />
            <span>${context.text(choice.label)}</span>
            ${note === nothing ? nothing : html`<span class="mark">${note}</span>`}
          </label>
        `;
      })}
    </fieldset>
  `;
}
