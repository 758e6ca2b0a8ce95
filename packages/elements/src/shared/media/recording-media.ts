import type { MindshareApi } from '@mindshare/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createObjectUrl, releaseObjectUrl } from './object-urls.js';

/** Where the media of one recording stands. */
export type MediaState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly url: string }
  | { readonly status: 'failed'; readonly error: unknown };

/** Which recordings' media a view shows, read in each of its host's updates. */
export interface ShownRecordings {
  /**
   * The API in use: another one (another viewer, a portal switching users) releases everything
   * the last one loaded; none while a provider builds the engine.
   */
  readonly api: () => MindshareApi | undefined;
  /** The recordings the view shows now; `undefined` while its list loads (what is held stays). */
  readonly shown: () => readonly string[] | undefined;
}

/**
 * The media of recordings, as object URLs a `<video>` plays through `mediaSource`. Each Blob from
 * `api.recordingMedia` becomes one URL, released as soon as its recording leaves the view, the API
 * changes or the element leaves the page (and revoked once its `<video>` let go of it), so a long
 * session never holds videos it no longer shows. Used by the review, the gallery and a seller's
 * pitches. Given `shown`, it keeps the media of exactly those recordings in each host update.
 */
export class RecordingMediaController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #shown: ShownRecordings | undefined;
  readonly #media = new Map<string, MediaState>();
  #generation = 0;
  /** The API `shown` gave in the last update. */
  #api: MindshareApi | undefined;

  /**
   * Give `shown` from an element whose list is loaded by a controller added before this one: Lit
   * runs controllers' `hostUpdate` in the order they were added, and a `Task` starts its load in
   * its own, so only then has a new API's or list's load begun and the old recordings stopped
   * being asked for (in `willUpdate` the old list would still read as shown).
   */
  constructor(host: ReactiveControllerHost, shown?: ShownRecordings) {
    this.#host = host;
    this.#shown = shown;
    host.addController(this);
  }

  hostUpdate(): void {
    if (!this.#shown) return;
    const api = this.#shown.api();
    if (api !== this.#api) {
      this.#api = api;
      this.release();
    }
    const ids = this.#shown.shown();
    if (api && ids) this.sync(api, ids);
  }

  hostConnected(): void {
    // Moved to another place in the page: its URLs were released on the way, so load them again.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.release();
  }

  /** The media of a recording the controller was asked to load. */
  of(recordingId: string): MediaState | undefined {
    return this.#media.get(recordingId);
  }

  /** Keeps the media of exactly `recordingIds`: loads the new ones, releases the others. */
  sync(api: MindshareApi, recordingIds: readonly string[]): void {
    const wanted = new Set(recordingIds);
    for (const id of [...this.#media.keys()]) if (!wanted.has(id)) this.#drop(id);
    const generation = this.#generation;
    for (const id of wanted) {
      if (this.#media.has(id)) continue;
      this.#media.set(id, { status: 'loading' });
      api.recordingMedia(id).then(
        (blob) => {
          if (generation !== this.#generation || this.#media.get(id)?.status !== 'loading') return;
          this.#media.set(id, { status: 'ready', url: createObjectUrl(blob as Blob) });
          this.#host.requestUpdate();
        },
        (error: unknown) => {
          if (generation !== this.#generation || this.#media.get(id)?.status !== 'loading') return;
          this.#media.set(id, { status: 'failed', error });
          this.#host.requestUpdate();
        },
      );
    }
  }

  /** Why each recording whose media failed to load failed (the element announces them). */
  errors(): unknown[] {
    return [...this.#media.values()].flatMap((media) => (media.status === 'failed' ? [media.error] : []));
  }

  /** Loads one recording's media again after a failure. */
  retry(api: MindshareApi, recordingId: string): void {
    this.#drop(recordingId);
    this.sync(api, [...this.#media.keys(), recordingId]);
    this.#host.requestUpdate();
  }

  /** Releases every URL and drops loads still running (another API, or the element left the page). */
  release(): void {
    this.#generation++;
    for (const id of [...this.#media.keys()]) this.#drop(id);
  }

  #drop(recordingId: string): void {
    const media = this.#media.get(recordingId);
    if (media?.status === 'ready') releaseObjectUrl(media.url);
    this.#media.delete(recordingId);
  }
}
