import { pickLocalized, type RecordingEntry } from '@mindshare/core';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { MindElement } from '../shared/base/mind-element.js';
import { loadElement } from '../shared/base/lazy-define.js';
import { elementStrings } from '../shared/i18n/element-strings.js';
import { loadState, loadStateView } from '../shared/loading/load-state.js';
import { box } from '../shared/styles/box.js';
import { dataTable } from '../shared/styles/data-table.js';
import { tokens } from '../shared/styles/tokens.js';
import { OpenedReview } from './opened-review.js';
import { QueueController } from './queue-controller.js';
import { queueListView } from './queue-list-view.js';
import { queueOpenView } from './queue-open-view.js';
import type { QueueViewContext } from './queue-view-context.js';
import { reviewQueueEn } from './strings/en.js';
import { reviewQueueStyles } from './review-queue.styles.js';

export type * from './review-queue.events.js';

/**
 * The coaches' queue: the pitches waiting for review, the longest-waiting first, each with its
 * seller, partner, exercise, how long it has waited and who is reviewing it; filters by exercise
 * and partner. Opening one claims it — the other coaches then see who is on it — and shows
 * `<mind-pitch-review>` for it, with "Back to queue", which releases the claim unless a review was
 * sent. The claim is renewed every 10 minutes while the pitch stays open, and released too when the
 * element is removed or the page hidden (closed, navigated away). A pitch another coach holds
 * offers to take it over or to go back. The queue reads again
 * on the API's change events and every `refresh-interval` seconds while the page is visible,
 * because over HTTP other coaches' claims and reviews send no change event to this page.
 *
 * `<mind-pitch-review>` is defined on first use: from the CDN bundle by itself; with the npm
 * package, import `@mindshare/elements/pitch-review` as well.
 *
 * @tagname mind-review-queue
 * @summary The pitches waiting for a coach's review, oldest first, with who is reviewing each.
 *
 * @csspart base - The wrapper of every view.
 * @csspart filters - The exercise and partner filters.
 * @csspart row - One waiting pitch (a table row).
 * @csspart seller - The seller's name in a row.
 * @csspart partner - The seller's partner in a row.
 * @csspart prompt - The exercise in a row.
 * @csspart waiting - How long the pitch has waited.
 * @csspart claim - Who is reviewing the pitch: nobody yet, you, or another coach.
 * @csspart open - A row's button that opens the pitch for review.
 * @csspart back - The "Back to queue" button of an opened pitch.
 * @csspart take-over - The button that takes a pitch over from the coach holding it.
 *
 * @cssproperty [--mind-review-queue-max-inline-size=64rem] - Widest the queue grows.
 * @cssproperty [--mind-review-queue-gap=var(--mind-space)] - Space between its pieces.
 * @cssproperty [--mind-review-queue-claimed-color=var(--mind-color-text-muted)] - Text colour of a row another coach is reviewing.
 *
 * @event {MindReviewOpenEvent} mind-review-open - The coach opened a pitch; it is claimed for them (`detail.claim`).
 * @event {MindReviewCloseEvent} mind-review-close - The coach went back to the queue; `detail.released` says whether their claim was released.
 * @event {MindErrorEvent} mind-error - The view shows an error (once per error): a failed load, a pitch held by another coach (`MIND_CONFLICT`).
 */
export class MindReviewQueue extends MindElement<typeof reviewQueueEn> {
  /** @internal Shadow styles; theme the element through its `--mind-*` tokens and parts. */
  static override styles = [tokens, box, dataTable, loadState, reviewQueueStyles];

  /** @internal English terms travel with the element; each other language is a lazy chunk, loaded when shown in it. */
  static override strings = elementStrings(reviewQueueEn, (language) => import(`./strings/${language}.ts`));

  /**
   * Seconds between two reads of the queue while the page is visible (default 30; `0` reads only
   * on change events). While a pitch is open, each read renews the coach's claim instead, which
   * notices sooner that another coach took it over; the claim is renewed every 10 minutes as well,
   * whatever this is.
   */
  @property({ type: Number, attribute: 'refresh-interval', reflect: true }) refreshInterval = 30;

  readonly #queue = new QueueController(this, this.link.api);
  readonly #opened = new OpenedReview(this, this.link);
  #timer: ReturnType<typeof setInterval> | undefined;
  /** The pitch to focus the row of once the queue is back, and the view focus last went to. */
  #returnTo: string | undefined;
  #focused: string | undefined;

  /** Reads the queue again (after an error, or when the portal knows something changed). */
  reload(): Promise<void> {
    return this.#queue.refresh();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stop();
  }

  protected override apiChanged(): void {
    // Another API is another coach (a portal switching users): back to their queue.
    this.#opened.reset();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('refreshInterval')) this.#schedule();
    this.#moveFocus();
  }

  /** @internal The errors the view shows: a failed load, a pitch that could not be opened. */
  protected override shownErrors(): readonly unknown[] {
    const state = this.#opened.state;
    if (state && state.step !== 'claiming' && state.step !== 'open') return [state.error];
    return !state && this.#queue.view === 'error' ? [this.#queue.error] : [];
  }

  override render(): TemplateResult {
    const state = this.#opened.state;
    const view = this.#queue.view;
    const context = this.#context();
    const body = state
      ? queueOpenView(context, state)
      : view === 'ready'
        ? queueListView(context)
        : loadStateView(this.localize, this.#queue.load, {
            error: this.localize.term('mindReviewQueueError'),
            forbidden: this.localize.term('mindReviewQueueForbidden'),
          });
    return this.renderBase(body);
  }

  #open(entry: RecordingEntry, takeOver = false): void {
    // Inside this shadow root the page's first-sight watch cannot see the tag: define it now.
    loadElement('mind-pitch-review').catch(() => undefined);
    this.#returnTo = entry.id;
    void this.#opened.open(entry, takeOver);
  }

  async #back(): Promise<void> {
    await this.#opened.close();
    await this.#queue.refresh(true);
  }

  /** Focus follows the view: the back button when a pitch opens, the refusal's title, the row on return. */
  #moveFocus(): void {
    const state = this.#opened.state;
    const key = state ? `${state.step}:${state.entry.id}` : this.#queue.view === 'ready' ? 'list' : 'other';
    if (key === this.#focused) return;
    const previous = this.#focused;
    this.#focused = key;
    if (previous === undefined) return; // the first view: the page decides where focus is
    const root = this.renderRoot;
    if (state?.step === 'open' || state?.step === 'claiming') {
      root.querySelector<HTMLElement>('[part~="back"]')?.focus();
    } else if (state) {
      root.querySelector<HTMLElement>('[data-focus]')?.focus();
    } else if (key === 'list' && this.#returnTo !== undefined) {
      const row = root.querySelector<HTMLElement>(`[data-recording="${this.#returnTo}"] [part~="open"]`);
      (row ?? root.querySelector<HTMLElement>('#queue-title'))?.focus();
      this.#returnTo = undefined;
    }
  }

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'visible' && this.refreshInterval > 0) this.#tick();
  };

  #schedule(): void {
    this.#stop();
    if (!this.isConnected || !(this.refreshInterval > 0)) return;
    this.#timer = setInterval(() => {
      if (document.visibilityState === 'visible') this.#tick();
    }, this.refreshInterval * 1000);
  }

  #stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #tick(): void {
    if (this.#opened.state) void this.#opened.renew();
    else if (this.#queue.view === 'ready') void this.#queue.refresh(true);
  }

  #context(): QueueViewContext {
    const lang = this.localize.lang();
    const api = this.mindshare;
    return {
      localize: this.localize,
      queue: this.#queue,
      opened: this.#opened,
      api,
      viewerId: api?.viewer.id ?? '',
      now: api?.now() ?? Date.now(),
      text: (value) => pickLocalized(value, lang),
      date: (epochMs) =>
        this.viewerDate(epochMs, { month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }),
      open: (entry, takeOver) => this.#open(entry, takeOver),
      back: () => void this.#back(),
      reviewed: () => this.#opened.markReviewed(),
    };
  }
}
