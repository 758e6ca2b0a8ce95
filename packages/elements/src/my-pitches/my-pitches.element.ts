import { pickLocalized, type RecordingEntry } from '@mindshare/core';
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MindElement } from '../shared/base/mind-element.js';
import { seekVideo } from '../shared/comments/comment-list.js';
import { errorView } from '../shared/errors/error-view.js';
import { elementStrings } from '../shared/i18n/element-strings.js';
import { RecordingMediaController } from '../shared/media/recording-media.js';
import { recordingView } from '../shared/media/recording-view.styles.js';
import { pitchState } from '../shared/pitch/pitch-state.js';
import { reviewScoresStyles } from '../shared/review/review-scores.styles.js';
import { box } from '../shared/styles/box.js';
import { tokens } from '../shared/styles/tokens.js';
import { myPitchesEn } from './strings/en.js';
import { myPitchesStyles } from './my-pitches.styles.js';
import { pitchView, type PitchViewContext } from './pitch-views.js';
import { PitchesController } from './pitches-controller.js';

export type { MindConsentChangeDetail, MindConsentChangeEvent } from './my-pitches.events.js';
export type { PitchState } from '../shared/pitch/pitch-state.js';

/**
 * A seller's own pitches and what their coach said: each take they sent, newest first, with its
 * state — sent, in review (a coach holds it), reviewed, published as a best practice — its
 * length and score. Opening one plays its video and shows the review: the rubric with each
 * criterion's level and weight, the weighted total, the coach's time-stamped comments (each seeks
 * the video) and the overall feedback. Each take has a "Show in the best-practice gallery" switch:
 * withdrawing takes a published take out of the gallery at once. Takes never sent (discarded, or
 * lost by a reload) are not listed. Live: a review, a claim or a publication elsewhere shows up.
 *
 * @tagname mind-my-pitches
 * @summary A seller's sent pitches with their coach's review, and consent to the gallery.
 *
 * @csspart base - The wrapper of every view.
 * @csspart status - The loading, empty and error views.
 * @csspart pitch - One sent take.
 * @csspart state - A take's state (sent, in review, reviewed, published) and score.
 * @csspart consent - A take's gallery switch, its hint, and its saving or failure message.
 * @csspart player - An opened take's video and comments.
 * @csspart video - The `<video>` element.
 * @csspart comments - The list of time-stamped comments.
 * @csspart comment - One comment: its time and text (a button that seeks the video).
 * @csspart timestamp - A comment's time.
 * @csspart rubric - The review's list of criteria.
 * @csspart criterion - One criterion: its label, the level chosen and its weight.
 * @csspart total - The weighted total.
 * @csspart feedback - The coach's overall feedback.
 *
 * @cssproperty [--mind-my-pitches-max-inline-size=48rem] - Widest the list grows.
 * @cssproperty [--mind-my-pitches-gap=var(--mind-space)] - Space between its pieces.
 * @cssproperty [--mind-my-pitches-pitch-background=var(--mind-color-surface-alt)] - Background of a take.
 *
 * @event {MindConsentChangeEvent} mind-consent-change - The seller's gallery consent for a take was saved (`detail.consent`).
 * @event {MindErrorEvent} mind-error - The view shows an error (once per error); `detail.code` is its `MIND_*` code.
 */
export class MindMyPitches extends MindElement<typeof myPitchesEn> {
  /** @internal Shadow styles; theme the element through its `--mind-*` tokens and parts. */
  static override styles = [tokens, box, recordingView, reviewScoresStyles, myPitchesStyles];

  /** @internal English terms travel with the element; each other language is a lazy chunk, loaded when shown in it. */
  static override strings = elementStrings(myPitchesEn, (language) => import(`./strings/${language}.ts`));

  /** Id of a pitch prompt to list only its takes; empty (default) for every prompt. */
  @property({ reflect: true }) prompt = '';

  /** The take whose video and review are shown (one at a time: one video loaded). */
  @state() private open: string | undefined;

  readonly #pitches = new PitchesController(this, { ...this.link, promptId: () => this.prompt });

  // Only the opened take's media; a take gone from the list is dropped with it.
  readonly #media = new RecordingMediaController(this, {
    api: this.link.api,
    shown: () => {
      const { view, entries } = this.#pitches;
      if (view === 'loading') return undefined;
      const open = entries.find((entry) => entry.id === this.open);
      return open ? [open.id] : [];
    },
  });

  /** Reloads the list (after an error, or when the portal knows something changed). */
  reload(): Promise<void> {
    return this.#pitches.refresh();
  }

  protected override apiChanged(): void {
    this.open = undefined;
  }

  /** @internal The errors the view shows: a failed load, a consent not saved, a video that did not load. */
  protected override shownErrors(): readonly unknown[] {
    const pitches = this.#pitches;
    return [...(pitches.view === 'error' ? [pitches.error] : []), ...pitches.failures(), ...this.#media.errors()];
  }

  override render(): TemplateResult {
    return this.renderBase(this.#view());
  }

  #view(): TemplateResult {
    const { localize } = this;
    const pitches = this.#pitches;
    switch (pitches.view) {
      case 'loading':
        return html`<p class="loading" part="status" role="status">${localize.term('mindLoading')}</p>`;
      case 'error':
        return errorView(localize, pitches.error, {
          fallback: localize.term('mindMyPitchesError'),
          retry: () => void this.reload(),
          part: 'status',
        });
      default: {
        const context = this.#context();
        return html`<section aria-labelledby="my-pitches-title">
          <h2 id="my-pitches-title">${localize.term('mindMyPitchesTitle')}</h2>
          ${
            pitches.view === 'empty'
              ? html`<div class="status empty" part="status">
                  <h3>${localize.term('mindMyPitchesEmptyTitle')}</h3>
                  <p>${localize.term('mindMyPitchesEmpty')}</p>
                </div>`
              : html`<ol class="pitches">
                  ${pitches.entries.map((entry) => html`<li>${pitchView(context, entry)}</li>`)}
                </ol>`
          }
        </section>`;
      }
    }
  }

  #context(): PitchViewContext {
    const lang = this.localize.lang();
    const now = this.mindshare?.now() ?? 0;
    const pitches = this.#pitches;
    return {
      localize: this.localize,
      text: (value) => pickLocalized(value, lang),
      date: (epochMs) => this.viewerDate(epochMs, { year: 'numeric', month: 'long', day: 'numeric' }),
      state: (entry) => pitchState(entry, now),
      prompt: (promptId) => pitches.prompt(promptId),
      open: this.open,
      toggle: (recordingId) => (this.open = this.open === recordingId ? undefined : recordingId),
      saving: (recordingId) => pitches.saving(recordingId),
      failed: (recordingId) => pitches.failure(recordingId) !== undefined,
      setConsent: (entry: RecordingEntry, consent) => void this.#setConsent(entry, consent),
      media: (recordingId) => this.#media.of(recordingId),
      retryMedia: (recordingId) => this.mindshare && this.#media.retry(this.mindshare, recordingId),
      seek: (recordingId, atMs) =>
        seekVideo(this.renderRoot.querySelector<HTMLVideoElement>(`[data-recording="${recordingId}"] video`), atMs),
    };
  }

  async #setConsent(entry: RecordingEntry, consent: boolean): Promise<void> {
    const saved = await this.#pitches.setConsent(entry, consent);
    if (saved) return;
    // Not saved: the switch shows the stored choice again (the input kept the seller's click).
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#consent-${CSS.escape(entry.id)}`);
    if (input) input.checked = entry.consent.gallery;
  }
}
