import { html, type TemplateResult } from 'lit';
import { errorView } from '../shared/errors/error-view.js';
import type { ReviewView } from './review-controller.js';
import type { ReviewViewContext } from './review-view-context.js';

function message(id: string, title: string, body: string): TemplateResult {
  return html`<section class=${`status ${id}`} part="status" aria-labelledby=${`${id}-title`}>
    <h2 id=${`${id}-title`} tabindex="-1">${title}</h2>
    <p>${body}</p>
  </section>`;
}

/**
 * The views without a recording to review: loading, none chosen, a seller's page, not found (by
 * `recordingId`), not submitted, error.
 */
export function reviewStatusView(
  context: ReviewViewContext,
  view: Exclude<ReviewView, 'review' | 'reviewed'>,
  recordingId: string,
): TemplateResult {
  const { localize } = context;
  switch (view) {
    case 'forbidden':
      return message(
        'forbidden',
        localize.term('mindPitchReviewForbiddenTitle'),
        localize.term('mindPitchReviewForbidden'),
      );
    case 'no-recording':
      return message('no-recording', localize.term('mindPitchReviewNoneTitle'), localize.term('mindPitchReviewNone'));
    case 'not-found':
      return message(
        'not-found',
        localize.term('mindPitchReviewNotFoundTitle'),
        localize.term('mindPitchReviewNotFound', recordingId),
      );
    case 'not-submitted':
      return message(
        'not-submitted',
        localize.term('mindPitchReviewNotSubmittedTitle'),
        localize.term('mindPitchReviewNotSubmitted'),
      );
    case 'error':
      return errorView(localize, context.controller.error, {
        fallback: localize.term('mindPitchReviewError'),
        retry: context.retry,
        part: 'status',
        focusable: true,
      });
    default:
      return html`<p class="loading" part="status" role="status">${localize.term('mindLoading')}</p>`;
  }
}
