import { pickLocalized, type RecordingEntry } from '@mindshare/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MindElement } from '../shared/base/mind-element.js';
import { box } from '../shared/styles/box.js';
import { tokens } from '../shared/styles/tokens.js';
import { commentList, seekVideo } from '../shared/comments/comment-list.js';
import { formatClock, formatTimestamp } from '../shared/timing/duration-format.js';
import { recordingPlayer } from '../shared/media/recording-player.js';
import { RecordingMediaController } from '../shared/media/recording-media.js';
import { recordingView } from '../shared/media/recording-view.styles.js';
import { reviewScoresStyles } from '../shared/review/review-scores.styles.js';
import { elementStrings } from '../shared/i18n/element-strings.js';
import { ReviewController } from './review-controller.js';
import { ReviewDraft } from './review-draft.js';
import { reviewFormView } from './review-form-view.js';
import { reviewStatusView } from './review-status-view.js';
import { reviewSummaryView } from './review-summary-view.js';
import type { ReviewViewContext } from './review-view-context.js';
import { pitchReviewEn } from './strings/en.js';
import { pitchReviewStyles } from './pitch-review.styles.js';

export type {
  MindPublishDetail,
  MindPublishEvent,
  MindReviewSubmitDetail,
  MindReviewSubmitEvent,
} from './pitch-review.events.js';

/**
 * A coach reviews one pitch recording: the video with time-stamped comments (added at the
 * player's current time; each one seeks the video), the rubric with its weights and level
 * descriptors as radio groups, overall feedback and the weighted total, live as the coach scores.
 * Once reviewed it shows a read-only summary and "Publish as best practice", enabled only while
 * the seller consents. A seller who opens it sees a polite explanation instead.
 *
 * @tagname mind-pitch-review
 * @summary A coach's review of a recorded sales pitch.
 *
 * @csspart base - The wrapper of every view.
 * @csspart status - The loading, none chosen, forbidden, not found, not submitted and error views.
 * @csspart player - The video with its comments.
 * @csspart video - The `<video>` element.
 * @csspart comments - The list of time-stamped comments.
 * @csspart comment - One comment: its time and text (a button that seeks the video).
 * @csspart timestamp - A comment's time.
 * @csspart comment-box - The field and button that add a comment at the current time.
 * @csspart rubric - The scoring form.
 * @csspart criterion - One rubric criterion (its radio group, or its score in the summary).
 * @csspart level - One level of a criterion: its score and descriptor.
 * @csspart feedback - The overall feedback (field, or text in the summary).
 * @csspart total - The weighted total.
 * @csspart submit - The submit button.
 * @csspart summary - The read-only review.
 * @csspart publish - The publish button with why it is disabled, or the published notice.
 *
 * @cssproperty [--mind-pitch-review-max-inline-size=64rem] - Widest the review grows.
 * @cssproperty [--mind-pitch-review-gap=var(--mind-space)] - Space between its pieces.
 * @cssproperty [--mind-pitch-review-level-background=var(--mind-color-surface-alt)] - Background of a rubric level.
 *
 * @event {MindReviewSubmitEvent} mind-review-submit - The coach's review was saved; `detail.review` has the total.
 * @event {MindPublishEvent} mind-publish - The take was published to the best-practice gallery.
 * @event {MindErrorEvent} mind-error - The view shows an error (once per error); `detail.code` is its `MIND_*` code.
 */
export class MindPitchReview extends MindElement<typeof pitchReviewEn> {
  /** @internal Shadow styles; theme the element through its `--mind-*` tokens and parts. */
  static override styles = [tokens, box, recordingView, reviewScoresStyles, pitchReviewStyles];

  /** @internal English terms travel with the element; each other language is a lazy chunk, loaded when shown in it. */
  static override strings = elementStrings(pitchReviewEn, (language) => import(`./strings/${language}.ts`));

  /** Id of the recording to review. */
  @property({ reflect: true }) recording = '';

  @state() private announcement = '';

  @query('video') private video!: HTMLVideoElement | null;

  readonly #review = new ReviewController(this, { ...this.link, recordingId: () => this.recording });

  readonly #media = new RecordingMediaController(this, {
    api: this.link.api,
    shown: () => {
      const { view, entry } = this.#review;
      return entry && (view === 'review' || view === 'reviewed') ? [entry.id] : undefined;
    },
  });
  readonly #draft = new ReviewDraft();
  #focusFor = '';

  /** Reloads the recording (after an error, or when the portal knows something changed). */
  reload(): Promise<void> {
    return this.#review.refresh();
  }

  protected override apiChanged(): void {
    // Another API is another coach (a portal switching users): their draft starts empty.
    this.#draft.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('recording') && this.hasUpdated) {
      this.#draft.reset();
      this.#media.release();
      this.announcement = '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After submitting, focus goes to the summary so a screen reader hears the outcome.
    const view = this.#review.view;
    if (view !== this.#focusFor) {
      const previous = this.#focusFor;
      this.#focusFor = view;
      if (previous === 'review' && view === 'reviewed')
        this.renderRoot.querySelector<HTMLElement>('#summary-title')?.focus();
    }
  }

  /** @internal The errors the view shows: a failed load, a review or publication refused, a video that did not load. */
  protected override shownErrors(): readonly unknown[] {
    const review = this.#review;
    return [
      ...(review.view === 'error' ? [review.error] : []),
      ...(review.problemError === undefined ? [] : [review.problemError]),
      ...this.#media.errors(),
    ];
  }

  override render(): TemplateResult {
    const context = this.#context();
    const { view, entry, prompt } = this.#review;
    let body: TemplateResult;
    if ((view === 'review' || view === 'reviewed') && entry && prompt) {
      body = html`<div class="heading">
          <h2>${this.localize.term('mindPitchReviewTitle', context.text(prompt.title))}</h2>
          <p class="meta">
            ${this.localize.term('mindPitchReviewBy', entry.sellerName, entry.take, formatClock(entry.durationMs ?? 0))}
          </p>
          ${
            entry.claim && entry.claim.coachId !== this.mindshare?.viewer.id
              ? html`<p class="claimed">${this.localize.term('mindPitchReviewClaimedBy', entry.claim.coachName)}</p>`
              : nothing
          }
        </div>
        <div class="layout">
          ${this.#player(entry, view === 'review')}
          ${
            view === 'reviewed' && entry.review
              ? reviewSummaryView(context, prompt, entry, entry.review)
              : reviewFormView(context, prompt)
          }
        </div>`;
    } else {
      body = reviewStatusView(context, view === 'review' || view === 'reviewed' ? 'not-found' : view, this.recording);
    }
    return this.renderBase(body, this.announcement);
  }

  #player(entry: RecordingEntry, editable: boolean): TemplateResult {
    const { localize } = this;
    const media = this.#media.of(entry.id);
    const comments = editable ? this.#draft.comments : (entry.review?.comments ?? []);
    return html`<section part="player" aria-label=${localize.term('mindPitchReviewVideoLabel', entry.sellerName)}>
      ${recordingPlayer({
        media,
        label: localize.term('mindPitchReviewVideoLabel', entry.sellerName),
        failed: localize.term('mindPitchReviewMediaFailed'),
        retry: {
          label: localize.term('mindRetry'),
          run: () => this.mindshare && this.#media.retry(this.mindshare, entry.id),
        },
        alert: true,
      })}
      <h3 id="comments-title">${localize.term('mindPitchReviewComments')}</h3>
      ${editable ? this.#commentBox(entry) : nothing}
      ${
        comments.length === 0
          ? html`<p class="empty">${localize.term('mindPitchReviewNoComments')}</p>`
          : commentList({
              comments,
              label: localize.term('mindPitchReviewComments'),
              seekPrefix: localize.term('mindPitchReviewSeek'),
              seek: (atMs) => seekVideo(this.video, atMs),
              extra: editable
                ? (comment, index) =>
                    html`<button
                      type="button"
                      class="remove"
                      aria-label=${localize.term('mindPitchReviewRemoveComment', formatTimestamp(comment.atMs))}
                      @click=${() => {
                        this.#draft.removeComment(index);
                        this.requestUpdate();
                      }}
                    >
                      <span aria-hidden="true">×</span>
                    </button>`
                : undefined,
            })
      }
    </section>`;
  }

  #commentBox(entry: RecordingEntry): TemplateResult {
    const { localize } = this;
    const add = () => {
      const field = this.renderRoot.querySelector<HTMLTextAreaElement>('#comment-text');
      const atMs = (this.video?.currentTime ?? 0) * 1000;
      const added = this.#draft.addComment(field?.value ?? '', Number.isFinite(atMs) ? atMs : 0, entry.durationMs ?? 0);
      if (!added || !field) return;
      field.value = '';
      this.announcement = localize.term('mindPitchReviewCommentAdded', formatTimestamp(added.atMs));
      this.requestUpdate();
    };
    return html`<div part="comment-box">
      <label for="comment-text">${localize.term('mindPitchReviewCommentLabel')}</label>
      <textarea
        id="comment-text"
        rows="2"
        maxlength="2000"
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            add();
          }
        }}
      ></textarea>
      <button type="button" class="add" @click=${add}>${localize.term('mindPitchReviewAddComment')}</button>
    </div>`;
  }

  async #submit(): Promise<void> {
    const { prompt } = this.#review;
    if (!prompt) return;
    const missing = this.#draft.missing(prompt.rubric);
    const saved = await this.#review.submit(this.#draft.input(prompt.rubric), missing.length === 0);
    if (saved) {
      this.#draft.reset();
    } else if (missing.length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`[data-criterion="${missing[0]!.id}"] input`)?.focus();
    }
  }

  #context(): ReviewViewContext {
    const lang = this.localize.lang();
    return {
      localize: this.localize,
      controller: this.#review,
      draft: this.#draft,
      text: (value) => pickLocalized(value, lang),
      date: (epochMs) => this.viewerDate(epochMs, { year: 'numeric', month: 'long', day: 'numeric' }),
      changed: () => this.requestUpdate(),
      submit: () => void this.#submit(),
      publish: () => void this.#review.publish(),
      retry: () => void this.#review.refresh(),
    };
  }
}
