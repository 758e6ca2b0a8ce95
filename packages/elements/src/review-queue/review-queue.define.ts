import { defineElement } from '../shared/base/define.js';
import { MindReviewQueue } from './review-queue.element.js';

defineElement('mind-review-queue', MindReviewQueue);

declare global {
  interface HTMLElementTagNameMap {
    'mind-review-queue': MindReviewQueue;
  }
}

export { MindReviewQueue };
