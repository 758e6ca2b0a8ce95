import type { ReactiveController, ReactiveControllerHost } from 'lit';

const MAX_TIMEOUT = 2 ** 31 - 1;

/** What the watch needs from the quiz. */
export interface WindowWatchHost {
  /** The engine's clock, `undefined` without an API. */
  readonly now: () => number | undefined;
  /** When the view shown stops being true by the clock alone (the opening or closing time), if ever. */
  readonly boundary: () => number | undefined;
  /** That time has come. */
  readonly reached: () => void;
}

/**
 * Watches the challenge's window for the view shown: when its opening (or closing) time comes, the
 * quiz lists the challenge again, so a seller who kept the page open sees the start button
 * without reloading. A detached quiz arms nothing.
 */
export class WindowWatch implements ReactiveController {
  #timeout: ReturnType<typeof setTimeout> | undefined;
  #connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly watch: WindowWatchHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.arm();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#clear();
  }

  /** Reads the engine's clock: reports a boundary reached, else waits for it. */
  check(): void {
    const at = this.watch.boundary();
    const now = this.watch.now();
    if (at !== undefined && now !== undefined && now >= at) this.watch.reached();
    else this.arm();
  }

  /** Waits for the boundary of the view now shown (none: waits for nothing). */
  arm(): void {
    this.#clear();
    const at = this.watch.boundary();
    const now = this.watch.now();
    // A detached quiz arms nothing: a load finishing after it left the page would keep it alive.
    if (at === undefined || now === undefined || !this.#connected) return;
    // setTimeout holds at most about 24.8 days; a longer wait re-arms itself on the way. The
    // engine's clock is read again when it fires, so a portal's or test's clock is honoured.
    this.#timeout = setTimeout(() => this.check(), Math.min(Math.max(0, at - now) + 100, MAX_TIMEOUT));
  }

  #clear(): void {
    clearTimeout(this.#timeout);
    this.#timeout = undefined;
  }
}
