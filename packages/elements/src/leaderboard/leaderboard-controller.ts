import type { LeaderboardQuery, LeaderboardResult, MindshareApi } from '@mindshare/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RankMovement } from './rank-movement.js';

/** Where a board stands: waiting for data, showing it, or failed. */
export type LeaderboardStatus = 'loading' | 'ready' | 'error';

/**
 * Loads one leaderboard from the Mindshare API and keeps what a view needs: the result, the
 * error, and the rank movement since the previous load. Requests are numbered so a slow answer
 * to an old query (another scope, a swapped API) never overwrites a newer one; loads asked for
 * in the same task are coalesced, because a property change and an API swap often come together.
 */
export class LeaderboardController implements ReactiveController {
  status: LeaderboardStatus = 'loading';
  result: LeaderboardResult | undefined;
  error: unknown;
  readonly movement = new RankMovement();
  /** Successful loads so far: a view keys its movement marks on it so their animation replays. */
  loads = 0;

  readonly #host: ReactiveControllerHost;
  #request = 0;
  #scheduled: { quiet: boolean } | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // An answer arriving after the element left the page is dropped.
    this.#request++;
    this.#scheduled = undefined;
  }

  /**
   * Loads the board at the end of the current task. A quiet load (a live update) keeps the rows
   * on screen while it runs, so the board does not flash "Loading…" on every change event.
   */
  schedule(read: () => { api: MindshareApi | undefined; query: LeaderboardQuery }, quiet = false): void {
    if (this.#scheduled) {
      this.#scheduled.quiet &&= quiet;
      return;
    }
    const scheduled = { quiet };
    this.#scheduled = scheduled;
    queueMicrotask(() => {
      if (this.#scheduled !== scheduled) return;
      this.#scheduled = undefined;
      const { api, query } = read();
      void this.#load(api, query, scheduled.quiet);
    });
  }

  async #load(api: MindshareApi | undefined, query: LeaderboardQuery, quiet: boolean): Promise<void> {
    const request = ++this.#request;
    if (!api) {
      // No API yet: a provider is still building the engine, so this is a loading state.
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
      const result = await api.leaderboard(query);
      if (request !== this.#request) return;
      this.movement.record([...result.rows, ...result.around]);
      this.result = result;
      this.loads++;
      this.error = undefined;
      this.status = 'ready';
    } catch (error) {
      if (request !== this.#request) return;
      this.result = undefined;
      this.error = error;
      this.status = 'error';
    }
    this.#host.requestUpdate();
  }
}
