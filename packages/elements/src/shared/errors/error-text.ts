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

/** What an element tells {@link errorText} of the failure's circumstances. */
export interface ErrorContext {
  /** The challenge the element was given: an unknown one (`MIND_NOT_FOUND`) is named. */
  readonly challengeId?: string;
  /** The element tries again by itself after a transient failure (see {@link isTransient}). */
  readonly retrying?: boolean;
}

/** Whether `error` may go away by itself: the server or storage out of reach for a moment. */
export function isTransient(error: unknown): boolean {
  return isMindError(error, 'MIND_NETWORK') || isMindError(error, 'MIND_STORAGE_UNAVAILABLE');
}

/**
 * The words of an error view for `error`: a full device, a page older than its data, a server or
 * storage out of reach and a challenge id the pack does not have say what happened and what to
 * do; anything else stays generic, since its message is for developers.
 */
export function errorText(localize: MindLocalizeController, error: unknown, context: ErrorContext = {}): ErrorText {
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
      advice: localize.term(context.retrying ? 'mindErrorNetworkRetrying' : 'mindErrorNetwork'),
      reload: false,
      withContext: true,
    };
  }
  if (isMindError(error, 'MIND_STORAGE_UNAVAILABLE')) {
    return {
      title: localize.term('mindErrorUnavailableTitle'),
      advice: localize.term(context.retrying ? 'mindErrorUnavailableRetrying' : 'mindErrorUnavailable'),
      reload: false,
      withContext: true,
    };
  }
  if (isMindError(error, 'MIND_NOT_FOUND') && context.challengeId) {
    return {
      title: localize.term('mindErrorUnknownChallengeTitle'),
      advice: localize.term('mindErrorUnknownChallenge', context.challengeId),
      reload: false,
    };
  }
  return { title: localize.term('mindErrorTitle'), advice: undefined, reload: false };
}

/** Reloads the page, for a view whose page is out of date (see {@link ErrorText.reload}). */
export function reloadPage(): void {
  location.reload();
}
