import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { mediaSource } from './media-source.js';
import type { MediaState } from './recording-media.js';

/** What {@link recordingPlayer} shows and says. */
export interface RecordingPlayerOptions {
  /** The recording's media as `RecordingMediaController` holds it (`undefined` while not asked for). */
  readonly media: MediaState | undefined;
  /** The video's accessible name ("Anna Martin's pitch"). */
  readonly label: string;
  /** What to say when the media could not be loaded. */
  readonly failed: string;
  /** A button offered with the failure, to load the media again. */
  readonly retry?: { readonly label: string; readonly run: () => void };
  /** Say the failure at once (`role="alert"`), where the player is what the view is about. */
  readonly alert?: boolean;
  readonly onPlay?: () => void;
}

/**
 * A recorded pitch's player (part `video`): its object URL once loaded, kept by `mediaSource` so a
 * released URL stops the element's load first; or, if the media failed, the reason and a retry.
 * Shared by the review, the gallery and the seller's own pitches so all three play takes alike.
 */
export function recordingPlayer(options: RecordingPlayerOptions): TemplateResult {
  const { media, retry } = options;
  if (media?.status === 'failed') {
    return html`<p class="media-failed" role=${ifDefined(options.alert ? 'alert' : undefined)}>
      ${options.failed} ${retry ? html`<button type="button" @click=${retry.run}>${retry.label}</button>` : ''}
    </p>`;
  }
  return html`<video
    part="video"
    controls
    preload="metadata"
    playsinline
    aria-label=${options.label}
    ${mediaSource(media?.status === 'ready' ? media.url : undefined)}
    @play=${options.onPlay}
  ></video>`;
}
