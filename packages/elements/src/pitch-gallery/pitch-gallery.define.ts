import { defineElement } from '../shared/base/define.js';
import { MindPitchGallery } from './pitch-gallery.element.js';

defineElement('mind-pitch-gallery', MindPitchGallery);

declare global {
  interface HTMLElementTagNameMap {
    'mind-pitch-gallery': MindPitchGallery;
  }
}

export { MindPitchGallery };
