import { defineElement } from '../shared/base/define.js';
import { MindPitchRecorder } from './pitch-recorder.element.js';

defineElement('mind-pitch-recorder', MindPitchRecorder);

declare global {
  interface HTMLElementTagNameMap {
    'mind-pitch-recorder': MindPitchRecorder;
  }
}

export { MindPitchRecorder };
