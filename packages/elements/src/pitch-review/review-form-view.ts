import type { PitchPrompt, RubricCriterion } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ReviewViewContext } from './review-view-context.js';

/** One criterion: its label, weight and share of the total, and a native radio group of levels. */
function criterionView(context: ReviewViewContext, criterion: RubricCriterion, totalWeight: number): TemplateResult {
  const { localize, draft } = context;
  const chosen = draft.scores.get(criterion.id);
  const missing = context.controller.problem === 'incomplete' && chosen === undefined;
  return html`<fieldset part="criterion" class=${missing ? 'missing' : ''} data-criterion=${criterion.id}>
    <legend>
      <span class="label">${context.text(criterion.label)}</span>
      <span class="weight"
        >${localize.term('mindPitchReviewWeight', criterion.weight, criterion.weight / totalWeight)}</span
      >
    </legend>
    <div class="levels">
      ${criterion.levels.map(
        (level) =>
          html`<label part="level">
            <input
              type="radio"
              name=${`criterion-${criterion.id}`}
              value=${level.score}
              .checked=${live(chosen === level.score)}
              @change=${() => {
                draft.score(criterion.id, level.score);
                context.changed();
              }}
            />
            <span class="score">${localize.term('mindPitchReviewLevel', level.score)}</span>
            <span class="descriptor">${context.text(level.descriptor)}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;
}

/** The running total: core's formula over what is scored so far, announced politely as it changes. */
function totalView(context: ReviewViewContext, prompt: PitchPrompt): TemplateResult {
  const { localize, draft } = context;
  const total = draft.total(prompt.rubric);
  const unscored = draft.missing(prompt.rubric).length;
  // The bar's width is set through the CSSOM (`.style`), which a strict CSP (no 'unsafe-inline' styles) allows.
  return html`<div part="total">
    <output aria-live="polite">
      <span class="total-label">${localize.term('mindPitchReviewTotal')}</span>
      <strong>${localize.term('mindPitchReviewOutOf', Math.round(total), 100)}</strong>
      ${unscored > 0 ? html`<span class="unscored">${localize.term('mindPitchReviewUnscored', unscored)}</span>` : nothing}
    </output>
    <span class="bar" aria-hidden="true"><span .style=${`inline-size: ${total}%`}></span></span>
  </div>`;
}

const PROBLEMS = {
  incomplete: 'mindPitchReviewIncomplete',
  'submit-failed': 'mindPitchReviewSubmitFailed',
  conflict: 'mindPitchReviewConflict',
} as const;

/** The coach's form: the rubric, overall feedback, the live total and submit. */
export function reviewFormView(context: ReviewViewContext, prompt: PitchPrompt): TemplateResult {
  const { localize, controller, draft } = context;
  const totalWeight = prompt.rubric.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const problem = controller.problem && controller.problem in PROBLEMS ? controller.problem : undefined;
  return html`<form
    part="rubric"
    aria-labelledby="rubric-title"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      context.submit();
    }}
  >
    <h3 id="rubric-title">${localize.term('mindPitchReviewRubric')}</h3>
    ${prompt.rubric.criteria.map((criterion) => criterionView(context, criterion, totalWeight))}
    <label class="field" for="feedback">${localize.term('mindPitchReviewFeedback')}</label>
    <p class="hint" id="feedback-hint">${localize.term('mindPitchReviewFeedbackHint')}</p>
    <textarea
      id="feedback"
      part="feedback"
      rows="4"
      maxlength="10000"
      aria-describedby="feedback-hint"
      .value=${live(draft.feedback)}
      @input=${(event: Event) => (draft.feedback = (event.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${totalView(context, prompt)}
    <div class="actions">
      <button class="primary" type="submit" part="submit" ?disabled=${controller.busy === 'submit'}>
        ${controller.busy === 'submit' ? localize.term('mindPitchReviewSubmitting') : localize.term('mindPitchReviewSubmit')}
      </button>
    </div>
    <p class="problem" role="alert">
      ${
        controller.problem === 'held'
          ? localize.term('mindPitchReviewHeld', controller.holder ?? '')
          : problem
            ? localize.term(PROBLEMS[problem as keyof typeof PROBLEMS])
            : nothing
      }
    </p>
  </form>`;
}
