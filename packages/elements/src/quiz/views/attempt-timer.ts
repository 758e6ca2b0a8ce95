import { html, nothing, type TemplateResult } from 'lit';
import { formatClock } from '../../shared/timing/duration-format.js';
import type { QuizViewContext } from './view-context.js';

/**
 * The countdown of a timed attempt (part `timer`). An attempt without a time limit runs until the
 * window closes, weeks away: a countdown of hundreds of hours says less than the closing date.
 */
export function attemptTimer(
  context: QuizViewContext,
  remainingMs: number | undefined,
): TemplateResult | typeof nothing {
  if (remainingMs === undefined) return nothing;
  const { localize } = context;
  const { attempt, listing } = context.controller;
  if (attempt && listing && listing.timeLimitSeconds === undefined) {
    return html`<p part="timer" class="timer">
      ${localize.term('mindQuizClosesAt', context.dateTime(attempt.deadline))}
    </p>`;
  }
  return html`<p part="timer" class="timer">
    <span>${localize.term('mindQuizTimer')}</span>
    <span role="timer">${formatClock(remainingMs)}</span>
  </p>`;
}
