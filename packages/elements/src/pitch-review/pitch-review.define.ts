import { defineElement } from '../shared/base/define.js';
import { MindPitchReview } from './pitch-review.element.js';

defineElement('mind-pitch-review', MindPitchReview);

declare global {
  interface HTMLElementTagNameMap {
    'mind-pitch-review': MindPitchReview;
  }
}

export { MindPitchReview };
