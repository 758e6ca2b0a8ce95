import type { AnswerResponse, Confidence, RedactedQuestion, Verdict } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import { answerView } from '../shared/questions/answer-view.js';
import { isComplete } from '../shared/questions/question-context.js';
import { resourceLink } from '../shared/questions/resource-link.js';
import type { FeedViewContext } from './feed-view-context.js';

/** The title a verdict shows and the live region speaks. */
export function verdictTitle(context: FeedViewContext, verdict: Verdict): string {
  const { localize } = context;
  if (verdict.correct) return localize.term('mindQuizCorrect');
  return localize.term(verdict.credit > 0 ? 'mindQuizPartlyCorrect' : 'mindQuizIncorrect');
}

function verdictView(context: FeedViewContext, verdict: Verdict): TemplateResult {
  const resources = verdict.resources.flatMap((id) => context.resource(id) ?? []);
  return html`<div
    part="verdict"
    class=${`verdict ${verdict.correct ? 'correct' : 'incorrect'}`}
    tabindex="-1"
    data-result=${`question:${verdict.questionId}`}
  >
    <p class="verdict-title">${verdictTitle(context, verdict)}</p>
    ${verdict.explanation ? html`<div class="explanation">${context.rich(verdict.explanation)}</div>` : nothing}
    ${
      resources.length > 0
        ? html`<p>${context.localize.term('mindQuizResources')}</p>
            <ul class="resources">
              ${resources.map((resource) => resourceLink(context, resource, verdict))}
            </ul>`
        : nothing
    }
  </div>`;
}

/**
 * One practice question inline: the prompt, the answer controls and an optional "sure / not sure",
 * then the verdict (no points: practice feeds mastery and spaced repetition only).
 */
export function practiceView(
  context: FeedViewContext,
  question: RedactedQuestion,
  nuggetId: string | undefined,
): TemplateResult {
  const { localize, controller } = context;
  const key = `question:${question.id}`;
  const promptId = `${question.id}-prompt`;
  const verdict = controller.verdicts.get(question.id);
  const state = controller.actions.get(key);
  const prompt = html`<div id=${promptId} class="prompt">${context.rich(question.prompt)}</div>`;
  if (verdict) return html`<div class="practice">${prompt}${verdictView(context, verdict)}</div>`;
  if (state === 'pending') {
    return html`<div class="practice">
      ${prompt}
      <p class="note pending" tabindex="-1" data-result=${key}>${localize.term('mindNuggetFeedAnswerPending')}</p>
    </div>`;
  }
  const draft =
    context.draft<AnswerResponse>(key) ??
    (question.kind === 'ordering'
      ? { kind: 'ordering' as const, itemIds: question.items.map((item) => item.id) }
      : undefined);
  const confidence = context.draft<Confidence>(`confidence:${question.id}`);
  const busy = state === 'busy';
  const submit = (event: Event) => {
    event.preventDefault();
    if (isComplete(draft) && !busy) context.practice(question.id, draft, confidence, nuggetId);
  };
  const sure = (value: Confidence) =>
    html`<label class="choice">
      <input
        type="radio"
        name=${`${question.id}-confidence`}
        .checked=${confidence === value}
        ?disabled=${busy}
        @change=${() => context.setDraft(`confidence:${question.id}`, value)}
      />
      <span>${localize.term(value === 'sure' ? 'mindQuizSure' : 'mindQuizNotSure')}</span>
    </label>`;
  return html`<form class="practice" @submit=${submit}>
    ${prompt}
    ${answerView(question, {
      question,
      draft,
      setDraft: (value) => context.setDraft(key, value),
      text: context.text,
      localize,
      labelledBy: promptId,
      disabled: busy,
      announce: context.announce,
      updated: context.updated,
    })}
    <fieldset class="confidence">
      <legend>${localize.term('mindQuizConfidence')}</legend>
      ${sure('sure')} ${sure('unsure')}
    </fieldset>
    ${state === 'failed' ? html`<p class="note error" role="alert">${localize.term('mindNuggetFeedFailed')}</p>` : nothing}
    <button class="primary" type="submit" ?disabled=${busy || !isComplete(draft)}>
      ${localize.term('mindQuizSubmit')}
    </button>
  </form>`;
}
