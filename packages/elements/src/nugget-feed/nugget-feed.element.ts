import {
  pickLocalized,
  type DueQuestion,
  type FeedEntry,
  type FeedView,
  type LocalizedRichText,
  type LocalizedText,
  type RedactedQuestion,
} from '@mindshare/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { errorView } from '../shared/errors/error-view.js';
import { CatalogTask } from '../shared/loading/catalog-task.js';
import { LazyModule } from '../shared/loading/lazy-module.js';
import { MindElement, WHEN } from '../shared/base/mind-element.js';
import { answerStyles } from '../shared/questions/answer.styles.js';
import { requestResource } from '../shared/questions/resource-request.js';
import { renderRichText } from '../shared/rich-text/rich-text.js';
import { tokens } from '../shared/styles/tokens.js';
import { elementStrings } from '../shared/i18n/element-strings.js';
import { FeedController } from './feed-controller.js';
import type { FeedViewContext } from './feed-view-context.js';
import { itemBody } from './item-views.js';
import { nuggetFeedStyles } from './nugget-feed.styles.js';
import type * as PracticeViews from './practice-view.js';
import { nuggetFeedEn } from './strings/en.js';
import { SeenController } from './seen-controller.js';
import { remindersStyles, renderReminders } from './certification-reminders.js';

export type * from './nugget-feed.events.js';

/**
 * The seller's editorial line: the items released to them, newest first — info cards, videos with
 * captions, polls (results after voting), open questions, mini-quizzes answered inline — and the
 * questions spaced repetition asks again. An item counts as seen once at least half of it has been
 * visible for a second by the API's clock, or when the seller uses it; the unread count follows.
 * States: loading, the feed, caught up (with when the next item arrives), empty, answers waiting
 * to sync, error with a retry. Live: it re-reads the feed on each change of the `feed` area.
 *
 * Keyboard: the items form an ARIA feed; Page Down and Page Up move between items.
 *
 * @tagname mind-nugget-feed
 * @summary The seller's feed of micro-learning items and practice questions.
 *
 * @csspart base - The feed's box.
 * @csspart header - The title and the unread badge.
 * @csspart badge - The unread count.
 * @csspart status - A message: loading, caught up, empty, pending sync, error.
 * @csspart due - The questions asked again.
 * @csspart reminders - The certifications about to expire, with what renews them.
 * @csspart reminder - One certification's reminder.
 * @csspart item - One item of the feed (an `article`).
 * @csspart choice - An option of a poll or of a question.
 * @csspart verdict - The verdict after a practice answer.
 *
 * @cssproperty [--mind-nugget-feed-max-inline-size=42rem] - Widest the feed grows.
 * @cssproperty [--mind-nugget-feed-gap=var(--mind-space)] - Space between items.
 * @cssproperty [--mind-nugget-feed-item-background=var(--mind-color-surface)] - Background of an item.
 * @cssproperty [--mind-nugget-feed-bar-color=var(--mind-color-accent)] - Colour of a poll result's bar.
 *
 * @event {MindNuggetSeenEvent} mind-nugget-seen - An unread item was marked seen (`detail.trigger`: `visible` or `interaction`).
 * @event {MindVoteEvent} mind-vote - The seller voted in a poll; `detail.tally` is `undefined` while the vote waits to sync.
 * @event {MindRespondEvent} mind-respond - The seller answered an open question.
 * @event {MindPracticeEvent} mind-practice - The seller answered a mini-quiz question or a question asked again; `detail.verdict` is `undefined` while it waits to sync.
 * @event {MindRequestResourceEvent} mind-request-resource - The seller opens a resource linked from a verdict. Cancelable:
 * call `preventDefault()` to open it the portal's own way instead of a new tab.
 * @event {MindErrorEvent} mind-error - The view shows an error (once per error); `detail.code` is its `MIND_*` code.
 */
export class MindNuggetFeed extends MindElement<typeof nuggetFeedEn> {
  /** @internal Shadow styles; theme the element through its `--mind-*` tokens and parts. */
  static override styles = [tokens, answerStyles, nuggetFeedStyles, remindersStyles];

  /** @internal English terms travel with the element; each other language is a lazy chunk, loaded when shown in it. */
  static override strings = elementStrings(nuggetFeedEn, (language) => import(`./strings/${language}.ts`));

  /** The pack's resources (linked from verdicts), read once per API. */
  readonly #catalog = new CatalogTask(this, this.link.api);
  @state() private announcement = '';
  /** The practice question views, loaded with the first mini-quiz or question asked again. */
  readonly #practice = new LazyModule<typeof PracticeViews>(this, () => import('./practice-view.js'));
  readonly #drafts = new Map<string, unknown>();

  readonly #feed = new FeedController(this, this.link);

  readonly #seen = new SeenController(this, {
    root: () => this.renderRoot,
    now: () => this.mindshare?.now(),
    seen: (nuggetId) => void this.#feed.markSeen(nuggetId, 'visible'),
  });

  /** Reloads the feed (after an error, or when the portal knows something changed). */
  reload(): Promise<void> {
    return this.#feed.load();
  }

  /**
   * Reads the engine's clock now instead of at the next check: marks seen every unread item that
   * has been half visible for a second. For tests and portals that move the clock.
   */
  syncClock(): void {
    this.#seen.check();
  }

  protected override apiChanged(): void {
    this.#drafts.clear();
    this.#feed.reset();
    void this.#feed.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this.#feed.view;
    if (view && (view.due.length > 0 || view.items.some((item) => item.nugget.kind === 'mini-quiz')))
      this.#practice.load();
  }

  #question(context: FeedViewContext, question: RedactedQuestion, nuggetId: string | undefined): TemplateResult {
    const practice = this.#practice;
    if (practice.module) return practice.module.practiceView(context, question, nuggetId);
    // Offline before the chunk was cached: offer to try again (the error stays while a retry runs).
    if (practice.error === undefined) return html`<p class="note">${this.localize.term('mindLoading')}</p>`;
    return html`<p class="note error" role="alert">${this.localize.term('mindErrorTitle')}</p>
      <button type="button" @click=${() => practice.retry()}>${this.localize.term('mindRetry')}</button>`;
  }

  /** @internal The errors the view shows: the feed's load, the practice views' download, each refused action. */
  protected override shownErrors(): readonly unknown[] {
    const feed = this.#feed;
    return [
      ...(feed.status === 'error' ? [feed.error] : []),
      ...(this.#practice.error === undefined ? [] : [this.#practice.error]),
      ...feed.failures.values(),
    ];
  }

  override render(): TemplateResult {
    const { status, view } = this.#feed;
    const unread = view ? view.items.filter((item) => this.#unread(item)).length : 0;
    return this.renderBase(
      html`<h2 part="header" id="title" class="header">
          ${this.localize.term('mindNuggetFeedTitle')}
          ${
            unread > 0
              ? html`<span part="badge" class="badge"
                  ><span aria-hidden="true">${this.localize.number(unread)}</span
                  ><span class="visually-hidden">${this.localize.term('mindNuggetFeedUnread', unread)}</span></span
                >`
              : nothing
          }
        </h2>
        ${status === 'ready' && view ? this.#renderFeed(view, unread) : this.#renderState()}`,
      this.announcement,
    );
  }

  /** Whether an item still counts as unread (marked seen in this session, before the feed is read again). */
  #unread(item: FeedEntry): boolean {
    return item.status === 'new' && !this.#feed.marked(item.nuggetId);
  }

  #renderState(): TemplateResult {
    if (this.#feed.status === 'error') {
      return errorView(this.localize, this.#feed.error, {
        fallback: this.localize.term('mindNuggetFeedError'),
        retry: () => void this.reload(),
        part: 'status',
      });
    }
    return html`<p part="status" class="status loading" role="status">${this.localize.term('mindLoading')}</p>`;
  }

  #renderFeed(view: FeedView, unread: number): TemplateResult {
    const context = this.#context();
    const due = this.#feed.due;
    const open = view.due.length;
    const items = [...view.items].reverse();
    const pending = this.#feed.pendingCount;
    const next = view.nextReleaseAt;
    const nextText =
      next === undefined
        ? this.localize.term('mindNuggetFeedNoMore')
        : this.localize.term('mindNuggetFeedNextRelease', context.dateTime(next));
    let message: TemplateResult | typeof nothing = nothing;
    if (items.length === 0 && due.length === 0) {
      message = html`<div part="status" class="status empty">
        <p><strong>${this.localize.term('mindNuggetFeedEmptyTitle')}</strong></p>
        <p>${this.localize.term('mindNuggetFeedEmpty')}</p>
        ${next === undefined ? nothing : html`<p>${nextText}</p>`}
      </div>`;
    } else if (unread === 0 && open === 0) {
      message = html`<div part="status" class="status caught-up">
        <p><strong>${this.localize.term('mindNuggetFeedCaughtUp')}</strong> ${nextText}</p>
      </div>`;
    }
    return html`${message}
    ${pending > 0 ? html`<p part="status" class="status pending">${this.localize.term('mindNuggetFeedPending', pending)}</p>` : nothing}
    ${renderReminders(this.localize, this.localize.lang(), view.reminders, (at) => this.viewerDate(at, { dateStyle: 'long' }))}
    ${due.length > 0 ? this.#renderDue(context, due) : nothing}
    ${
      items.length > 0
        ? html`<div role="feed" class="feed" aria-labelledby="title" aria-busy="false" @keydown=${this.#onFeedKey}>
            ${repeat(
              items,
              (item) => item.nuggetId,
              (item, index) => this.#renderItem(context, item, index, items.length),
            )}
          </div>`
        : nothing
    }`;
  }

  #renderDue(context: FeedViewContext, due: readonly DueQuestion[]): TemplateResult {
    return html`<section part="due" class="due" aria-labelledby="due-title">
      <h3 id="due-title">${this.localize.term('mindNuggetFeedDueTitle')}</h3>
      <p class="note">${this.localize.term('mindNuggetFeedDueHint')}</p>
      ${repeat(
        due,
        (entry) => entry.questionId,
        (entry) => this.#question(context, entry.question, undefined),
      )}
    </section>`;
  }

  #renderItem(context: FeedViewContext, item: FeedEntry, index: number, count: number): TemplateResult {
    const titleId = `item-${item.nuggetId}`;
    const unread = this.#unread(item);
    const interact = () => void this.#feed.markSeen(item.nuggetId, 'interaction');
    return html`<article
      part="item"
      class=${`item ${item.nugget.kind}`}
      data-nugget=${item.nuggetId}
      ?data-unread=${unread}
      tabindex="0"
      aria-posinset=${index + 1}
      aria-setsize=${count}
      aria-labelledby=${titleId}
      @focusin=${interact}
      @pointerdown=${interact}
      @play=${{ handleEvent: interact, capture: true }}
    >
      <p class="meta">
        <span>${this.localize.term('mindNuggetFeedKind', item.nugget.kind)}</span>
        ${unread ? html`<span class="new">${this.localize.term('mindNuggetFeedNew')}</span>` : nothing}
        <span>${this.localize.term('mindNuggetFeedReleased', context.dateTime(item.releasedAt))}</span>
      </p>
      <h3 id=${titleId}>${context.text(item.nugget.title)}</h3>
      ${itemBody(context, item, titleId)}
    </article>`;
  }

  /** The feed pattern's keys: Page Down / Page Up move focus to the next / previous item. */
  readonly #onFeedKey = (event: KeyboardEvent) => {
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('article[part~="item"]')];
    const current = items.findIndex((item) => item.contains(event.target as Node));
    const next = items[current + (event.key === 'PageDown' ? 1 : -1)];
    if (current < 0 || !next) return;
    event.preventDefault();
    next.focus();
  };

  /** Whether focus is in the feed now (on the form being sent: a tap on a phone may focus nothing). */
  #focused(): boolean {
    return (this.renderRoot as ShadowRoot).activeElement !== null;
  }

  /**
   * Moves focus to what replaced the form the seller just sent (a poll's results, "sent", a
   * verdict, "saved, waiting to sync"), marked `data-result`: the form's button is gone, and focus
   * gone with it would fall to the page, losing a keyboard or screen-reader user's place. Only when
   * focus was in the feed as the form was sent and was lost so: a tap that focused nothing, or a
   * seller who moved on meanwhile, is not pulled back.
   */
  async #focusResult(key: string, focused: boolean): Promise<void> {
    await this.updateComplete;
    if (!focused) return;
    const active = document.activeElement;
    if ((active !== null && active !== document.body) || (this.renderRoot as ShadowRoot).activeElement) return;
    this.renderRoot.querySelector<HTMLElement>(`[data-result="${CSS.escape(key)}"]`)?.focus();
  }

  #context(): FeedViewContext {
    const lang = this.localize.lang();
    const feed = this.#feed;
    const context: FeedViewContext = {
      localize: this.localize,
      controller: feed,
      lang,
      text: (value: LocalizedText) => pickLocalized(value, lang),
      rich: (value: LocalizedRichText) => renderRichText(pickLocalized(value, lang)),
      dateTime: (epochMs: number) => this.viewerDate(epochMs, WHEN),
      draft: <T>(key: string) => this.#drafts.get(key) as T | undefined,
      setDraft: (key, value) => {
        this.#drafts.set(key, value);
        this.requestUpdate();
      },
      announce: (message) => (this.announcement = message),
      updated: () => this.updateComplete,
      question: (question, nuggetId) => this.#question(context, question, nuggetId),
      resource: (id) => this.#catalog.value?.resources.find((resource) => resource.id === id),
      openResource: (event, resource, verdict) => requestResource(this, event, resource, verdict.questionId, lang),
      vote: async (nuggetId, optionIds) => {
        const focused = this.#focused();
        await feed.vote(nuggetId, optionIds);
        const voted = feed.tallies.get(nuggetId);
        if (voted) this.announcement = this.localize.term('mindNuggetFeedVoters', voted.tally.voters);
        await this.#focusResult(`poll:${nuggetId}`, focused);
      },
      respond: async (nuggetId, text) => {
        const focused = this.#focused();
        await feed.respond(nuggetId, text);
        if (feed.actions.get(nuggetId) === 'done') {
          this.#drafts.delete(`text:${nuggetId}`);
          this.announcement = this.localize.term('mindNuggetFeedResponded');
        }
        await this.#focusResult(`text:${nuggetId}`, focused);
      },
      practice: async (questionId, response, confidence, nuggetId) => {
        const due = feed.due.find((entry) => entry.questionId === questionId);
        const focused = this.#focused();
        await feed.practice({ questionId, nuggetId, due }, response, confidence);
        const verdict = feed.verdicts.get(questionId);
        const views = this.#practice.module;
        if (verdict && views) this.announcement = views.verdictTitle(context, verdict);
        await this.#focusResult(`question:${questionId}`, focused);
      },
    };
    return context;
  }
}
