import type { MindshareApi } from '@mindshare/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What to load: the API in use (none while a provider builds the engine) and the call to make with it. */
export interface LoadRequest<T> {
  readonly api: MindshareApi | undefined;
  readonly load: (api: MindshareApi) => Promise<T>;
}

/**
 * Loads what a view shows from the Mindshare API and keeps where it stands: waiting, showing the
 * result, or failed (`failed` names the failure, e.g. `forbidden` apart from `error`). Requests are
 * numbered so a slow answer to an old query (another key, a swapped API) never overwrites a newer
 * one, and an answer arriving after the element left the page is dropped. A quiet load (a live
 * update) keeps the result on screen while it runs, so the view does not flash "Loading…" on every
 * change event.
 */
export class LoadController<T, Failure extends string = 'error'> implements ReactiveController {
  status: 'loading' | 'ready' | Failure = 'loading';
  result: T | undefined;
  error: unknown;

  protected readonly host: ReactiveControllerHost;
  readonly #failed: (error: unknown) => Failure;
  #request = 0;
  #scheduled: { quiet: boolean } | undefined;
  #waiting: (() => void)[] = [];

  constructor(host: ReactiveControllerHost, failed = (_error: unknown) => 'error' as Failure) {
    this.host = host;
    this.#failed = failed;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#request++;
    this.#scheduled = undefined;
    // Nothing will settle for an element off the page: release whoever waits rather than hang them.
    const waiting = this.#waiting;
    this.#waiting = [];
    waiting.forEach((resolve) => resolve());
  }

  /**
   * Resolves once no load is scheduled or running (the view shows a result or a failure), or when
   * the element leaves the page.
   */
  settled(): Promise<void> {
    if (!this.#scheduled && this.status !== 'loading') return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /**
   * Loads at the end of the current task: loads asked for in one task are coalesced, because a
   * property change and an API swap often come together. `read` runs then, so it sees both.
   */
  schedule(read: () => LoadRequest<T>, quiet = false): void {
    if (this.#scheduled) {
      this.#scheduled.quiet &&= quiet;
      return;
    }
    const scheduled = { quiet };
    this.#scheduled = scheduled;
    queueMicrotask(() => {
      if (this.#scheduled !== scheduled) return;
      this.#scheduled = undefined;
      void this.load(read(), scheduled.quiet);
    });
  }

  /** Loads now; resolves when the answer is shown, or dropped for a newer request. */
  async load({ api, load }: LoadRequest<T>, quiet = false): Promise<void> {
    const request = ++this.#request;
    if (!api) {
      // No API yet: a provider is still building the engine, so this is a loading state.
      this.status = 'loading';
      this.result = undefined;
      this.host.requestUpdate();
      return;
    }
    if (!quiet || !this.showing) {
      this.status = 'loading';
      this.host.requestUpdate();
    }
    try {
      const result = await load(api);
      if (request !== this.#request) return;
      this.loaded(result);
      this.result = result;
      this.error = undefined;
      this.status = 'ready';
    } catch (error) {
      if (request !== this.#request) return;
      this.result = undefined;
      this.error = error;
      this.status = this.#failed(error);
    }
    this.#settle();
  }

  /** Whether the view shows a result, which a quiet load keeps on screen. */
  protected get showing(): boolean {
    return this.status === 'ready';
  }

  /** Called with each answer about to be shown, before `result` changes. */
  protected loaded(_result: T): void {}

  #settle(): void {
    this.host.requestUpdate();
    if (this.#scheduled || this.status === 'loading') return;
    const waiting = this.#waiting;
    this.#waiting = [];
    waiting.forEach((resolve) => resolve());
  }
}
