/**
 * The CDN composition root: the one module that may wire adapters in. Loading
 * `mindshare.min.js` defines `<mind-provider>`, `<mind-quiz>` and `<mind-leaderboard>` at once,
 * defines every other element the first time its tag appears in the document (its code is a lazy
 * chunk beside this file), and registers the storage adapters by name, so a page can use
 * `<mind-provider storage="indexeddb">` with no code. Non-English UI strings are lazy chunks too.
 */
import { registerStorage } from '@mindshare/core';
import { createIndexedDbStorage } from '@mindshare/adapters/indexeddb';
import { defineLazily } from './internal/lazy-define.js';
import './provider/provider.define.js';
import './leaderboard/leaderboard.define.js';
import './quiz/quiz.define.js';

registerStorage('indexeddb', (options) =>
  createIndexedDbStorage(typeof options['name'] === 'string' ? { name: options['name'] } : {}),
);

// Lazy by tag rather than eager: a page pays for the elements it shows. The quiz page of a seller
// stays at the entry's weight; a page with the feed loads the feed's chunk once, on first sight.
defineLazily('mind-nugget-feed', () => import('./nugget-feed/nugget-feed.define.js'));
defineLazily('mind-pitch-recorder', () => import('./pitch-recorder/pitch-recorder.define.js'));
defineLazily('mind-pitch-gallery', () => import('./pitch-gallery/pitch-gallery.define.js'));
defineLazily('mind-pitch-review', () => import('./pitch-review/pitch-review.define.js'));
defineLazily('mind-mastery-map', () => import('./mastery-map/mastery-map.define.js'));
defineLazily('mind-tier-report', () => import('./tier-report/tier-report.define.js'));

export { VERSION, createMindshare, registerStorage } from '@mindshare/core';
export { createIndexedDbStorage } from '@mindshare/adapters/indexeddb';
export { loadTranslation } from './i18n/localize.js';
// A page adds or overrides UI strings with mind* term keys (see docs/localisation.md).
export { registerTranslation } from '@shoelace-style/localize';
