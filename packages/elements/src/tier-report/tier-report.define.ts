import { defineElement } from '../shared/base/define.js';
import { MindTierReport } from './tier-report.element.js';

defineElement('mind-tier-report', MindTierReport);

declare global {
  interface HTMLElementTagNameMap {
    'mind-tier-report': MindTierReport;
  }
}

export { MindTierReport };
