import { isMindError } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import { errorView } from '../../shared/errors/error-view.js';
import type { QuizViewContext } from './view-context.js';

function message(id: string, title: string, body: TemplateResult | string, action?: TemplateResult) {
  return html`
    <section class=${`status ${id}`} aria-labelledby=${`${id}-title`}>
      <h2 id=${`${id}-title`} tabindex="-1">${title}</h2>
      <p>${body}</p>
      ${action ?? nothing}
    </section>
  `;
}

/** The views without an attempt: loading, not open yet, closed, not targeted, pending, refused, error. */
export function statusView(context: QuizViewContext): TemplateResult | typeof nothing {
  const { localize, controller } = context;
  const { state, listing } = controller;
  const title = listing ? html`<p class="challenge-name">${context.text(listing.title)}</p>` : nothing;
  switch (state.view) {
    case 'loading':
      return html`<p class="loading" role="status">${localize.term('mindLoading')}</p>`;
    case 'upcoming':
    case 'closed': {
      // The challenge's name, and when it opens or when it closed.
      // The keys written out whole, so a search for a term finds where it is shown.
      const [titleKey, textKey, at] =
        state.view === 'upcoming'
          ? (['mindQuizUpcomingTitle', 'mindQuizUpcoming', listing?.opensAt] as const)
          : (['mindQuizClosedTitle', 'mindQuizClosed', listing?.closesAt] as const);
      return html`${title}${message(
        state.view,
        localize.term(titleKey),
        localize.term(textKey, context.dateTime(at ?? 0)),
      )}`;
    }
    case 'not-targeted':
      return message('not-targeted', localize.term('mindQuizNotTargetedTitle'), localize.term('mindQuizNotTargeted'));
    case 'pending':
      return message('pending', localize.term('mindQuizPendingTitle'), localize.term('mindQuizPending'));
    case 'refused':
      return message('refused', localize.term('mindQuizRefusedTitle'), localize.term('mindQuizRefused'));
    case 'error':
      return errorView(localize, state.error, {
        retry: () => void state.retry(),
        focusable: true,
        challengeId: controller.challengeId,
        retrying: true,
        // The answer that met an out-of-date page waits in this tab for the reload.
        ...(isMindError(state.error, 'MIND_STALE') && controller.answerKept
          ? { advice: localize.term('mindQuizStaleAnswerKept') }
          : {}),
      });
    default:
      return nothing;
  }
}
