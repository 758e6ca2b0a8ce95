import {
  isMindError,
  leaderboardLines,
  type LeaderboardEntity,
  type LeaderboardResult,
  type LeaderboardScope,
  type MindshareApi,
} from '@mindshare/core';
import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiTask } from '../shared/loading/api-task.js';
import { loadState, loadStateView } from '../shared/loading/load-state.js';
import { MindElement } from '../shared/base/mind-element.js';
import { box } from '../shared/styles/box.js';
import { dataTable } from '../shared/styles/data-table.js';
import { segmentedSwitch } from '../shared/switcher/segmented-switch.js';
import { switcherStyles } from '../shared/switcher/switcher.styles.js';
import { tokens } from '../shared/styles/tokens.js';
import { elementStrings } from '../shared/i18n/element-strings.js';
import { leaderboardEn } from './strings/en.js';
import { leaderboardStyles } from './leaderboard.styles.js';
import { RankMovement } from './rank-movement.js';
import { boardRow, type BoardRowContext } from './board-row.js';
import { VisibilitySwitch } from './visibility-switch.js';
import { scoreDigits } from './score-digits.js';
import { entityBoard } from './entity-board.js';
import { entityBoardStyles } from './entity-board.styles.js';
import { BOARD_PERIODS, loadBoard, type BoardKind, type BoardPeriod } from './engagement-board.js';

/** Rows a page may hold: keeps the shadow DOM small whatever `limit` a page asks for. */
export const MAX_PAGE_ROWS = 25;
/** Rows either side of the viewer the element asks for at most. */
export const MAX_AROUND = 5;
/** Pages "Show more" stacks before the oldest leaves the top (a bounded DOM on a 100 000-seller board). */
export const MAX_STACKED_PAGES = 2;

const clamp = (value: number, min: number, max: number, fallback: number) =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : fallback;

/**
 * The ranking of one challenge: the top of the board, the viewer's neighbourhood after a visible
 * gap, a scope switcher, rewards, and rank movement, live as anyone's score changes.
 *
 * With `board="engagement"` it shows the engagement board instead: sellers ranked by activity
 * points (not challenge scores), this week (`period="week"`, the default) or all time
 * (`period="all"`), with a switch between the two; `challenge` is then ignored.
 *
 * @tagname mind-leaderboard
 * @summary A live, paged, accessible leaderboard for one challenge.
 *
 * @csspart base - The leaderboard's box.
 * @csspart scope - The scope switcher (a radio group).
 * @csspart period - The engagement board's switch between this week and all time (a radio group).
 * @csspart row - One ranked row (also `viewer` on the viewer's own row, and `hidden` when others do not see it).
 * @csspart rank - The rank cell, with the movement since the previous load.
 * @csspart name - The name cell.
 * @csspart score - The score cell.
 * @csspart reward - The reward a row's rank earns.
 * @csspart movement - The arrow and number of places a row moved.
 * @csspart gap - The "…" row between the top and the viewer's neighbourhood.
 * @csspart visibility - The seller's "Show me on public boards" checkbox, its note and its status.
 * @csspart participants - On a partner or team board: how many of its sellers took part ("3 of 5").
 * @csspart incomplete - On a partner or team board: the flag of a row with fewer than k participants.
 * @csspart aggregate - On a partner or team board: how its score is made.
 *
 * @cssproperty [--mind-leaderboard-row-gap=0.5rem] - Block padding of each row.
 * @cssproperty [--mind-leaderboard-viewer-background=var(--mind-color-surface-alt)] - Background of the viewer's row.
 * @cssproperty [--mind-color-accent=#0b5cad] - Accent of the selected scope and the viewer's marker (`#8cc4ff` in the dark scheme).
 *
 * @event {MindRequestScopeEvent} mind-request-scope - Cancelable: the viewer asks for another scope; `preventDefault()` keeps the current one.
 * @event {MindScopeChangeEvent} mind-scope-change - The viewer switched scope.
 * @event {MindPeriodChangeEvent} mind-period-change - The viewer switched the engagement board between this week and all time.
 * @event {MindBoardVisibilityChangeEvent} mind-board-visibility-change - The viewer chose to be shown on, or hidden from, every public board, and the choice is saved.
 * @event {MindErrorEvent} mind-error - The view shows an error (once per error); `detail.code` is its `MIND_*` code.
 */
export class MindLeaderboard extends MindElement<typeof leaderboardEn> {
  /** @internal Shadow styles; theme the element through its `--mind-*` tokens and parts. */
  static override styles = [tokens, box, switcherStyles, dataTable, loadState, leaderboardStyles, entityBoardStyles];

  /** @internal English terms travel with the element; each other language is a lazy chunk, loaded when shown in it. */
  static override strings = elementStrings(leaderboardEn, (language) => import(`./strings/${language}.ts`));

  /** The challenge whose board to show (with `board="challenge"`). */
  @property() challenge = '';
  /** `challenge` (the default): a challenge's scores; `engagement`: activity points, apart from scores. */
  @property({ reflect: true }) board: BoardKind = 'challenge';
  /** The engagement board's period: `week` (this week, the default) or `all` (all time); the switch changes it. */
  @property({ reflect: true }) period: BoardPeriod = 'week';
  /** The scope shown (global, tier, partner, region, team); the switcher changes it. */
  @property({ reflect: true }) scope: LeaderboardScope = 'global';
  /** Rows from the top per page (at most 25). */
  @property({ type: Number }) limit = 10;
  /** Rows either side of the viewer (at most 5). */
  @property({ type: Number }) around = 2;
  /**
   * What the board ranks: `seller` (the default), or `partner` or `team` for the partner company
   * or team board the challenge declares, ranked by an aggregate of their sellers' scores, the
   * viewer's own highlighted. Those boards have no scope switcher and no paging.
   */
  @property({ reflect: true }) entity: LeaderboardEntity = 'seller';

  /** First visible row shown. */
  @state() protected offset = 0;
  /** Pages shown from `offset`: "Show more" adds one below. */
  @state() protected pages = 1;

  /** The position of the first row "Show more" added, focused once it is shown. */
  #focusPosition: number | undefined;

  readonly #visibility = new VisibilitySwitch({
    ...this.link,
    requestUpdate: () => this.requestUpdate(),
    localize: this.localize,
  });

  /** Rank movement since the previous load. */
  readonly #movement = new RankMovement();
  /** Successful loads so far: movement marks are keyed on it so their animation replays. */
  #loads = 0;

  readonly #board = new ApiTask(this, {
    api: this.link.api,
    args: () =>
      [
        this.challenge,
        this.scope,
        this.#limit * this.pages,
        clamp(this.around, 0, MAX_AROUND, 2),
        this.offset,
        this.entity,
        this.board,
        this.period,
      ] as const,
    load: (api, [challengeId, scope, limit, around, offset, entity, board, period]) =>
      entity === 'partner' || entity === 'team'
        ? api.leaderboard({ challengeId, limit, around, entity })
        : loadBoard(api, board, { challengeId, period, scope, limit, around, offset }),
    // More rows of the same board keep the rows shown on screen while they load, and focus stays.
    grows: ([challenge, scope, limit, around, offset, entity, board, period], next) =>
      entity === next[5] &&
      challenge === next[0] &&
      scope === next[1] &&
      around === next[3] &&
      board === next[6] &&
      period === next[7] &&
      next[4] >= offset &&
      next[4] + next[2] > offset + limit,
    failed: (error) => (isMindError(error, 'MIND_FORBIDDEN') ? 'forbidden' : 'error'),
    // The engagement board moves with activity too; every board with visibility (a `leaderboard` change).
    reloadOn: () => (this.board === 'engagement' ? ['leaderboard', 'engagement'] : ['leaderboard']),
    onComplete: (result: LeaderboardResult) => {
      this.#movement.record([...result.rows, ...result.around]);
      this.#loads++;
    },
  });

  protected override apiChanged(_api: MindshareApi | undefined): void {
    this.#movement.reset();
    this.#top();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      changed.has('challenge') ||
      changed.has('scope') ||
      changed.has('entity') ||
      changed.has('board') ||
      changed.has('period')
    ) {
      this.#movement.reset();
      if (this.hasUpdated) this.#top();
    }
  }

  get #limit(): number {
    return clamp(this.limit, 1, MAX_PAGE_ROWS, 10);
  }

  /** Selects a scope unless the page vetoes `mind-request-scope`; resolves once the board shows it. */
  #selectScope(scope: LeaderboardScope): Promise<unknown> {
    if (scope !== this.scope) {
      if (!this.emit('mind-request-scope', { scope }, { cancelable: true })) {
        return Promise.resolve();
      }
      this.scope = scope;
      this.emit('mind-scope-change', { scope });
    }
    return this.updateComplete;
  }

  /** Shows the engagement board of another period; resolves once the board shows it. */
  #selectPeriod(period: BoardPeriod): Promise<unknown> {
    if (period !== this.period) {
      this.period = period;
      this.emit('mind-period-change', { period });
    }
    return this.updateComplete;
  }

  #top(): void {
    this.offset = 0;
    this.pages = 1;
    this.#focusPosition = undefined;
  }

  /** Appends the next page below the rows shown; past a few pages, the oldest leaves the top. */
  #showMore(): void {
    if (this.#board.task.status === TaskStatus.PENDING) return; // the rows asked for are on their way
    this.#focusPosition = this.offset + this.#limit * this.pages;
    if (this.pages < MAX_STACKED_PAGES) this.pages++;
    else this.offset += this.#limit;
  }

  #showPrevious(): void {
    this.offset = Math.max(0, this.offset - this.#limit);
    this.#focusPosition = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { status } = this.#board.task;
    if (status === TaskStatus.ERROR) this.#focusPosition = undefined; // a later reload must not pull focus
    // A board out of reach (offline, storage not answering) is read again by itself, as it says.
    this.#board.retry.check();
    if (this.#focusPosition === undefined || status !== TaskStatus.COMPLETE) return;
    const row = this.renderRoot.querySelector<HTMLElement>(`tr[data-position="${this.#focusPosition}"]`);
    this.#focusPosition = undefined;
    row?.focus();
  }

  /** @internal The load failure the view shows, announced with `mind-error`. */
  protected override shownErrors(): readonly unknown[] {
    const shown = this.#board.status === 'error' ? [this.#board.error] : [];
    return this.#visibility.error === undefined ? shown : [...shown, this.#visibility.error];
  }

  override render(): TemplateResult {
    const { status, value: result } = this.#board;
    return this.renderBase(
      html`${this.board === 'engagement' ? this.#renderPeriods() : nothing}
      ${result && result.scopes.length > 1 && !result.entity ? this.#renderScopes(result.scopes) : nothing}
      ${
        status === 'ready' && result?.entity
          ? entityBoard(this.localize, { ...result, entity: result.entity })
          : status === 'ready' && result
            ? [
                this.#renderBoard(result),
                this.mindshare?.viewer?.role === 'seller' ? this.#visibility.render(result.visible) : nothing,
              ]
            : loadStateView(this.localize, this.#board, {
                error: this.localize.term('mindLeaderboardError'),
                forbidden: this.localize.term('mindLeaderboardForbidden'),
                challengeId: this.challenge,
                retrying: true,
              })
      }`,
    );
  }

  #renderPeriods(): TemplateResult {
    return segmentedSwitch({
      part: 'period',
      label: this.localize.term('mindLeaderboardPeriodLabel'),
      options: BOARD_PERIODS,
      selected: this.period,
      name: (period) => this.localize.term('mindLeaderboardPeriodName', period),
      rtl: this.localize.dir() === 'rtl',
      select: (period) => this.#selectPeriod(period),
    });
  }

  #renderScopes(scopes: readonly LeaderboardScope[]): TemplateResult {
    return segmentedSwitch({
      part: 'scope',
      label: this.localize.term('mindLeaderboardScopeLabel'),
      options: scopes,
      selected: this.scope,
      name: (scope) => this.localize.term('mindLeaderboardScopeName', scope),
      rtl: this.localize.dir() === 'rtl',
      select: (scope) => this.#selectScope(scope),
    });
  }

  #renderBoard(result: LeaderboardResult): TemplateResult {
    const engagement = this.board === 'engagement';
    const heading = engagement
      ? this.localize.term('mindLeaderboardEngagementTitle', this.period)
      : this.localize.term('mindLeaderboardTitle');
    const title = `${heading} · ${this.localize.term('mindLeaderboardScopeName', result.scope)}`;
    if (result.rows.length === 0 && result.around.length === 0) {
      const empty = engagement ? 'mindLeaderboardEngagementEmpty' : 'mindLeaderboardEmpty';
      return html`<p class="state" role="status">${this.localize.term(empty)}</p>`;
    }
    const digits = scoreDigits([...result.rows, ...result.around]);
    const positions = new Map(result.rows.map((row, index) => [row, this.offset + index]));
    return html`<div class="scroll">
        <table>
          <caption>
            ${title}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.localize.term('mindLeaderboardRank')}</th>
              <th scope="col">${this.localize.term('mindLeaderboardName')}</th>
              <th scope="col" class="score">
                ${this.localize.term(engagement ? 'mindLeaderboardPoints' : 'mindLeaderboardScore')}
              </th>
            </tr>
          </thead>
          <tbody>
            ${leaderboardLines(result).map((line) =>
              line.kind === 'row'
                ? boardRow(this.#rowContext, line.row, digits, positions.get(line.row))
                : html`<tr part="gap">
                    <td colspan="3">
                      <span aria-hidden="true">…</span
                      ><span class="visually-hidden">${this.localize.term('mindLeaderboardGap')}</span>
                    </td>
                  </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.#renderSummary(result)}`;
  }

  get #rowContext(): BoardRowContext {
    return { localize: this.localize, movement: this.#movement, loads: this.#loads };
  }

  #renderSummary(result: LeaderboardResult): TemplateResult {
    const first = result.rows[0];
    const last = result.rows[result.rows.length - 1];
    const hasPrevious = this.offset > 0;
    const shown = this.#limit * this.pages;
    // While more rows load the button stays, so focus does not fall off the page.
    const growing = this.#board.task.status === TaskStatus.PENDING && this.#board.status === 'ready';
    const hasNext = growing || (result.rows.length >= shown && this.offset + shown < result.total);
    return html`<p class="summary" role="status">
        ${first && last ? this.localize.term('mindLeaderboardRange', first.rank, last.rank, result.total) : nothing}${
          result.me
            ? html`<br />${this.localize.term(result.me.hidden ? 'mindLeaderboardMineHidden' : 'mindLeaderboardMine', result.me.rank, result.total)}`
            : nothing
        }
      </p>
      ${
        hasPrevious || hasNext
          ? html`<nav class="pages" aria-label=${this.localize.term('mindLeaderboardPages')}>
              ${
                hasPrevious
                  ? html`<button type="button" data-page="previous" @click=${() => this.#showPrevious()}>
                      ${this.localize.term('mindLeaderboardPrevious')}
                    </button>`
                  : nothing
              }
              ${
                hasNext
                  ? html`<button type="button" class="primary" data-page="next" @click=${() => this.#showMore()}>
                      ${this.localize.term('mindLeaderboardNext')}
                    </button>`
                  : nothing
              }
            </nav>`
          : nothing
      }`;
  }
}
