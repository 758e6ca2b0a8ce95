import { defineElement } from '../shared/base/define.js';
import { MindMasteryMap } from './mastery-map.element.js';

defineElement('mind-mastery-map', MindMasteryMap);

declare global {
  interface HTMLElementTagNameMap {
    'mind-mastery-map': MindMasteryMap;
  }
}

export { MindMasteryMap };
