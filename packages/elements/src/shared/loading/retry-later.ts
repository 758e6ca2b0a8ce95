import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isTransient } from '../errors/error-text.js';

/** Milliseconds before a view out of reach loads again; tests shorten it. */
export const retryTiming = { delay: 8_000 };

/**
 * Loads a view again by itself after a transient failure (the server or storage out of reach: see
 * `isTransient`), so an error view that says "trying again…" does: a few seconds later, or at once
 * when the browser says the connection is back (a seller's phone leaving a tunnel should not wait
 * for the next try, nor for a tap). One try per failure shown; none once the element left the page
 * (it loads again when it comes back). The element calls {@link RetryLater.check} after each update.
 */
export class RetryLater implements ReactiveController {
  readonly #host: Element;
  readonly #failure: () => unknown;
  readonly #retry: () => unknown;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & Element, failure: () => unknown, retry: () => unknown) {
    this.#host = host;
    this.#failure = failure;
    this.#retry = retry;
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('online', this.#online);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.#online);
    this.#cancel();
  }

  /** Schedules one load after the failure shown now, if it is transient and none is scheduled. */
  check(): void {
    if (this.#timer !== undefined || !this.#transient()) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#host.isConnected) this.#retry();
    }, retryTiming.delay);
  }

  readonly #online = (): void => {
    if (!this.#transient()) return;
    this.#cancel();
    this.#retry();
  };

  #transient(): boolean {
    const failure = this.#failure();
    return failure !== undefined && isTransient(failure);
  }

  #cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
