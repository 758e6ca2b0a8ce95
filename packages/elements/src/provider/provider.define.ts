import { defineElement } from '../shared/base/define.js';
import { MindProvider } from './provider.element.js';

defineElement('mind-provider', MindProvider);

declare global {
  interface HTMLElementTagNameMap {
    'mind-provider': MindProvider;
  }
}

export { MindProvider };
