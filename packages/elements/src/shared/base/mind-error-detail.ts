import { isMindError, type MindErrorCode } from '@mindshare/core';
import type { MindEvent, MindEventMap } from './mind-event.js';

/**
 * Detail of `mind-error`, which every element fires once for each error its view shows (and a
 * declarative `<mind-provider>` when it cannot start): the stable `code` to branch on, the
 * message for a console or a log, and the error itself.
 */
export interface MindErrorDetail {
  /** The `MindError`'s code; `MIND_UNKNOWN` for anything else (a browser failure, a bug). */
  readonly code: MindErrorCode | 'MIND_UNKNOWN';
  /** What went wrong, for developers (the view shows its own words to the person). */
  readonly message: string;
  /** The error as thrown (a `MindError` with `path` and `problems`, or whatever else failed). */
  readonly error: unknown;
}

/** The `mind-error` detail of what failed. */
export function mindErrorDetail(error: unknown): MindErrorDetail {
  const message = error instanceof Error ? error.message : String(error);
  return { code: isMindError(error) ? error.code : 'MIND_UNKNOWN', message, error };
}

/**
 * `mind-error`: an element's view now shows an error, or a declarative `<mind-provider>` cannot
 * start. One event per error, in the update that first shows it (an error that goes away and
 * comes back fires again). It bubbles and is composed, so a page can log every element's failures
 * from one listener on `document`; branch on `detail.code`, not on the message. Not cancelable:
 * the element shows its error view anyway.
 */
export type MindErrorEvent = MindEvent<'mind-error', MindErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap extends MindEventMap<MindErrorEvent> {}
}
