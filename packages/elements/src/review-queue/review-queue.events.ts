import type { ReviewClaim } from '@mindshare/core';
import type { MindEvent, MindEventMap } from '../shared/base/mind-event.js';
import type { MindTakeDetail } from '../shared/pitch/take-detail.js';

/** Detail of `mind-review-open`: the coach opened a pitch of the queue, which is now claimed for them. */
export interface MindReviewOpenDetail extends MindTakeDetail {
  readonly sellerName: string;
  /** The coach's claim: until when the other coaches see them reviewing it. */
  readonly claim: ReviewClaim;
  /** Whether the coach took it over from another coach's live claim. */
  readonly takenOver: boolean;
}

/** `mind-review-open`, from `<mind-review-queue>`: the coach opened a pitch, now claimed for them. */
export type MindReviewOpenEvent = MindEvent<'mind-review-open', MindReviewOpenDetail>;

/** Detail of `mind-review-close`: the coach went back to the queue. */
export interface MindReviewCloseDetail {
  readonly recordingId: string;
  /** Whether the coach sent a review of it (the review ended the claim). */
  readonly reviewed: boolean;
  /** Whether going back released the coach's claim (it had not been reviewed). */
  readonly released: boolean;
}

/** `mind-review-close`, from `<mind-review-queue>`: the coach went back to the queue. */
export type MindReviewCloseEvent = MindEvent<'mind-review-close', MindReviewCloseDetail>;

declare global {
  interface GlobalEventHandlersEventMap extends MindEventMap<MindReviewOpenEvent | MindReviewCloseEvent> {}
}
