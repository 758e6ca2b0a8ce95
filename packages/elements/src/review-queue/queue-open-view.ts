import { html, nothing, type TemplateResult } from 'lit';
import { errorView } from '../shared/errors/error-view.js';
import type { OpenedState } from './opened-review.js';
import type { QueueViewContext } from './queue-view-context.js';

function backButton(context: QueueViewContext, primary = false): TemplateResult {
  return html`<button type="button" part="back" class=${primary ? 'primary back' : 'back'} @click=${context.back}>
    <span class="back-arrow" aria-hidden="true">←</span> ${context.localize.term('mindReviewQueueBack')}
  </button>`;
}

/**
 * The pitch the coach opened: "Back to queue" above `<mind-pitch-review>` (defined lazily by the
 * element), or why it did not open — another coach holds it (take over or go back), it is no
 * longer waiting, or the claim failed (try again).
 */
export function queueOpenView(context: QueueViewContext, state: OpenedState): TemplateResult {
  const { localize } = context;
  const { entry } = state;
  switch (state.step) {
    case 'claiming':
      return html`${backButton(context)}
        <p class="loading" role="status">${localize.term('mindReviewQueueClaiming')}</p>`;
    case 'open':
      return html`<div class="open-bar">
          ${backButton(context)}
          <p class="visually-hidden" role="status">${localize.term('mindReviewQueueOpened', entry.sellerName)}</p>
        </div>
        ${
          state.lostTo === undefined
            ? nothing
            : html`<p class="lost" role="alert">${localize.term('mindReviewQueueLost', state.lostTo)}</p>`
        }
        <mind-pitch-review
          recording=${entry.id}
          .api=${context.api}
          @mind-review-submit=${context.reviewed}
        ></mind-pitch-review>`;
    case 'held': {
      const { holder } = state;
      return html`<section class="status held" role="alert" aria-labelledby="held-title">
        <h2 id="held-title" tabindex="-1" data-focus>${localize.term('mindReviewQueueHeldTitle', holder)}</h2>
        <p>${localize.term('mindReviewQueueHeld', holder)}</p>
        <div class="actions">
          ${backButton(context, true)}
          <button type="button" part="take-over" @click=${() => context.open(entry, true)}>
            ${localize.term('mindReviewQueueTakeOver', holder)}
          </button>
        </div>
      </section>`;
    }
    case 'gone':
      return html`<section class="status" role="alert" aria-labelledby="gone-title">
        <h2 id="gone-title" tabindex="-1" data-focus>${localize.term('mindReviewQueueGoneTitle')}</h2>
        <p>${localize.term('mindReviewQueueGone')}</p>
        ${backButton(context, true)}
      </section>`;
    case 'failed':
      return html`${backButton(context)}
      ${errorView(localize, state.error, {
        fallback: localize.term('mindReviewQueueClaimFailed'),
        retry: () => context.open(entry),
        focusable: true,
      })}`;
  }
}
