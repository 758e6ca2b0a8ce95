import type { FinishedAttempt } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import { resourceList } from './resource-list.js';
import type { QuizViewContext } from './view-context.js';

function rankMove(context: QuizViewContext, result: FinishedAttempt): string | undefined {
  const { localize } = context;
  if (result.rank === undefined) return undefined;
  if (result.previousRank === undefined) return localize.term('mindQuizRankNew');
  const move = result.previousRank - result.rank;
  if (move > 0) return localize.term('mindQuizRankUp', move);
  if (move < 0) return localize.term('mindQuizRankDown', -move);
  return localize.term('mindQuizRankSame');
}

/** Topics with a wrong or missing answer, and the resources of their questions' verdicts. */
function weakTopics(context: QuizViewContext, result: FinishedAttempt): TemplateResult | typeof nothing {
  const { controller, localize } = context;
  const weak = Object.entries(result.topics).filter(([, tally]) => tally.correct < tally.questions);
  if (weak.length === 0) return nothing;
  const questions = controller.questions;
  return html`
    <h3>${localize.term('mindQuizWeakTopics')}</h3>
    <ul class="topics">
      ${weak.map(([topic, tally]) => {
        const entries = questions
          .filter((question) => question.topics.includes(topic))
          .flatMap((question) => {
            const verdict = controller.verdicts.get(question.id);
            return verdict && !verdict.correct ? verdict.resources.map((id) => ({ id, verdict })) : [];
          });
        return html`<li>
          ${localize.term('mindQuizTopicTally', context.topic(topic), tally.correct, tally.questions)}
          ${resourceList(context, entries, 4)}
        </li>`;
      })}
    </ul>
  `;
}

function retry(context: QuizViewContext, start: () => void): TemplateResult | typeof nothing {
  const { controller, localize } = context;
  return controller.attemptsLeft > 0
    ? html`<button class="primary" type="button" ?disabled=${controller.busy} @click=${start}>
        ${localize.term('mindQuizRetry')}
      </button>`
    : html`<p class="notice">${localize.term('mindQuizNoAttemptsLeft')}</p>`;
}

function summary(context: QuizViewContext, result: FinishedAttempt): TemplateResult {
  const { localize } = context;
  const move = rankMove(context, result);
  return html`
    <p class="score">${localize.term('mindQuizScore', localize.number(result.total), localize.number(result.max))}</p>
    <p>${localize.term('mindQuizCorrectCount', result.correct, result.questions)}</p>
    ${
      result.rank === undefined
        ? nothing
        : html`<p class="rank">${localize.term('mindQuizRank', result.rank)}${move ? html` · ${move}` : nothing}</p>`
    }
    ${result.counted ? nothing : html`<p>${localize.term('mindQuizNotCounted')}</p>`} ${weakTopics(context, result)}
  `;
}

/** The results of a finished attempt: score, rank and its move, weak topics, retry. */
export function resultsView(context: QuizViewContext, result: FinishedAttempt, start: () => void): TemplateResult {
  return html`
    <section part="results" class="results" aria-labelledby="results-title">
      <h2 id="results-title" tabindex="-1">${context.localize.term('mindQuizResults')}</h2>
      ${summary(context, result)}
      <slot name="results"></slot>
      ${retry(context, start)}
    </section>
  `;
}

/** The deadline passed: what was answered in time still counts. */
export function deadlineView(
  context: QuizViewContext,
  result: FinishedAttempt | undefined,
  start: () => void,
): TemplateResult {
  const { localize } = context;
  return html`
    <section part="results" class="results deadline" role="alert" aria-labelledby="deadline-title">
      <h2 id="deadline-title" tabindex="-1">${localize.term('mindQuizDeadlineTitle')}</h2>
      <p>${localize.term('mindQuizDeadline')}</p>
      ${result ? summary(context, result) : nothing} ${retry(context, start)}
    </section>
  `;
}
