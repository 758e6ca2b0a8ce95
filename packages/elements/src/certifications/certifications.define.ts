import { defineElement } from '../shared/base/define.js';
import { MindCertifications } from './certifications.element.js';

defineElement('mind-certifications', MindCertifications);

declare global {
  interface HTMLElementTagNameMap {
    'mind-certifications': MindCertifications;
  }
}

export { MindCertifications };
