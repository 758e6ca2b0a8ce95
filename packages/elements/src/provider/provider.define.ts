import { defineElement } from '../internal/define.js';
import { MindProvider } from './provider.element.js';

defineElement('mind-provider', MindProvider);

declare global {
  interface HTMLElementTagNameMap {
    'mind-provider': MindProvider;
  }
}

export { MindProvider };
