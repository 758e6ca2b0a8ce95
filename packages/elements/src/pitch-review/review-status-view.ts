import { html, type TemplateResult } from 'lit';
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
      return html`<section class="status error" part="status" role="alert" aria-labelledby="error-title">
        <h2 id="error-title" tabindex="-1">${localize.term('mindErrorTitle')}</h2>
        <p>${t('mindPitchReviewError')}</p>
        <button class="primary" type="button" @click=${context.retry}>${localize.term('mindRetry')}</button>
      </section>`;
    default:
      return html`<p class="loading" part="status" role="status">${localize.term('mindLoading')}</p>`;
  }
}
