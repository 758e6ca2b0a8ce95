import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isTransient } from '../errors/error-text.js';

/** Milliseconds before a view out of reach loads again; tests shorten it. */
export const retryTiming = { delay: 8_000 };

const hidden = (): boolean => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/**
 * Makes a failed call again by itself after a transient failure (the server or storage out of
 * reach: see `isTransient`): at once when the browser says the connection is back (a seller's phone
 * leaving a tunnel should not wait for a tap), and, for an element that calls
 * {@link RetryLater.check} after each update, a few seconds after the failure too, so an error view
 * that says "trying again…" does. Never while the page is hidden: a call may start a clock (a
 * question revealed, an attempt begun) that nobody would see run; it is made when the page is shown
 * again. Only while the failure is still the one shown (`failure` returns `undefined` while the
 * element is busy with a call of its own); none once the element left the page (it loads again when
 * it comes back). The one way elements retry: `ApiTask` holds one for every load.
 */
export class RetryLater implements ReactiveController {
  readonly #failure: () => unknown;
  readonly #retry: () => unknown;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;

  constructor(host: ReactiveControllerHost, failure: () => unknown, retry: () => unknown) {
    this.#failure = failure;
    this.#retry = retry;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    globalThis.addEventListener?.('online', this.#now);
    globalThis.document?.addEventListener('visibilitychange', this.#now);
  }

  hostDisconnected(): void {
    this.#connected = false;
    globalThis.removeEventListener?.('online', this.#now);
    globalThis.document?.removeEventListener('visibilitychange', this.#now);
    this.#cancel();
  }

  /** Schedules one try after the failure shown now, if it is transient and none is scheduled. */
  check(): void {
    const failure = this.#transient();
    if (this.#timer !== undefined || failure === undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      // The failure scheduled for, still shown: a tap may have tried again meanwhile.
      if (this.#connected && this.#transient() === failure && !hidden()) this.#retry();
    }, retryTiming.delay);
  }

  /** The connection is back, or the page is shown again: try the failure shown now, once. */
  readonly #now = (): void => {
    if (this.#transient() === undefined || hidden()) return;
    this.#cancel();
    this.#retry();
  };

  /** The failure shown now, if it may go away by itself. */
  #transient(): unknown {
    const failure = this.#failure();
    return failure !== undefined && isTransient(failure) ? failure : undefined;
  }

  #cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
