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

/** The views without a recording to review: loading, a seller's page, not found, not submitted, error. */
export function reviewStatusView(
  context: ReviewViewContext,
  view: Exclude<ReviewView, 'review' | 'reviewed'>,
): TemplateResult {
  const { t, localize } = context;
  switch (view) {
    case 'forbidden':
      return message('forbidden', t('mindPitchReviewForbiddenTitle'), t('mindPitchReviewForbidden'));
    case 'not-found':
      return message('not-found', t('mindPitchReviewNotFoundTitle'), t('mindPitchReviewNotFound'));
    case 'not-submitted':
      return message('not-submitted', t('mindPitchReviewNotSubmittedTitle'), t('mindPitchReviewNotSubmitted'));
    case 'error':
      return errorView(localize, context.controller.error, {
        fallback: t('mindPitchReviewError'),
        retry: context.retry,
        part: 'status',
        focusable: true,
      });
    default:
      return html`<p class="loading" part="status" role="status">${localize.term('mindLoading')}</p>`;
  }
}
