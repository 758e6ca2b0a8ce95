import type { LocalizedText, Rubric, Review } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';

/** The words of a review's scores, in the showing element's language (each element owns its terms). */
export interface ReviewScoreLabels {
  /** "Weighted total". */
  readonly total: string;
  /** "67 / 100". */
  readonly outOf: (total: number, max: number) => string;
  /** A level's score: "5 points". */
  readonly level: (score: number) => string;
  /** A criterion's weight and its share of the total; without it, weights are not shown. */
  readonly weight?: ((weight: number, share: number) => string) | undefined;
  /** The heading of the overall feedback. */
  readonly feedback: string;
  readonly noFeedback: string;
}

/** What {@link reviewScores} shows. */
export interface ReviewScoresOptions {
  readonly rubric: Rubric;
  readonly review: Review;
  /** Authored text in the element's language, with fallback. */
  readonly text: (value: LocalizedText) => string;
  readonly labels: ReviewScoreLabels;
  /** The part of the list of criteria (`rubric`), if the element names it. */
  readonly listPart?: string | undefined;
}

/**
 * A submitted review, read-only: the weighted total, each rubric criterion with the level the
 * coach chose (its score and descriptor, and its weight when `labels.weight` is given), then the
 * overall feedback. Shown by the coach's `<mind-pitch-review>` once reviewed and by the seller's
 * `<mind-my-pitches>`. Parts: `total`, `criterion`, `feedback`; the list takes `listPart`.
 */
export function reviewScores(options: ReviewScoresOptions): TemplateResult {
  const { rubric, review, labels, text } = options;
  const weights = rubric.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  return html`<p part="total">
      <span class="total-label">${labels.total}</span>
      <strong>${labels.outOf(Math.round(review.weightedTotal), review.maxTotal)}</strong>
    </p>
    <dl class="scores" part=${options.listPart ?? nothing}>
      ${rubric.criteria.map((criterion) => {
        const score = review.scores.find((entry) => entry.criterionId === criterion.id)?.score;
        const level = criterion.levels.find((candidate) => candidate.score === score);
        return html`<div part="criterion" data-criterion=${criterion.id}>
          <dt>${text(criterion.label)}</dt>
          <dd>
            ${score === undefined ? '—' : labels.level(score)}${
              level ? html` · <span class="descriptor">${text(level.descriptor)}</span>` : nothing
            }${
              labels.weight && weights > 0
                ? html`<span class="weight"> · ${labels.weight(criterion.weight, criterion.weight / weights)}</span>`
                : nothing
            }
          </dd>
        </div>`;
      })}
    </dl>
    <h4>${labels.feedback}</h4>
    <p part="feedback" class="feedback">${review.feedback || labels.noFeedback}</p>`;
}
