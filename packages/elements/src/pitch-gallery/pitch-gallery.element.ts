import { pickLocalized, type RecordingEntry } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { errorView } from '../shared/errors/error-view.js';
import { MindElement } from '../shared/base/mind-element.js';
import { commentList, seekVideo } from '../shared/comments/comment-list.js';
import { recordingPlayer } from '../shared/media/recording-player.js';
import { RecordingMediaController } from '../shared/media/recording-media.js';
import { recordingView } from '../shared/media/recording-view.styles.js';
import { box } from '../shared/styles/box.js';
import { tokens } from '../shared/styles/tokens.js';
import { elementStrings } from '../shared/i18n/element-strings.js';
import { GalleryController } from './gallery-controller.js';
import { pitchGalleryEn } from './strings/en.js';
import { pitchGalleryStyles } from './pitch-gallery.styles.js';

export type { MindPlayDetail, MindPlayEvent } from './pitch-gallery.events.js';

/**
 * The best practices of one pitch exercise, for sellers: the takes coaches published with their
 * sellers' consent, newest first, each with the seller's name, the video and the coach's
 * highlights — the score, the overall feedback and time-stamped comments that seek the video.
 * Live: a take published or withdrawn elsewhere appears or disappears.
 *
 * @tagname mind-pitch-gallery
 * @summary Published best-practice pitches for one exercise, with the coach's highlights.
 *
 * @csspart base - The wrapper of every view.
 * @csspart status - The loading, empty, not found and error views.
 * @csspart take - One published pitch.
 * @csspart seller - The seller's name heading a take.
 * @csspart video - A take's `<video>` element.
 * @csspart highlights - The coach's highlights of a take.
 * @csspart score - The coach's weighted total.
 * @csspart feedback - The coach's overall feedback.
 * @csspart comments - The list of time-stamped comments.
 * @csspart comment - One comment: its time and text (a button that seeks the video).
 * @csspart timestamp - A comment's time.
 *
 * @cssproperty [--mind-pitch-gallery-max-inline-size=64rem] - Widest the gallery grows.
 * @cssproperty [--mind-pitch-gallery-gap=var(--mind-space)] - Space between takes.
 * @cssproperty [--mind-pitch-gallery-take-background=var(--mind-color-surface-alt)] - Background of a take.
 *
 * @event {MindPlayEvent} mind-play - A seller started watching a take (once per take while the element is on the page).
 * @event {MindErrorEvent} mind-error - The view shows an error (once per error); `detail.code` is its `MIND_*` code.
 */
export class MindPitchGallery extends MindElement<typeof pitchGalleryEn> {
  /** @internal Shadow styles; theme the element through its `--mind-*` tokens and parts. */
  static override styles = [tokens, box, recordingView, pitchGalleryStyles];

  /** @internal English terms travel with the element; each other language is a lazy chunk, loaded when shown in it. */
  static override strings = elementStrings(pitchGalleryEn, (language) => import(`./strings/${language}.ts`));

  /** Id of the pitch prompt (exercise) whose best practices to show. */
  @property({ reflect: true }) prompt = '';

  readonly #gallery = new GalleryController(this, { api: this.link.api, promptId: () => this.prompt });

  // Exactly the takes shown: a withdrawn take's URL is revoked at once.
  readonly #media = new RecordingMediaController(this, {
    api: this.link.api,
    shown: () => (this.#gallery.view === 'loading' ? undefined : this.#gallery.entries.map((entry) => entry.id)),
  });
  readonly #played = new Set<string>();

  /** Reloads the gallery (after an error, or when the portal knows something changed). */
  reload(): Promise<void> {
    return this.#gallery.refresh();
  }

  protected override apiChanged(): void {
    this.#played.clear();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#played.clear();
  }

  /** @internal The errors the view shows: a failed load, takes whose video could not load. */
  protected override shownErrors(): readonly unknown[] {
    const failed = this.#gallery.view === 'error' ? [this.#gallery.error] : [];
    return [...failed, ...this.#media.errors()];
  }

  override render(): TemplateResult {
    return this.renderBase(this.#view());
  }

  #view(): TemplateResult {
    const { localize } = this;
    const { view, prompt, entries } = this.#gallery;
    const lang = this.localize.lang();
    switch (view) {
      case 'loading':
        return html`<p class="loading" part="status" role="status">${this.localize.term('mindLoading')}</p>`;
      case 'error':
        return errorView(this.localize, this.#gallery.error, {
          fallback: localize.term('mindPitchGalleryError'),
          retry: () => void this.reload(),
          part: 'status',
        });
      case 'not-found':
        return html`<p class="status" part="status">${localize.term('mindPitchGalleryNotFound')}</p>`;
      default: {
        const title = localize.term('mindPitchGalleryTitle', prompt ? pickLocalized(prompt.title, lang) : this.prompt);
        return html`<section aria-labelledby="gallery-title">
          <h2 id="gallery-title">${title}</h2>
          ${
            view === 'empty'
              ? html`<div class="status empty" part="status">
                  <h3>${localize.term('mindPitchGalleryEmptyTitle')}</h3>
                  <p>${localize.term('mindPitchGalleryEmpty')}</p>
                </div>`
              : html`<p class="count">${localize.term('mindPitchGalleryCount', entries.length)}</p>
                  <ol class="takes">
                    ${entries.map((entry) => html`<li>${this.#take(entry)}</li>`)}
                  </ol>`
          }
        </section>`;
      }
    }
  }

  #take(entry: RecordingEntry): TemplateResult {
    const { localize } = this;
    const media = this.#media.of(entry.id);
    const review = entry.review;
    const headingId = `take-${entry.id}`;
    return html`<article part="take" data-take=${entry.id} aria-labelledby=${headingId}>
      <h3 part="seller" id=${headingId}>${entry.sellerName}</h3>
      ${recordingPlayer({
        media,
        label: localize.term('mindPitchGalleryVideoLabel', entry.sellerName),
        failed: localize.term('mindPitchGalleryMediaFailed'),
        onPlay: () => this.#onPlay(entry),
      })}
      ${
        review
          ? html`<section part="highlights" aria-labelledby=${`highlights-${entry.id}`}>
              <h4 id=${`highlights-${entry.id}`}>${localize.term('mindPitchGalleryHighlights')}</h4>
              <p part="score">
                ${localize.term('mindPitchGalleryScore', Math.round(review.weightedTotal), review.maxTotal)}
              </p>
              ${review.feedback ? html`<blockquote part="feedback">${review.feedback}</blockquote>` : nothing}
              ${
                review.comments.length > 0
                  ? commentList({
                      comments: review.comments,
                      label: localize.term('mindPitchGalleryComments', entry.sellerName),
                      seekPrefix: localize.term('mindPitchGallerySeek'),
                      seek: (atMs) =>
                        seekVideo(
                          this.renderRoot.querySelector<HTMLVideoElement>(`[data-take="${entry.id}"] video`),
                          atMs,
                        ),
                    })
                  : nothing
              }
            </section>`
          : nothing
      }
    </article>`;
  }

  #onPlay(entry: RecordingEntry): void {
    if (this.#played.has(entry.id)) return;
    this.#played.add(entry.id);
    this.emit('mind-play', {
      recordingId: entry.id,
      promptId: entry.promptId,
      sellerName: entry.sellerName,
    });
  }
}
