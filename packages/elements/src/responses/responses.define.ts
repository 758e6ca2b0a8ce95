import { defineElement } from '../shared/base/define.js';
import { MindResponses } from './responses.element.js';

defineElement('mind-responses', MindResponses);

declare global {
  interface HTMLElementTagNameMap {
    'mind-responses': MindResponses;
  }
}

export { MindResponses };
