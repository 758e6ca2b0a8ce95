import { isTransient } from '../errors/error-text.js';

/** Milliseconds before a view out of reach loads again; tests shorten it. */
export const retryTiming = { delay: 8_000 };

/**
 * Loads a view again by itself a few seconds after a transient failure (the server or storage
 * out of reach: see `isTransient`), so an error view that says "trying again…" does. One try per
 * failure shown; none once the element left the page (it loads again when it comes back). The
 * element calls {@link RetryLater.check} after each update.
 */
export class RetryLater {
  readonly #host: Element;
  readonly #failure: () => unknown;
  readonly #retry: () => unknown;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: Element, failure: () => unknown, retry: () => unknown) {
    this.#host = host;
    this.#failure = failure;
    this.#retry = retry;
  }

  /** Schedules one load after the failure shown now, if it is transient and none is scheduled. */
  check(): void {
    const failure = this.#failure();
    if (this.#timer !== undefined || failure === undefined || !isTransient(failure)) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#host.isConnected) this.#retry();
    }, retryTiming.delay);
  }
}
