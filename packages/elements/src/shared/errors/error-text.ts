import { isMindError } from '@mindshare/core';
import type { MindLocalizeController } from '../i18n/localize.js';
import type { SharedTerms } from '../i18n/strings/en.js';

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

type Term = keyof SharedTerms;

/** The codes a person can act on: title, advice, and whether a reload or the element's own words go with them. */
const KNOWN: Record<string, readonly [title: Term, advice: Term, reload?: boolean, withContext?: boolean]> = {
  MIND_STORAGE_FULL: ['mindErrorStorageFullTitle', 'mindErrorStorageFull'],
  MIND_STALE: ['mindErrorStaleTitle', 'mindErrorStale', true],
  MIND_NETWORK: ['mindErrorNetworkTitle', 'mindErrorNetwork', false, true],
  MIND_STORAGE_UNAVAILABLE: ['mindErrorUnavailableTitle', 'mindErrorUnavailable', false, true],
};

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
  const code = isMindError(error) ? error.code : '';
  if (code === 'MIND_NOT_FOUND' && context.challengeId) {
    return {
      title: localize.term('mindErrorUnknownChallengeTitle'),
      advice: localize.term('mindErrorUnknownChallenge', context.challengeId),
      reload: false,
    };
  }
  const known = KNOWN[code];
  if (!known) return { title: localize.term('mindErrorTitle'), advice: undefined, reload: false };
  const [title, advice, reload = false, withContext] = known;
  const retrying = context.retrying && code === 'MIND_NETWORK';
  return {
    title: localize.term(title),
    advice: localize.term(retrying ? 'mindErrorNetworkRetrying' : advice) as string,
    reload,
    ...(withContext ? { withContext } : {}),
  };
}

/** Reloads the page, for a view whose page is out of date (see {@link ErrorText.reload}). */
export function reloadPage(): void {
  location.reload();
}
