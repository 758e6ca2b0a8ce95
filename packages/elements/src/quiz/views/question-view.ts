import type { AnswerOutcome, AnswerResponse, Confidence, RedactedQuestion } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { answerView } from '../../shared/questions/answer-view.js';
import { isComplete } from '../../shared/questions/question-context.js';
import { formatClock, formatDuration } from '../../shared/timing/duration-format.js';
import type { QuestionClock } from '../question-clock.js';
import { resourceList } from './resource-list.js';
import type { QuizViewContext } from './view-context.js';

/** The answer being composed and the actions of the question view. */
export interface QuestionDraft {
  readonly draft: AnswerResponse | undefined;
  readonly setDraft: (draft: AnswerResponse | undefined) => void;
  readonly confidence: Confidence | undefined;
  /** Whether to offer the Sure / Not sure toggle (confidence-based marking). */
  readonly askConfidence: boolean;
  readonly setConfidence: (confidence: Confidence) => void;
  readonly announce: (message: string) => void;
  readonly updated: () => Promise<unknown>;
  readonly submit: () => void;
  readonly next: () => void;
  /** The countdown of the question's own time limit, when it has one. */
  readonly clock: Pick<QuestionClock, 'remainingMs' | 'expired'>;
}

/** The draft a question starts from: the shown order for ordering questions, nothing otherwise. */
export function initialDraft(question: RedactedQuestion | undefined): AnswerResponse | undefined {
  return question?.kind === 'ordering'
    ? { kind: 'ordering', itemIds: question.items.map((item) => item.id) }
    : undefined;
}

function confidenceView(context: QuizViewContext, question: RedactedQuestion, draft: QuestionDraft, disabled: boolean) {
  const { localize } = context;
  const option = (value: Confidence) => html`
    <label class="choice confidence-option">
      <input
        type="radio"
        name=${`${question.id}-confidence`}
        value=${value}
        .checked=${draft.confidence === value}
        ?disabled=${disabled}
        @change=${() => draft.setConfidence(value)}
      />
      <span>${localize.term(value === 'sure' ? 'mindQuizSure' : 'mindQuizNotSure')}</span>
    </label>
  `;
  return html`
    <fieldset class="confidence">
      <legend>${localize.term('mindQuizConfidence')}</legend>
      ${option('sure')} ${option('unsure')}
    </fieldset>
  `;
}

function verdictTitle(context: QuizViewContext, outcome: AnswerOutcome): string {
  const { localize } = context;
  if (outcome.status === 'pending') return localize.term('mindQuizSaved');
  if (outcome.timedOut) return localize.term('mindQuizTimedOut');
  if (outcome.correct) return localize.term('mindQuizCorrect');
  return localize.term(outcome.credit > 0 ? 'mindQuizPartlyCorrect' : 'mindQuizIncorrect');
}

/** The text the live region speaks for a verdict. */
export function verdictAnnouncement(context: QuizViewContext, outcome: AnswerOutcome): string {
  return outcome.status === 'pending'
    ? verdictTitle(context, outcome)
    : `${verdictTitle(context, outcome)}. ${context.points(outcome.points)}.`;
}

function verdictView(context: QuizViewContext, outcome: AnswerOutcome, draft: QuestionDraft): TemplateResult {
  const { localize, controller } = context;
  const scored = outcome.status === 'scored' ? outcome : undefined;
  const tone = !scored ? 'pending' : scored.correct ? 'correct' : 'incorrect';
  return html`
    <section part="verdict" class=${`verdict ${tone}`} tabindex="-1" aria-labelledby="verdict-title">
      <h3 id="verdict-title">${verdictTitle(context, outcome)}</h3>
      ${
        scored
          ? html`
              <p class="points">${context.points(scored.points)}</p>
              ${scored.explanation ? html`<div class="explanation">${context.rich(scored.explanation)}</div>` : nothing}
              ${resourceList(
                context,
                scored.resources.map((id) => ({ id, verdict: scored })),
                4,
              )}
            `
          : nothing
      }
      <button class="primary" type="button" ?disabled=${controller.busy} @click=${draft.next}>
        ${localize.term(controller.isLast ? 'mindQuizSeeResults' : 'mindQuizNext')}
      </button>
    </section>
  `;
}

/**
 * A timed question's limit, then its countdown once the engine revealed it, then that its time is
 * up (the answer still goes in, for no points). The countdown is a `timer`, which screen readers
 * leave silent: the quiz's live region speaks it at thresholds only.
 */
function questionTimer(
  context: QuizViewContext,
  question: RedactedQuestion,
  clock: QuestionDraft['clock'],
): TemplateResult | typeof nothing {
  const { localize } = context;
  if (question.timeLimitSeconds === undefined) return nothing;
  const limit = html`<span>
    ${localize.term('mindQuizQuestionTimeLimit', formatDuration(question.timeLimitSeconds, localize.lang()))}
  </span>`;
  if (clock.expired) {
    return html`<p part="question-timer" class="hint expired">${localize.term('mindQuizQuestionTimeUp')}</p>`;
  }
  const left = clock.remainingMs;
  return html`<p part="question-timer" class="hint">
    ${limit} ${left === undefined ? nothing : html`<span role="timer">${formatClock(left)}</span>`}
  </p>`;
}

/** A question (prompt, answers, confidence, submit) and, once answered, its verdict. */
export function questionView(context: QuizViewContext, draft: QuestionDraft): TemplateResult | typeof nothing {
  const { localize, controller } = context;
  const { question, attempt, state } = controller;
  if (!question || !attempt) return nothing;
  const outcome = state.view === 'verdict' ? state.outcome : undefined;
  const answered = outcome !== undefined;
  const questionContext = {
    question,
    draft: draft.draft,
    setDraft: draft.setDraft,
    text: context.text,
    localize,
    labelledBy: 'question-title question-prompt',
    disabled: answered || controller.busy,
    announce: draft.announce,
    updated: draft.updated,
    verdict: outcome?.status === 'scored' ? outcome : undefined,
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (!answered && isComplete(draft.draft)) draft.submit();
  };
  return html`
    <section part="question" class="question" aria-labelledby="question-title">
      <h2 id="question-title" tabindex="-1">
        ${localize.term('mindQuizQuestionOf', controller.index + 1, attempt.questionIds.length)}
      </h2>
      <div id="question-prompt" class="prompt">${context.rich(question.prompt)}</div>
      ${answered ? nothing : questionTimer(context, question, draft.clock)}
      <form @submit=${submit}>
        ${keyed(`${attempt.id}:${question.id}`, answerView(question, questionContext))}
        ${draft.askConfidence ? confidenceView(context, question, draft, answered || controller.busy) : nothing}
        ${
          answered
            ? nothing
            : html`<button class="primary" type="submit" ?disabled=${controller.busy || !isComplete(draft.draft)}>
                ${localize.term('mindQuizSubmit')}
              </button>`
        }
      </form>
    </section>
    ${outcome ? verdictView(context, outcome, draft) : nothing}
  `;
}
