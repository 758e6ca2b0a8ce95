import { defineElement } from '../shared/base/define.js';
import { MindNuggetFeed } from './nugget-feed.element.js';

defineElement('mind-nugget-feed', MindNuggetFeed);

declare global {
  interface HTMLElementTagNameMap {
    'mind-nugget-feed': MindNuggetFeed;
  }
}

export { MindNuggetFeed };
