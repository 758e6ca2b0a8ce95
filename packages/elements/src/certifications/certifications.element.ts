import type { CertificationsView, CertifiedSellersView } from '@mindshare/core';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MindElement } from '../shared/base/mind-element.js';
import { downloadCsv } from '../shared/export/csv.js';
import { elementStrings } from '../shared/i18n/element-strings.js';
import { insightTask } from '../shared/insight/insight-task.js';
import { loadState, loadStateView } from '../shared/loading/load-state.js';
import { box } from '../shared/styles/box.js';
import { dataTable } from '../shared/styles/data-table.js';
import { tokens } from '../shared/styles/tokens.js';
import { certifiedSellersCsv } from './certifications.csv.js';
import { certificationsEn } from './strings/en.js';
import { certificationsStyles } from './certifications.styles.js';
import { renderManager, renderSeller, type CertificationsViewContext } from './certifications.views.js';

/** What the element loaded: a seller's certifications, or the managers' view. */
type Loaded =
  | { readonly view: 'seller'; readonly value: CertificationsView }
  | { readonly view: 'manager'; readonly value: CertifiedSellersView };

/**
 * Certifications earned by passing challenges. For a seller (the default view): each
 * certification of the program with its validity — held until, expiring soon, in its grace
 * period, expired — and what is left to earn it (the required challenges with the seller's best
 * score and the score needed) or what renews it. With `view="manager"`, for coaches and channel
 * managers: how many sellers of each partner are certified and how many expire soon, by tier, and
 * every certification awarded, soonest to expire first, with a filter on those expiring soon and a
 * CSV download of the rows shown. Live: an award or a renewal elsewhere shows up.
 *
 * @tagname mind-certifications
 * @summary A seller's certifications and what is left to earn; who is certified per partner and tier.
 *
 * @csspart base - The wrapper of every view.
 * @csspart certification - One certification in the seller's view.
 * @csspart validity - A certification's validity or state (`Certified until…`, `Not earned yet`).
 * @csspart requirements - The list of a certification's challenges with the best scores.
 * @csspart table - The manager's tables (also `partners` and `sellers`).
 * @csspart row - A row of the manager's tables.
 * @csspart export - The button that downloads the certified sellers as CSV (UTF-8 with a byte order mark, for Excel).
 *
 * @cssproperty [--mind-certifications-gap=var(--mind-space)] - Space between certifications.
 * @cssproperty [--mind-certifications-card-background=var(--mind-color-surface-alt)] - Background of a certification.
 * @cssproperty [--mind-color-danger=#b3261e] - Colour of a certification expiring soon or in grace (`#ffb4ab` in the dark scheme).
 *
 * @event {MindErrorEvent} mind-error - The view shows an error (once per error); `detail.code` is its `MIND_*` code.
 */
export class MindCertifications extends MindElement<typeof certificationsEn> {
  /** @internal Shadow styles; theme the element through its `--mind-*` tokens and parts. */
  static override styles = [tokens, box, dataTable, loadState, certificationsStyles];

  /** @internal English terms travel with the element; each other language is a lazy chunk, loaded when shown in it. */
  static override strings = elementStrings(certificationsEn, (language) => import(`./strings/${language}.ts`));

  /** `seller` (default): the viewer's certifications, or `seller`'s; `manager`: who is certified per partner and tier. */
  @property({ reflect: true }) view: 'seller' | 'manager' = 'seller';
  /** For coaches and managers in the seller view: whose certifications to show (default: the viewer's own). */
  @property() seller: string | undefined;

  /** The manager view lists only the certifications expiring soon or in grace. */
  @state() private onlyExpiring = false;

  readonly #data = insightTask(this, {
    api: this.link.api,
    args: () => [this.view === 'manager' ? 'manager' : 'seller', this.seller] as const,
    load: async (api, [view, seller]): Promise<Loaded> =>
      view === 'manager'
        ? { view, value: await api.certifiedSellers() }
        : { view, value: await api.certifications(seller ? { sellerId: seller } : {}) },
    // An award or a renewal here, in another tab or on the server; a directory update moves tiers.
    reloadOn: ['certifications', 'challenges'],
  });

  protected override apiChanged(): void {
    this.onlyExpiring = false;
  }

  /** @internal The load failure the view shows, announced with `mind-error`. */
  protected override shownErrors(): readonly unknown[] {
    return this.#data.status === 'error' ? [this.#data.error] : [];
  }

  override render(): TemplateResult {
    const { status, value } = this.#data;
    const manager = this.view === 'manager';
    return this.renderBase(
      status === 'ready' && value
        ? this.#renderLoaded(value)
        : loadStateView(this.localize, this.#data, {
            error: this.localize.term('mindCertificationsError'),
            forbidden: this.localize.term(
              manager ? 'mindCertificationsManagerForbidden' : 'mindCertificationsForbidden',
            ),
          }),
    );
  }

  #renderLoaded(loaded: Loaded): TemplateResult {
    const context: CertificationsViewContext = {
      localize: this.localize,
      lang: this.localize.lang(),
      date: (at) => this.viewerDate(at, { dateStyle: 'long' }),
      onlyExpiring: this.onlyExpiring,
      setOnlyExpiring: (value) => (this.onlyExpiring = value),
      download: () => {
        if (loaded.view === 'manager')
          downloadCsv('certified-sellers.csv', certifiedSellersCsv(context, loaded.value), this.renderRoot);
      },
    };
    if (loaded.view === 'manager') return renderManager(context, loaded.value);
    const api = this.mindshare;
    const own = api === undefined || loaded.value.sellerId === api.viewer.id;
    const heading = own
      ? this.localize.term('mindCertificationsTitle')
      : this.localize.term('mindCertificationsSellerTitle', loaded.value.sellerId);
    return renderSeller(context, loaded.value, heading);
  }
}
