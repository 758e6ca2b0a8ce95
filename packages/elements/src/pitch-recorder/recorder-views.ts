import { html, nothing, type TemplateResult } from 'lit';
import type { MindLocalizeController } from '../shared/i18n/localize.js';
import type { pitchRecorderEn } from './strings/en.js';
import { mediaSource } from '../shared/media/media-source.js';
import { formatClock } from '../shared/timing/duration-format.js';
import type { MediaController, MediaStatus } from './media-controller.js';
import type { RecordingController } from './recording-controller.js';

/** What the recorder's views read and call. */
export interface RecorderViewContext {
  readonly localize: MindLocalizeController<typeof pitchRecorderEn>;
  readonly media: MediaController;
  readonly recording: RecordingController;
  readonly consent: boolean;
  readonly setConsent: (consent: boolean) => void;
  readonly turnOn: () => void;
  readonly retake: () => void;
}

type Term = Parameters<MindLocalizeController<typeof pitchRecorderEn>['term']>[0];

const MEDIA_PROBLEMS: Partial<Record<MediaStatus, [Term, Term]>> = {
  denied: ['mindPitchRecorderDeniedTitle', 'mindPitchRecorderDenied'],
  'no-device': ['mindPitchRecorderNoDeviceTitle', 'mindPitchRecorderNoDevice'],
  busy: ['mindPitchRecorderBusyTitle', 'mindPitchRecorderBusy'],
  unsupported: ['mindPitchRecorderUnsupportedTitle', 'mindPitchRecorderUnsupported'],
  failed: ['mindPitchRecorderFailedTitle', 'mindPitchRecorderFailed'],
};

/** A titled message; `alert` for problems, with an optional action. */
export function message(
  id: string,
  title: string,
  body: string,
  options: { alert?: boolean; action?: TemplateResult | undefined } = {},
): TemplateResult {
  return html`<section class=${`status ${id}`} role=${options.alert ? 'alert' : nothing} aria-labelledby="status-title">
    <h3 id="status-title" tabindex="-1" data-focus>${title}</h3>
    ${body ? html`<p>${body}</p>` : nothing} ${options.action ?? nothing}
  </section>`;
}

/** Why the camera is needed, before asking; or why it cannot be used. */
export function introView(context: RecorderViewContext, supported: boolean): TemplateResult {
  const { localize, media } = context;
  const status = supported ? media.status : 'unsupported';
  const problem = MEDIA_PROBLEMS[status];
  if (problem) {
    const [title, body] = problem;
    const retry = html`<button class="primary" type="button" @click=${context.turnOn}>
      ${localize.term('mindRetry')}
    </button>`;
    return message(`problem ${status}`, localize.term(title), localize.term(body), {
      alert: true,
      action: supported ? retry : undefined,
    });
  }
  const acquiring = media.status === 'acquiring';
  return html`<section class="intro" aria-labelledby="why-title">
    <h3 id="why-title" tabindex="-1" data-focus>${localize.term('mindPitchRecorderWhyTitle')}</h3>
    ${
      context.recording.emptyTake
        ? html`<p class="empty-take" role="status">${localize.term('mindPitchRecorderEmptyTake')}</p>`
        : nothing
    }
    <p>${localize.term('mindPitchRecorderWhy')}</p>
    <div part="controls" class="controls">
      <button class="primary" type="button" ?disabled=${acquiring} @click=${context.turnOn}>
        ${localize.term(acquiring ? 'mindPitchRecorderTurningOn' : 'mindPitchRecorderTurnOn')}
      </button>
    </div>
  </section>`;
}

function devicePicker(
  context: RecorderViewContext,
  kind: 'videoinput' | 'audioinput',
): TemplateResult | typeof nothing {
  const { localize, media } = context;
  const camera = kind === 'videoinput';
  const devices = camera ? media.cameras : media.microphones;
  const chosen = camera ? media.cameraId : media.microphoneId;
  if (devices.length === 0) return nothing;
  const change = (event: Event) => void media.choose(kind, (event.target as HTMLSelectElement).value);
  return html`<label class="field">
    <span>${localize.term(camera ? 'mindPitchRecorderCamera' : 'mindPitchRecorderMicrophone')}</span>
    <select name=${kind} @change=${change}>
      ${devices.map(
        (device, index) =>
          html`<option value=${device.deviceId} ?selected=${device.deviceId === chosen}>
            ${device.label || localize.term('mindPitchRecorderDevice', index + 1)}
          </option>`,
      )}
    </select>
  </label>`;
}

function consentBox(context: RecorderViewContext, disabled = false): TemplateResult {
  const change = (event: Event) => context.setConsent((event.target as HTMLInputElement).checked);
  return html`<label part="consent" class="consent">
    <input type="checkbox" .checked=${context.consent} ?disabled=${disabled} @change=${change} />
    <span>${context.localize.term('mindPitchRecorderConsent')}</span>
  </label>`;
}

/** The live camera: device picker and consent before, the countdown, then the timer and stop. */
export function cameraView(context: RecorderViewContext): TemplateResult {
  const { localize, media, recording } = context;
  const view = recording.view;
  return html`<section class="camera" aria-label=${localize.term('mindPitchRecorderPreview')}>
    <div class="stage">
      <video
        part="preview"
        aria-label=${localize.term('mindPitchRecorderPreview')}
        .srcObject=${media.stream ?? null}
        .muted=${true}
        muted
        autoplay
        playsinline
      ></video>
      ${view === 'countdown' ? html`<div class="countdown" aria-hidden="true">${recording.countdown}</div>` : nothing}
    </div>
    ${
      view === 'recording'
        ? html`<p part="timer" class="timer">
            <span class="recording-dot">${localize.term('mindPitchRecorderRecording')}</span>
            <span>${localize.term('mindPitchRecorderTimeLeft')}</span>
            <span role="timer">${formatClock(recording.remainingMs)}</span>
          </p>`
        : nothing
    }
    ${
      view === 'preview'
        ? html`<div class="devices">${devicePicker(context, 'videoinput')} ${devicePicker(context, 'audioinput')}</div>
            ${consentBox(context)}`
        : nothing
    }
    <div part="controls" class="controls">
      ${
        view === 'recording'
          ? html`<button class="primary stop" type="button" data-focus @click=${() => recording.stop()}>
              ${localize.term('mindPitchRecorderStop')}
            </button>`
          : html`<button
              class="primary start"
              type="button"
              data-focus
              ?disabled=${view !== 'preview' || media.status !== 'on'}
              @click=${() => recording.begin()}
            >
              ${localize.term('mindPitchRecorderStart')}
            </button>`
      }
    </div>
  </section>`;
}

function progress(context: RecorderViewContext): TemplateResult {
  const { stored = 0, total = 0 } = context.recording.upload ?? {};
  const label = context.localize.term('mindPitchRecorderUpload', stored, total);
  return html`<div class="upload">
    <progress part="progress" max=${Math.max(total, 1)} .value=${stored} aria-label=${label}></progress>
    <span>${label}</span>
  </div>`;
}

/**
 * A take fresh from MediaRecorder has no duration in its WebM header, so Chromium's player shows
 * "Infinity" until it has read to the end: seek past the end once, which makes it find the real
 * duration, then back to the start.
 */
function revealDuration(event: Event): void {
  const video = event.currentTarget as HTMLVideoElement;
  if (Number.isFinite(video.duration)) return;
  const found = () => {
    if (!Number.isFinite(video.duration)) return;
    video.removeEventListener('durationchange', found);
    video.currentTime = 0;
    // The duration may be found while the seek past the end still runs, which can then end there
    // anyway (seen in Chromium on a busy machine): once it has ended, back to the start again.
    const again = () => {
      if (video.currentTime > 0) video.currentTime = 0;
    };
    video.addEventListener('seeked', again, { once: true });
  };
  video.addEventListener('durationchange', found);
  video.currentTime = Number.MAX_SAFE_INTEGER;
}

/** Playback of the take, consent, upload progress, submit and retake; then the sending state. */
export function reviewView(context: RecorderViewContext): TemplateResult {
  const { localize, recording } = context;
  const sending = recording.view === 'submitting';
  return html`<section class="review" aria-labelledby="review-title" aria-busy=${sending ? 'true' : 'false'}>
    <h3 id="review-title" tabindex="-1" data-focus>
      ${localize.term(sending ? 'mindPitchRecorderSubmitting' : 'mindPitchRecorderReviewTitle')}
    </h3>
    ${
      recording.playbackUrl
        ? html`<video
              part="playback"
              aria-label=${localize.term('mindPitchRecorderPlayback')}
              ${mediaSource(recording.playbackUrl)}
              controls
              playsinline
              @loadedmetadata=${revealDuration}
            ></video>
            <p part="length" class="length">
              ${localize.term('mindPitchRecorderLength', formatClock(recording.durationMs))}
            </p>`
        : nothing
    }
    ${consentBox(context, sending)} ${progress(context)}
    <div part="controls" class="controls">
      <button class="primary submit" type="button" ?disabled=${sending} @click=${() => void recording.submit()}>
        ${localize.term('mindPitchRecorderSubmit')}
      </button>
      ${
        recording.retakesLeft > 0
          ? html`<button class="retake" type="button" ?disabled=${sending} @click=${context.retake}>
              ${localize.term('mindPitchRecorderRetake')}
            </button>`
          : nothing
      }
    </div>
  </section>`;
}
