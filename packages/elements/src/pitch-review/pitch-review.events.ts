import type { Recording, Review } from '@mindshare/core';
import type { MindEvent, MindEventMap } from '../shared/base/mind-event.js';
import type { MindTakeDetail } from '../shared/pitch/take-detail.js';

/** Detail of `mind-review-submit`: the coach's review was saved. */
export interface MindReviewSubmitDetail extends MindTakeDetail {
  readonly review: Review;
}

/** Detail of `mind-publish`: the take is now in the best-practice gallery. */
export interface MindPublishDetail extends MindTakeDetail {
  readonly recording: Recording;
}

/** `mind-review-submit`, from `<mind-pitch-review>`: the coach's review was saved. */
export type MindReviewSubmitEvent = MindEvent<'mind-review-submit', MindReviewSubmitDetail>;
/** `mind-publish`, from `<mind-pitch-review>`: the take is now in the gallery. */
export type MindPublishEvent = MindEvent<'mind-publish', MindPublishDetail>;

declare global {
  interface GlobalEventHandlersEventMap extends MindEventMap<MindReviewSubmitEvent | MindPublishEvent> {}
}
