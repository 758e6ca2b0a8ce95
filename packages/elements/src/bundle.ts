/**
 * The CDN composition root: the one module that may wire adapters in. Loading
 * `mindshare.min.js` defines `<mind-provider>` at once, defines every other element (the quiz
 * too) the first time its tag appears in the document (its code is a lazy chunk beside this
 * file), and registers the storage adapters by name, so a page can use
 * `<mind-provider storage="indexeddb">` with no code. The embedded engine is a lazy chunk too,
 * loaded when a provider builds one or `createMindshare` is first called, and so are the HTTP
 * client, which a page on a vendor's server loads with its first call, and non-English strings.
 */
import { registerStorage, type MindshareApi, type MindshareOptions } from '@mindshare/core';
import { sendViewerRequest, type HttpClientOptions, type HttpMindshareApi } from '@mindshare/adapters/http';
import { createIndexedDbStorage } from '@mindshare/adapters/indexeddb';
import { defineLazily } from './shared/base/lazy-define.js';
import './provider/provider.define.js';
import { loadEngine } from './provider/load-engine.js';

// `onBlocked` comes from <mind-provider>: an upgrade held by another tab's older version would
// otherwise leave the page on "Loading…" with nothing said.
registerStorage('indexeddb', ({ name, onBlocked }) =>
  createIndexedDbStorage({
    ...(typeof name === 'string' ? { name } : {}),
    ...(typeof onBlocked === 'function' ? { onBlocked: onBlocked as () => void } : {}),
  }),
);

// Lazy by tag rather than eager: a page pays for the elements it shows; a page with the feed loads
// the feed's chunk once, on first sight. The quiz too (issue 15): it was in the entry, which made
// every coach's and manager's page carry about 7 KiB of it; its chunk is fetched while the engine
// opens, which the quiz waits for anyway.
defineLazily('mind-quiz', () => import('./quiz/quiz.define.js'));
defineLazily('mind-leaderboard', () => import('./leaderboard/leaderboard.define.js'));
defineLazily('mind-nugget-feed', () => import('./nugget-feed/nugget-feed.define.js'));
defineLazily('mind-pitch-recorder', () => import('./pitch-recorder/pitch-recorder.define.js'));
defineLazily('mind-pitch-gallery', () => import('./pitch-gallery/pitch-gallery.define.js'));
defineLazily('mind-pitch-review', () => import('./pitch-review/pitch-review.define.js'));
defineLazily('mind-mastery-map', () => import('./mastery-map/mastery-map.define.js'));
defineLazily('mind-tier-report', () => import('./tier-report/tier-report.define.js'));
defineLazily('mind-my-pitches', () => import('./my-pitches/my-pitches.define.js'));
defineLazily('mind-review-queue', () => import('./review-queue/review-queue.define.js'));
defineLazily('mind-responses', () => import('./responses/responses.define.js'));
defineLazily('mind-badges', () => import('./badges/badges.define.js'));
defineLazily('mind-certifications', () => import('./certifications/certifications.define.js'));

export { VERSION, registerStorage } from '@mindshare/core';
export { createIndexedDbStorage } from '@mindshare/adapters/indexeddb';

/** `createMindshare` of `@mindshare/core`, its code loaded on the first call. */
export async function createMindshare(options: MindshareOptions): Promise<MindshareApi> {
  return (await loadEngine()).createMindshare(options);
}
export { loadTranslation } from './shared/i18n/localize.js';
// Defines a lazy element now, for a tag inside a shadow root the watch cannot see.
export { loadElement } from './shared/base/lazy-define.js';
// A page adds or overrides UI strings with mind* term keys (see docs/localisation.md).
export { registerTranslation } from '@shoelace-style/localize';

/**
 * The HTTP client of `@mindshare/adapters/http`, for a page whose engine runs on a server (the
 * contract of docs/http-api.md). Its code is a lazy chunk fetched on the first call, so pages on
 * IndexedDB never download it; the viewer is asked for while that code downloads.
 */
export async function createHttpClient(options: HttpClientOptions): Promise<HttpMindshareApi> {
  // A page's own request is the page's to abandon: only the one made here is abandoned here.
  const made = options.viewerRequest || options.viewer ? undefined : sendViewerRequest(options);
  try {
    const http = await import('@mindshare/adapters/http');
    return await http.createHttpClient(made ? { ...options, viewerRequest: made } : options);
  } catch (error) {
    made?.abort();
    throw error;
  }
}
