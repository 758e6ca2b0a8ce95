/**
 * The CDN composition root: the one module that may wire adapters in. Loading
 * `mindshare.min.js` defines every seller-facing element and registers the storage adapters by
 * name, so a page can use `<mind-provider storage="indexeddb">` with no code. Coach and manager
 * elements and non-English UI strings are lazy chunks beside this file.
 */
import { registerStorage } from '@mindshare/core';
import { createIndexedDbStorage } from '@mindshare/adapters/indexeddb';
import './provider/provider.define.js';
import './leaderboard/leaderboard.define.js';
import './quiz/quiz.define.js';

registerStorage('indexeddb', (options) =>
  createIndexedDbStorage(typeof options['name'] === 'string' ? { name: options['name'] } : {}),
);

export { VERSION, createMindshare, registerStorage } from '@mindshare/core';
export { createIndexedDbStorage } from '@mindshare/adapters/indexeddb';
export { loadTranslation } from './i18n/localize.js';
// A page adds or overrides UI strings with mind* term keys (see docs/localisation.md).
export { registerTranslation } from '@shoelace-style/localize';
