export { VERSION } from '@mindshare/core';
export { defineElement } from './internal/define.js';
export { MindLocalizeController, loadTranslation } from './i18n/localize.js';
export type { MindTranslation } from './i18n/en.js';
export type { TermArgs } from './i18n/localize.js';
