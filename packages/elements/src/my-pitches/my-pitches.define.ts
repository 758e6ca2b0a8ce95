import { defineElement } from '../shared/base/define.js';
import { MindMyPitches } from './my-pitches.element.js';

defineElement('mind-my-pitches', MindMyPitches);

declare global {
  interface HTMLElementTagNameMap {
    'mind-my-pitches': MindMyPitches;
  }
}

export { MindMyPitches };
