import { pickLocalized, type MindshareApi } from '@mindshare/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { errorView } from '../shared/errors/error-view.js';
import { MindElement } from '../shared/base/mind-element.js';
import { formatDuration } from '../shared/timing/duration-format.js';
import { pitchState } from '../shared/pitch/pitch-state.js';
import { renderRichText } from '../shared/rich-text/rich-text.js';
import { card } from '../shared/styles/card.js';
import { tokens } from '../shared/styles/tokens.js';
import { elementStrings } from '../shared/i18n/element-strings.js';
import { MediaController, canRecord } from './media-controller.js';
import { pitchRecorderEn } from './strings/en.js';
import { pitchRecorderStyles } from './pitch-recorder.styles.js';
import { cameraView, introView, message, reviewView, type RecorderViewContext } from './recorder-views.js';
import { RecordingController } from './recording-controller.js';

export type {
  MindRecordingStartDetail,
  MindRecordingStartEvent,
  MindRecordingStopDetail,
  MindRecordingStopEvent,
  MindRecordingSubmitDetail,
  MindRecordingSubmitEvent,
} from './pitch-recorder.events.js';

/** Seconds left at which the remaining time is spoken. */
const SPEAK_AT_SECONDS = 10;

/**
 * Records a seller's video pitch for a prompt: the scenario, the maximum duration and the retakes
 * left; why the camera and microphone are needed, before the browser asks (nothing is requested
 * on load); the camera preview with a device picker; a 3-2-1 countdown; recording with the time
 * left and an automatic stop at the maximum; playback, retake, consent to the best-practice
 * gallery, and submit with upload progress. Permission denied, no device, device busy and a
 * browser that cannot record each have their own view; a take stopped before the camera sent any
 * picture is said to be empty, and does not count against the retakes. Once a take is sent, it says where the take
 * stands (waiting for a coach, in a coach's hands, reviewed with its score) and, with
 * `pitches-href`, links to the seller's pitches (`<mind-my-pitches>`) for the coach's review.
 *
 * Chunks go to the API (`startRecording(…).append`) every second while recording, so a crash
 * loses at most the last one; submitting only finishes the take. The camera and microphone are
 * released when recording stops and when the element leaves the page. The countdown, the time
 * left and the automatic stop follow the API's clock (`api.now()`); see {@link syncClock}.
 *
 * @tagname mind-pitch-recorder
 * @summary A video pitch recorder for partner sellers.
 *
 * @csspart base - The wrapper of every view.
 * @csspart prompt - The prompt: title, scenario, maximum duration and retakes left.
 * @csspart preview - The live camera `<video>`.
 * @csspart timer - The time left while recording.
 * @csspart controls - Each row of buttons (turn on, start, stop, submit, retake).
 * @csspart playback - The `<video>` that plays the take back.
 * @csspart length - The take's length under its playback (measured while recording).
 * @csspart consent - The consent checkbox and its label.
 * @csspart progress - The upload progress bar (parts stored of parts recorded).
 * @csspart pitches-link - Once sent, the link to the seller's pitches (`pitches-href`), where the coach's review shows.
 *
 * @cssproperty [--mind-pitch-recorder-max-inline-size=42rem] - Widest the recorder grows.
 * @cssproperty [--mind-pitch-recorder-gap=var(--mind-space)] - Space between the pieces of a view.
 * @cssproperty [--mind-pitch-recorder-video-background=#000] - Behind the videos.
 * @cssproperty [--mind-pitch-recorder-recording-color=var(--mind-color-danger)] - The recording dot.
 *
 * @event {MindRecordingStartEvent} mind-recording-start - A take began, after the countdown (`detail.recordingId`, `take`, `mimeType`).
 * @event {MindRecordingStopEvent} mind-recording-stop - The take ended: `detail.reason` is `stopped` or `max-duration`.
 * @event {MindRecordingSubmitEvent} mind-recording-submit - The take was submitted; `detail.recording` is the stored recording.
 * @event {MindErrorEvent} mind-error - The view shows an error (once per error); `detail.code` is its `MIND_*` code.
 */
export class MindPitchRecorder extends MindElement<typeof pitchRecorderEn> {
  /** @internal Shadow styles; theme the element through its `--mind-*` tokens and parts. */
  static override styles = [tokens, card, pitchRecorderStyles];

  /** @internal English terms travel with the element; each other language is a lazy chunk, loaded when shown in it. */
  static override strings = elementStrings(pitchRecorderEn, (language) => import(`./strings/${language}.ts`));

  /** Id of the pitch prompt in the content pack. */
  @property({ reflect: true }) prompt = '';

  /**
   * Where the seller's pitches are shown (a page with `<mind-my-pitches>`): once a take is sent,
   * the recorder links there for the coach's review. Without it, the sent state says where the
   * take stands (sent, in review, reviewed with its score) and links nowhere.
   */
  @property({ attribute: 'pitches-href' }) pitchesHref = '';

  /** The consent checkbox (unchecked by default): sent with the take, or by `setConsent` when changed after. */
  @state() private consent = false;

  readonly #media = new MediaController(this);

  readonly #recording = new RecordingController(this, {
    ...this.link,
    promptId: () => this.prompt,
    stream: () => this.#media.stream,
    consent: () => this.consent,
    release: () => this.#media.release(),
  });

  #loaded: { api: MindshareApi | undefined; prompt: string } | undefined;
  #focusedFor = '';
  #interacted = false;

  /**
   * Reads the API's clock now instead of at the next quarter second: moves the countdown and the
   * time left, and stops at the maximum. For tests and portals that move the clock.
   */
  syncClock(): void {
    this.#recording.tick();
  }

  /** Reloads the prompt and the seller's takes (after an error, or when the portal knows something changed). */
  reload(): Promise<void> {
    this.#loaded = { api: this.mindshare, prompt: this.prompt };
    return this.#recording.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loaded = undefined;
  }

  protected override apiChanged(): void {
    this.#loadIfNeeded();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('prompt')) this.#loadIfNeeded();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Focus follows the seller to each new step, once they have acted.
    const key = `${this.#recording.view}:${this.#media.status}`;
    if (key === this.#focusedFor) return;
    this.#focusedFor = key;
    if (this.#interacted) this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  /** @internal The failure the error view shows. */
  protected override shownErrors(): readonly unknown[] {
    return this.#recording.view === 'error' ? [this.#recording.error] : [];
  }

  override render(): TemplateResult {
    return this.renderBase(this.#view(), this.#announcement());
  }

  #view(): TemplateResult | typeof nothing {
    const { localize } = this;
    const recording = this.#recording;
    const context = this.#context();
    switch (recording.view) {
      case 'idle':
        return nothing;
      case 'loading':
        return html`<p class="loading">${localize.term('mindLoading')}</p>`;
      case 'missing':
        return message(
          'missing',
          localize.term('mindPitchRecorderMissingTitle'),
          localize.term('mindPitchRecorderMissing'),
        );
      case 'error':
        return errorView(localize, recording.error, { retry: () => recording.retry?.(), focusable: true, level: 3 });
      case 'submitted':
        return html`${this.#prompt(false)}
        ${message('submitted', localize.term('mindPitchRecorderSubmittedTitle'), this.#sentState(), {
          action: this.pitchesHref
            ? html`<p>
                <a part="pitches-link" href=${this.pitchesHref}>${localize.term('mindPitchRecorderSeePitches')}</a>
              </p>`
            : undefined,
        })}`;
      case 'exhausted':
        return html`${this.#prompt(false)}
        ${message(
          'exhausted',
          localize.term('mindPitchRecorderExhaustedTitle'),
          localize.term('mindPitchRecorderExhausted'),
        )}`;
      case 'intro':
        return html`${this.#prompt(true)}${introView(context, canRecord())}`;
      case 'preview':
        // A device switch that failed shows its problem; the preview returns once a device works.
        return html`${this.#prompt(true)}${
          ['on', 'acquiring'].includes(this.#media.status) ? cameraView(context) : introView(context, canRecord())
        }`;
      case 'review':
      case 'submitting':
        return html`${this.#prompt(false)}${reviewView(context)}`;
      default:
        // countdown, recording: the scenario stays in sight while the seller speaks.
        return html`${this.#prompt(true)}${cameraView(context)}`;
    }
  }

  /** Where the sent take stands (see {@link pitchState}): reviewed with its score, in a coach's hands, or waiting. */
  #sentState(): string {
    const { localize } = this;
    const take = this.#recording.submitted;
    const state = take ? pitchState(take, this.mindshare?.now() ?? 0) : 'sent';
    const review = take && 'review' in take ? take.review : undefined;
    const claim = take && 'claim' in take ? take.claim : undefined;
    if ((state === 'reviewed' || state === 'published') && review)
      return localize.term('mindPitchRecorderReviewed', Math.round(review.weightedTotal), review.maxTotal);
    if (state === 'in-review' && claim) return localize.term('mindPitchRecorderInReview', claim.coachName);
    return localize.term('mindPitchRecorderSubmitted');
  }

  /** The prompt's title and, while preparing and recording, its scenario and rules. */
  #prompt(full: boolean): TemplateResult | typeof nothing {
    const prompt = this.#recording.prompt;
    if (!prompt) return nothing;
    const { localize } = this;
    const lang = localize.lang();
    return html`<div part="prompt" class="prompt">
      <h2>${pickLocalized(prompt.title, lang)}</h2>
      ${
        full
          ? html`<div class="scenario">${renderRichText(pickLocalized(prompt.scenario, lang))}</div>
              <ul class="facts">
                <li>
                  ${localize.term('mindPitchRecorderMaxDuration', formatDuration(prompt.maxDurationSeconds, lang))}
                </li>
                <li>${localize.term('mindPitchRecorderRetakesLeft', this.#recording.retakesLeft)}</li>
              </ul>`
          : nothing
      }
    </div>`;
  }

  /** What screen readers hear: the countdown, the start, the last seconds, the stop. */
  #announcement(): string {
    const { localize } = this;
    const recording = this.#recording;
    switch (recording.view) {
      case 'countdown':
        return localize.term('mindPitchRecorderCountdown', recording.countdown);
      case 'recording':
        // Spoken once when the last seconds begin (not for a prompt that is no longer than them).
        return recording.remainingMs <= SPEAK_AT_SECONDS * 1000 && recording.maxMs > SPEAK_AT_SECONDS * 1000
          ? localize.term('mindPitchRecorderSecondsLeft', SPEAK_AT_SECONDS)
          : localize.term('mindPitchRecorderRecording');
      case 'review':
        return localize.term(
          recording.remainingMs === 0 ? 'mindPitchRecorderStoppedAtMax' : 'mindPitchRecorderStopped',
        );
      default:
        return '';
    }
  }

  #context(): RecorderViewContext {
    return {
      localize: this.localize,
      media: this.#media,
      recording: this.#recording,
      consent: this.consent,
      setConsent: (consent) => (this.consent = consent),
      turnOn: () => void this.#turnOn(),
      retake: () => void this.#retake(),
    };
  }

  async #turnOn(): Promise<void> {
    this.#interacted = true;
    if (await this.#media.acquire()) this.#recording.preview();
  }

  async #retake(): Promise<void> {
    this.#interacted = true;
    if (await this.#recording.retake()) await this.#turnOn();
  }

  #loadIfNeeded(): void {
    const loaded = this.#loaded;
    if (!this.isConnected || (loaded && loaded.api === this.mindshare && loaded.prompt === this.prompt)) return;
    void this.reload();
  }
}
