import type { RedactedQuestion } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionContext } from './question-context.js';

/** Reads a number as a seller types it: `12`, `-3.5`, `12,5` (decimal comma), `1 200`. */
export function parseNumber(raw: string): number | undefined {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(compact) ? Number(compact) : undefined;
}

/** A numeric answer: a decimal field with the question's unit beside it. */
export function numericQuestion(
  context: QuestionContext<Extract<RedactedQuestion, { kind: 'numeric' }>>,
): TemplateResult {
  const { question, setDraft, localize, disabled } = context;
  const id = `${question.id}-number`;
  const unitId = `${question.id}-unit`;
  const unit = question.unit ? context.text(question.unit) : undefined;
  const onInput = (event: Event) => {
    const value = parseNumber((event.target as HTMLInputElement).value);
    setDraft(value === undefined ? undefined : { kind: 'numeric', value });
  };
  return html`
    <div class="answers numeric">
      <label for=${id}>${localize.term('mindQuizNumberLabel')}</label>
      <span class="number-row">
        <input
          part="choice"
          id=${id}
          type="text"
          inputmode="decimal"
          autocomplete="off"
          aria-describedby=${unit ? unitId : nothing}
          ?disabled=${disabled}
          @input=${onInput}
        />
        ${unit ? html`<span id=${unitId} class="unit">${unit}</span>` : nothing}
      </span>
    </div>
  `;
}
