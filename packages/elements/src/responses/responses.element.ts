import { isMindError, pickLocalized, type MindshareApi, type ResponseEntry, type ResponseQuery } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MindElement } from '../shared/base/mind-element.js';
import { downloadCsv } from '../shared/export/csv.js';
import { elementStrings } from '../shared/i18n/element-strings.js';
import { insightTask } from '../shared/insight/insight-task.js';
import { loadState, loadStateView } from '../shared/loading/load-state.js';
import { box } from '../shared/styles/box.js';
import { dataTable } from '../shared/styles/data-table.js';
import { tokens } from '../shared/styles/tokens.js';
import { responsesCsv } from './responses.csv.js';
import { responsesEn } from './strings/en.js';
import { responsesStyles } from './responses.styles.js';
import { renderPolls, renderTable, type ResponsesView } from './responses.views.js';

export type { MindResponseHandledDetail, MindResponseHandledEvent } from './responses.events.js';

/** Answers one "Show more" adds. */
const PAGE = 100;
/** The API's largest page, for the CSV of everything the filter matches. */
const EXPORT_PAGE = 500;

/** The API's filter for the element's question and "show handled". */
const filterOf = (question: string, showHandled: boolean): ResponseQuery => ({
  ...(question === '' ? {} : { nuggetId: question }),
  ...(showHandled ? {} : { handled: false }),
});

/**
 * Every answer `query` matches, `size` at a time, at most `pages` pages: on the API's (at, id)
 * cursor, so answers given in the same millisecond are all read. `more` when a next page may exist.
 */
async function readPages(
  api: MindshareApi,
  query: ResponseQuery,
  size: number,
  pages = Infinity,
): Promise<{ entries: ResponseEntry[]; more: boolean }> {
  const entries: ResponseEntry[] = [];
  for (let page = 0; page < pages; page++) {
    const last = entries[entries.length - 1];
    const next = await api.responses({
      ...query,
      limit: size,
      ...(last ? { before: last.at, beforeId: last.id } : {}),
    });
    entries.push(...next);
    if (next.length < size) return { entries, more: false };
  }
  return { entries, more: true };
}

/**
 * What sellers answered to open questions, for the owner of each question and channel managers:
 * newest first, with the seller, partner, tier, date, question and answer (plain text), filtered by
 * question (the open questions the viewer reads), handled answers hidden unless asked for, each
 * marked handled (or reopened) with one button, older answers a page at a time ("Show more"), and
 * every answer the filter matches downloadable as CSV. Below, the results of every released poll, as
 * bars with their counts and shares, without voting (coaches, managers and a poll's owner).
 * A seller who owns no open question is told whom the view is for.
 *
 * @tagname mind-responses
 * @summary Answers to open questions with a handled mark, CSV export and poll results, for owners and managers.
 *
 * @csspart base - The element's box.
 * @csspart filter - The question filter (a `<select>`) and the "show handled" checkbox.
 * @csspart table - The table of answers.
 * @csspart row - One answer's row (`data-response` holds its id).
 * @csspart text - An answer's text.
 * @csspart handle - The button that marks an answer handled or reopens it.
 * @csspart export - The button that downloads every answer the filter matches as CSV (UTF-8 with a byte order mark, for Excel).
 * @csspart more - The button that lists the next page of older answers.
 * @csspart polls - The poll results section.
 * @csspart poll - One poll's results.
 * @csspart bar - An option's bar (its share of voters).
 *
 * @cssproperty [--mind-responses-bar-color=var(--mind-color-accent)] - The poll bars.
 * @cssproperty [--mind-responses-handled-color=var(--mind-color-text-muted)] - Text of a handled answer's status.
 *
 * @event {MindResponseHandledEvent} mind-response-handled - An answer was marked handled or reopened, and the engine has it.
 * @event {MindErrorEvent} mind-error - The view shows an error (once per error); `detail.code` is its `MIND_*` code.
 */
export class MindResponses extends MindElement<typeof responsesEn> {
  /** @internal Shadow styles; theme the element through its `--mind-*` tokens and parts. */
  static override styles = [tokens, box, dataTable, loadState, responsesStyles];

  /** @internal English terms travel with the element; each other language is a lazy chunk, loaded when shown in it. */
  static override strings = elementStrings(responsesEn, (language) => import(`./strings/${language}.ts`));

  /** Only the answers to this open question (a nugget id); the person may change it with the filter. */
  @property() question = '';
  /** Lists handled answers too. */
  @property({ type: Boolean, attribute: 'show-handled' }) showHandled = false;
  /** Leaves out the poll results. */
  @property({ type: Boolean, attribute: 'no-polls' }) noPolls = false;

  /** Answers being marked, by id: their button is busy until the engine answers. */
  @state() private busy: ReadonlySet<string> = new Set();
  /** What the engine answered for each mark since the last load, shown until the next load has it. */
  @state() private marked: ReadonlyMap<string, ResponseEntry> = new Map();
  /** How many pages of answers are listed ("Show more" adds one). */
  @state() private pages = 1;
  /** The last mark the engine refused, shown above the table. */
  @state() private failure: unknown;
  /** What the live region says of the last mark. */
  @state() private announcement = '';

  readonly #answers = insightTask(this, {
    api: this.link.api,
    args: () => [this.question, this.showHandled, this.pages] as const,
    load: async (api, [question, showHandled, pages]) => {
      try {
        return await readPages(api, filterOf(question, showHandled), PAGE, pages);
      } catch (error) {
        // A question named by the page but not (or no longer) in the pack, and never answered: no answers.
        if (question !== '' && isMindError(error, 'MIND_NOT_FOUND')) return { entries: [], more: false };
        throw error;
      }
    },
    // "Show more" keeps the listed answers on screen while the next page loads.
    grows: ([question, handled, pages], [nextQuestion, nextHandled, nextPages]) =>
      question === nextQuestion && handled === nextHandled && nextPages > pages,
    onComplete: () => (this.marked = new Map()),
    // An answer given or marked (here, in another tab or on the server), or a seller's data erased.
    reloadOn: ['feed', 'privacy'],
  });

  /** The open questions the viewer reads, for the filter (none when refused: the filter lists what is loaded). */
  readonly #questions = insightTask(this, {
    api: this.link.api,
    args: () => [] as const,
    load: (api) => api.responseQuestions(),
  });

  readonly #polls = insightTask(this, {
    api: this.link.api,
    args: () => [this.noPolls] as const,
    load: (api, [noPolls]) => (noPolls ? Promise.resolve([]) : api.polls()),
    // A vote cast, or a voter's data erased.
    reloadOn: ['feed', 'privacy'],
  });

  protected override apiChanged(): void {
    this.marked = new Map();
    this.failure = undefined;
  }

  /** @internal The load and mark failures the view shows, announced with `mind-error`. */
  protected override shownErrors(): readonly unknown[] {
    const errors = [this.#answers, this.#polls].filter((load) => load.status === 'error').map((load) => load.error);
    return this.failure === undefined ? errors : [...errors, this.failure];
  }

  /** The loaded answers with the marks confirmed since. */
  get #entries(): ResponseEntry[] {
    return (this.#answers.value?.entries ?? []).map((entry) => this.marked.get(entry.id) ?? entry);
  }

  async #mark(entry: ResponseEntry, handled: boolean, focusNext: (() => void) | undefined): Promise<void> {
    const api = this.mindshare;
    if (!api || this.busy.has(entry.id)) return;
    this.busy = new Set([...this.busy, entry.id]);
    this.failure = undefined;
    try {
      const updated = await api.markResponseHandled(entry.id, handled);
      this.marked = new Map([...this.marked, [updated.id, updated]]);
      this.announcement = this.localize.term(
        handled ? 'mindResponsesMarked' : 'mindResponsesReopened',
        updated.sellerName,
      );
      this.emit('mind-response-handled', {
        responseId: updated.id,
        nuggetId: updated.nuggetId,
        sellerId: updated.sellerId,
        handled,
      });
      // The row leaves the list when handled answers are hidden: focus goes on, not to the page's top.
      if (handled && !this.showHandled) focusNext?.();
    } catch (error) {
      this.failure = error;
    } finally {
      const busy = new Set(this.busy);
      busy.delete(entry.id);
      this.busy = busy;
    }
  }

  #view(): ResponsesView {
    const lang = this.localize.lang();
    return {
      localize: this.localize,
      lang,
      busy: this.busy,
      date: (at) => this.viewerDate(at, { dateStyle: 'medium', timeStyle: 'short' }),
      question: (entry) => (entry.title ? pickLocalized(entry.title, lang) : entry.nuggetId),
      tier: (entry) => (entry.tierName ? pickLocalized(entry.tierName, lang) : (entry.tierId ?? '')),
      mark: (entry, handled, focusNext) => void this.#mark(entry, handled, focusNext),
      download: () => void this.#download(),
    };
  }

  /** Downloads every answer the filter matches, read page by page from the API (not only those listed). */
  async #download(): Promise<void> {
    const api = this.mindshare;
    if (!api) return;
    this.failure = undefined;
    try {
      const { entries } = await readPages(api, filterOf(this.question, this.showHandled), EXPORT_PAGE);
      downloadCsv('answers.csv', responsesCsv(this.#view(), entries), this.renderRoot);
    } catch (error) {
      this.failure = error;
    }
  }

  override render(): TemplateResult {
    const { localize } = this;
    const load = this.#answers;
    return this.renderBase(
      html`<h2>${localize.term('mindResponsesTitle')}</h2>
        ${
          load.status === 'ready' && load.value
            ? this.#renderAnswers()
            : loadStateView(localize, load, {
                error: localize.term('mindResponsesError'),
                forbidden: localize.term('mindResponsesForbidden'),
              })
        }
        ${this.noPolls || this.#polls.status === 'forbidden' ? nothing : this.#renderPolls()}`,
      this.announcement,
    );
  }

  #renderAnswers(): TemplateResult {
    const { localize } = this;
    const all = this.#entries;
    // With nothing to filter, only the empty state; else the filter stays, so handled answers can be shown.
    if (all.length === 0 && (this.#questions.value ?? []).length === 0 && this.question === '' && !this.showHandled) {
      return html`<p class="state" role="status">${localize.term('mindResponsesEmpty')}</p>`;
    }
    const filter = this.question;
    const view = this.#view();
    // The pack's questions the viewer reads, then any other listed or named (one that left the pack).
    const questions = new Map<string, string>(
      (this.#questions.value ?? []).map((question) => [question.nuggetId, pickLocalized(question.title, view.lang)]),
    );
    for (const entry of all) if (!questions.has(entry.nuggetId)) questions.set(entry.nuggetId, view.question(entry));
    if (filter !== '' && !questions.has(filter)) questions.set(filter, filter);
    // The API filtered; a mark made since may have handled a listed answer.
    const shown = all.filter((entry) => this.showHandled || !entry.handled);
    const more = this.#answers.value?.more === true;
    return html`<div class="filters" part="filter">
        <label>
          ${localize.term('mindResponsesQuestion')}
          <select
            @change=${(event: Event) => this.#filter((event.target as HTMLSelectElement).value, this.showHandled)}
          >
            <option value="" ?selected=${filter === ''}>${localize.term('mindResponsesAllQuestions')}</option>
            ${[...questions].map(
              ([id, title]) => html`<option value=${id} ?selected=${id === filter}>${title}</option>`,
            )}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            .checked=${this.showHandled}
            @change=${(event: Event) => this.#filter(this.question, (event.target as HTMLInputElement).checked)}
          />
          ${localize.term('mindResponsesShowHandled')}
        </label>
        <button type="button" part="export" ?disabled=${shown.length === 0} @click=${view.download}>
          ${localize.term('mindResponsesExport')}
        </button>
      </div>
      ${
        this.failure === undefined
          ? nothing
          : html`<p class="error" role="alert">${localize.term('mindResponsesMarkFailed')}</p>`
      }
      ${
        shown.length === 0
          ? html`<p class="state" role="status">
              ${localize.term(all.length > 0 ? 'mindResponsesAllHandled' : 'mindResponsesEmpty')}
            </p>`
          : renderTable(view, shown)
      }
      ${
        more
          ? html`<button type="button" part="more" @click=${() => (this.pages += 1)}>
              ${localize.term('mindResponsesMore')}
            </button>`
          : nothing
      }`;
  }

  /** A new filter lists its first page again. */
  #filter(question: string, showHandled: boolean): void {
    this.question = question;
    this.showHandled = showHandled;
    this.pages = 1;
  }

  #renderPolls(): TemplateResult | typeof nothing {
    const polls = this.#polls;
    if (polls.status === 'ready') {
      const results = polls.value ?? [];
      return results.length === 0 ? nothing : renderPolls(this.#view(), results);
    }
    return polls.status === 'error'
      ? loadStateView(this.localize, polls, { error: this.localize.term('mindResponsesPollsError') })
      : nothing;
  }
}
