import { isMindError } from '@mindshare/core';
import type { MindLocalizeController } from '../i18n/localize.js';

/** What an error view says: a title, and what to do when there is something to do. */
export interface ErrorText {
  readonly title: string;
  readonly advice: string | undefined;
  /** The failure will not go away by trying again: reloading the page is the way on. */
  readonly reload: boolean;
  /** The element's own words (what could not be done) still say something next to the advice. */
  readonly withContext?: boolean;
}

/**
 * The words of an error view for `error`: a full device, a page older than its data and a server
 * out of reach say what happened and what to do; anything else stays generic, since its message
 * is for developers.
 */
export function errorText(localize: MindLocalizeController, error: unknown): ErrorText {
  if (isMindError(error, 'MIND_STORAGE_FULL')) {
    return {
      title: localize.term('mindErrorStorageFullTitle'),
      advice: localize.term('mindErrorStorageFull'),
      reload: false,
    };
  }
  if (isMindError(error, 'MIND_STALE')) {
    return { title: localize.term('mindErrorStaleTitle'), advice: localize.term('mindErrorStale'), reload: true };
  }
  if (isMindError(error, 'MIND_NETWORK')) {
    return {
      title: localize.term('mindErrorNetworkTitle'),
      advice: localize.term('mindErrorNetwork'),
      reload: false,
      withContext: true,
    };
  }
  return { title: localize.term('mindErrorTitle'), advice: undefined, reload: false };
}

/** Reloads the page, for a view whose page is out of date (see {@link ErrorText.reload}). */
export function reloadPage(): void {
  location.reload();
}
