import type * as Engine from './load-mindshare.js';
import { chunkDownloadError } from './provider-failure.js';

/**
 * Imports the embedded engine's chunk, for the provider and the CDN `createMindshare` alike: one
 * chunk whichever asks first, and one error for a failed download (`DownloadError`, `MIND_NETWORK`).
 */
export function loadEngine(): Promise<typeof Engine> {
  return import('./load-mindshare.js').catch((error: unknown) => {
    throw chunkDownloadError(error);
  });
}
