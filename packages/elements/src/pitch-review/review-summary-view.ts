import type { PitchPrompt, RecordingEntry, Review } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import { reviewScores } from '../shared/review/review-scores.js';
import type { ReviewViewContext } from './review-view-context.js';

/** The publish control: enabled only with the seller's consent, and saying why otherwise. */
function publishView(context: ReviewViewContext, entry: RecordingEntry): TemplateResult {
  const { localize, controller } = context;
  if (entry.published) {
    return html`<p part="publish" class="published">
      ${localize.term('mindPitchReviewPublished', context.date(entry.publishedAt ?? 0))}
    </p>`;
  }
  const consent = entry.consent.gallery;
  const problem =
    controller.problem === 'no-consent'
      ? localize.term('mindPitchReviewConsentWithdrawn')
      : controller.problem === 'publish-failed'
        ? localize.term('mindPitchReviewPublishFailed')
        : undefined;
  return html`<div part="publish">
    <button
      type="button"
      class="primary"
      aria-describedby="publish-why"
      ?disabled=${!consent || controller.busy === 'publish'}
      @click=${context.publish}
    >
      ${controller.busy === 'publish' ? localize.term('mindPitchReviewPublishing') : localize.term('mindPitchReviewPublish')}
    </button>
    <p id="publish-why" class="why">
      ${consent ? localize.term('mindPitchReviewCanPublish', entry.sellerName) : localize.term('mindPitchReviewNeedsConsent', entry.sellerName)}
    </p>
    <p class="problem" role="alert">${problem ?? nothing}</p>
  </div>`;
}

/** A submitted review, read-only: total, the level per criterion, feedback; then publishing. */
export function reviewSummaryView(
  context: ReviewViewContext,
  prompt: PitchPrompt,
  entry: RecordingEntry,
  review: Review,
): TemplateResult {
  const { localize } = context;
  return html`<section part="summary" aria-labelledby="summary-title">
    <h3 id="summary-title" tabindex="-1">${localize.term('mindPitchReviewReviewedTitle')}</h3>
    <p class="reviewed-on">${localize.term('mindPitchReviewReviewedOn', context.date(review.at))}</p>
    ${reviewScores({
      rubric: prompt.rubric,
      review,
      text: context.text,
      labels: {
        total: localize.term('mindPitchReviewTotal'),
        outOf: (total, max) => localize.term('mindPitchReviewOutOf', total, max),
        level: (score) => localize.term('mindPitchReviewLevel', score),
        feedback: localize.term('mindPitchReviewFeedback'),
        noFeedback: localize.term('mindPitchReviewNoFeedback'),
      },
    })}
    ${publishView(context, entry)}
  </section>`;
}
