import type { EngagementSummary } from '@mindshare/core';
import { pickLocalized } from '@mindshare/core';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MindElement } from '../shared/base/mind-element.js';
import { elementStrings } from '../shared/i18n/element-strings.js';
import { insightTask } from '../shared/insight/insight-task.js';
import { loadState, loadStateView } from '../shared/loading/load-state.js';
import { box } from '../shared/styles/box.js';
import { tokens } from '../shared/styles/tokens.js';
import { badgesEn } from './strings/en.js';
import { badgesStyles } from './badges.styles.js';
import { renderEarned, renderNext, renderPoints, type BadgesViewContext } from './badges.views.js';

/**
 * A seller's engagement, apart from their challenge scores: activity points (all time and this
 * week), their streak of active weeks, the badges earned with their dates, and the next badges
 * with a progress bar each. Live: a badge earned while it is shown is announced politely and
 * fires `mind-badge-earned`.
 *
 * @tagname mind-badges
 * @summary Activity points, badges earned with dates, and progress toward the next ones.
 *
 * @csspart base - The element's box.
 * @csspart points - Points all time and this week, and the streak.
 * @csspart earned - The list of badges earned.
 * @csspart next - The list of badges ahead.
 * @csspart badge - One badge (also `earned-badge` or `next-badge`; `data-badge` holds its id).
 * @csspart progress - A badge's progress bar (a `<progress>` named by the badge's title).
 *
 * @cssproperty [--mind-badges-progress-color=var(--mind-color-accent)] - Colour of the progress bars.
 * @cssproperty [--mind-badges-gap=0.5rem] - Space between and inside the badges.
 *
 * @event {MindBadgeEarnedEvent} mind-badge-earned - A badge was earned while the element was shown.
 * @event {MindErrorEvent} mind-error - The view shows an error (once per error); `detail.code` is its `MIND_*` code.
 */
export class MindBadges extends MindElement<typeof badgesEn> {
  /** @internal Shadow styles; theme the element through its `--mind-*` tokens and parts. */
  static override styles = [tokens, box, loadState, badgesStyles];

  /** @internal English terms travel with the element; each other language is a lazy chunk, loaded when shown in it. */
  static override strings = elementStrings(badgesEn, (language) => import(`./strings/${language}.ts`));

  /** Whose badges: the viewer's by default; coaches and managers may name any seller. */
  @property() seller = '';

  /** The announcement of a badge earned while shown. */
  @state() protected announced = '';

  /** Badge ids earned at the previous load of this seller, to tell new ones. */
  #known: ReadonlySet<string> | undefined;

  readonly #summary = insightTask(this, {
    api: this.link.api,
    args: () => [this.seller] as const,
    load: (api, [seller]): Promise<EngagementSummary> => api.engagement(seller === '' ? {} : { sellerId: seller }),
    onComplete: (summary) => this.#noticeNew(summary),
    // Points or a badge earned here, in another tab or on the server.
    reloadOn: ['engagement'],
  });

  protected override apiChanged(): void {
    this.#known = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('seller')) this.#known = undefined;
  }

  #noticeNew(summary: EngagementSummary): void {
    const known = this.#known;
    this.#known = new Set(summary.earned.map((badge) => badge.badgeId));
    if (known === undefined) return;
    const fresh = summary.earned.filter((badge) => !known.has(badge.badgeId));
    if (fresh.length === 0) return;
    const lang = this.localize.lang();
    this.announced = fresh
      .map((badge) => this.localize.term('mindBadgesNewBadge', pickLocalized(badge.title, lang)))
      .join(' ');
    for (const badge of fresh) {
      this.emit('mind-badge-earned', { badgeId: badge.badgeId, earnedAt: badge.earnedAt });
    }
  }

  /** @internal The load failure the view shows, announced with `mind-error`. */
  protected override shownErrors(): readonly unknown[] {
    return this.#summary.status === 'error' ? [this.#summary.error] : [];
  }

  override render(): TemplateResult {
    const { status, value: summary } = this.#summary;
    const context: BadgesViewContext = {
      localize: this.localize,
      date: (epochMs) => this.viewerDate(epochMs, { dateStyle: 'medium' }),
    };
    // A region landmark named by its heading, inside the base every element draws.
    return this.renderBase(
      html`<section aria-labelledby="title">
        <h2 id="title">${this.localize.term('mindBadgesTitle')}</h2>
        ${
          status === 'ready' && summary
            ? [renderPoints(context, summary), renderEarned(context, summary), renderNext(context, summary)]
            : loadStateView(this.localize, this.#summary, {
                error: this.localize.term('mindBadgesError'),
                forbidden: this.localize.term('mindBadgesForbidden'),
              })
        }
      </section>`,
      this.announced,
    );
  }
}
