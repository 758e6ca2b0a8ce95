import { defineElement } from '../shared/base/define.js';
import { MindBadges } from './badges.element.js';

defineElement('mind-badges', MindBadges);

declare global {
  interface HTMLElementTagNameMap {
    'mind-badges': MindBadges;
  }
}

export { MindBadges };
