import { isMindError, type MindshareApi } from '@mindshare/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a manager view stands: waiting, showing data, refused to this viewer, or failed. */
export type InsightStatus = 'loading' | 'ready' | 'forbidden' | 'error';

/**
 * Loads what a manager view shows (mastery, the tier report) from the Mindshare API and keeps its
 * status. `MIND_FORBIDDEN` is a state of its own, not an error: a seller who lands on a manager
 * view is told whom it is for, without a retry button. Requests are numbered so a slow answer to an
 * old query never overwrites a newer one, and loads asked for in one task are coalesced.
 */
export class InsightController<T> implements ReactiveController {
  status: InsightStatus = 'loading';
  result: T | undefined;
  error: unknown;

  readonly #host: ReactiveControllerHost;
  #request = 0;
  #scheduled: { quiet: boolean } | undefined;
  #waiting: (() => void)[] = [];

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Resolves once no load is scheduled or running (the view shows data, a refusal or an error). */
  settled(): Promise<void> {
    if (!this.#scheduled && this.status !== 'loading') return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #settle(): void {
    this.#host.requestUpdate();
    if (this.#scheduled || this.status === 'loading') return;
    const waiting = this.#waiting;
    this.#waiting = [];
    waiting.forEach((resolve) => resolve());
  }

  hostDisconnected(): void {
    this.#request++;
    this.#scheduled = undefined;
  }

  /**
   * Loads at the end of the current task. A quiet load (a live update) keeps the data on screen
   * while it runs, so the view does not flash "Loading…" on every change event.
   */
  schedule(
    read: () => { api: MindshareApi | undefined; load: (api: MindshareApi) => Promise<T> },
    quiet = false,
  ): void {
    if (this.#scheduled) {
      this.#scheduled.quiet &&= quiet;
      return;
    }
    const scheduled = { quiet };
    this.#scheduled = scheduled;
    queueMicrotask(() => {
      if (this.#scheduled !== scheduled) return;
      this.#scheduled = undefined;
      const { api, load } = read();
      void this.#load(api, load, scheduled.quiet);
    });
  }

  async #load(api: MindshareApi | undefined, load: (api: MindshareApi) => Promise<T>, quiet: boolean): Promise<void> {
    const request = ++this.#request;
    if (!api) {
      // No API yet: a provider is still building the engine.
      this.status = 'loading';
      this.result = undefined;
      this.#host.requestUpdate();
      return;
    }
    if (!quiet || this.status !== 'ready') {
      this.status = 'loading';
      this.#host.requestUpdate();
    }
    try {
      const result = await load(api);
      if (request !== this.#request) return;
      this.result = result;
      this.error = undefined;
      this.status = 'ready';
    } catch (error) {
      if (request !== this.#request) return;
      this.result = undefined;
      this.error = error;
      this.status = isMindError(error, 'MIND_FORBIDDEN') ? 'forbidden' : 'error';
    }
    this.#settle();
  }
}
