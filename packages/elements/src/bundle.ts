/**
 * The CDN composition root: the one module that may wire adapters in. Loading
 * `mindshare.min.js` defines every seller-facing element and registers the storage adapters by
 * name, so a page can use `<mind-provider storage="indexeddb">` with no code. Coach and manager
 * elements and non-English UI strings are lazy chunks beside this file.
 *
 * Elements and adapters are added here as they land (issues 5–7).
 */
export { VERSION } from '@mindshare/core';
export { loadTranslation } from './i18n/localize.js';
