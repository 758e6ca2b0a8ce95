import type { PitchPrompt, RecordingEntry, Review } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
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
    <p part="total">
      <span class="total-label">${localize.term('mindPitchReviewTotal')}</span>
      <strong>${localize.term('mindPitchReviewOutOf', Math.round(review.weightedTotal), review.maxTotal)}</strong>
    </p>
    <dl class="scores">
      ${prompt.rubric.criteria.map((criterion) => {
        const score = review.scores.find((entry) => entry.criterionId === criterion.id)?.score;
        const level = criterion.levels.find((candidate) => candidate.score === score);
        return html`<div part="criterion">
          <dt>${context.text(criterion.label)}</dt>
          <dd>
            ${score === undefined ? '—' : localize.term('mindPitchReviewLevel', score)}${
              level ? html` · <span class="descriptor">${context.text(level.descriptor)}</span>` : nothing
            }
          </dd>
        </div>`;
      })}
    </dl>
    <h4>${localize.term('mindPitchReviewFeedback')}</h4>
    <p part="feedback" class="feedback">${review.feedback || localize.term('mindPitchReviewNoFeedback')}</p>
    ${publishView(context, entry)}
  </section>`;
}
