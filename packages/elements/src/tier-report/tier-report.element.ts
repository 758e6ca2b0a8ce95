import { certifiedMetricOf, isMindError, pickLocalized, type TierReport } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { loadState, loadStateView } from '../shared/loading/load-state.js';
import { MindElement } from '../shared/base/mind-element.js';
import { insightTask } from '../shared/insight/insight-task.js';
import { namesOf, type InsightDirectory } from '../shared/insight/insight-directory.js';
import { DirectoryTask } from '../shared/insight/directory-task.js';
import { box } from '../shared/styles/box.js';
import { dataTable } from '../shared/styles/data-table.js';
import { tokens } from '../shared/styles/tokens.js';
import { elementStrings } from '../shared/i18n/element-strings.js';
import { downloadCsv } from '../shared/export/csv.js';
import { assignmentsCsv, budgetCsv } from './tier-report.csv.js';
import { moneyFormat } from './money.js';
import { budgetOption, type TierReportBudget } from './budget-input.js';
import { ChartWidth, renderConcentrationChart } from './concentration-chart.js';
import { tierReportEn } from './strings/en.js';
import { tierReportStyles } from './tier-report.styles.js';
import { tierWords } from './tier-words.js';
import {
  renderAssignments,
  renderBudget,
  renderConcentrationTable,
  type TierReportViewContext,
} from './tier-report.views.js';

export type { TierReportBudget } from './budget-input.js';

/**
 * The tier report for channel managers: how concentrated the metric is across tiers (share of
 * partners against share of revenue — the "8–15 % of partners, up to 40 % of indirect revenue"
 * view), drawn as an SVG chart with its figures in a table; each partner's tier with the reason and
 * what it lacks for the tier above; and, given a `budget`, its split across tiers and partners.
 *
 * Partner names come from the `directory` property, else from the API's `directory()`; without either,
 * partner ids are shown.
 *
 * @tagname mind-tier-report
 * @summary Tier concentration chart, partner tiers with reasons and gaps, and the budget split.
 *
 * @csspart base - The report's box.
 * @csspart chart - The concentration chart (an SVG image).
 * @csspart figures - The disclosure holding the chart's figures as a table.
 * @csspart table - Every table (also `concentration`, `assignments`, `budget-tiers`, `budget-partners`).
 * @csspart row - One partner's row in the assignments table.
 * @csspart budget - The budget split section.
 * @csspart export - The buttons that download the tiers and the budget split as CSV (UTF-8 with a byte order mark, for Excel).
 *
 * @cssproperty [--mind-tier-report-partners-color=var(--mind-color-accent)] - Bars of the share of partners.
 * @cssproperty [--mind-tier-report-metric-color=#a34700] - Bars of the share of the metric (`#ffb77a` in the dark scheme).
 * @cssproperty [--mind-color-accent=#0b5cad] - Accent, used by the partners bars by default (`#8cc4ff` in the dark scheme).
 *
 * @event {MindErrorEvent} mind-error - The view shows an error (once per error); `detail.code` is its `MIND_*` code.
 */
export class MindTierReport extends MindElement<typeof tierReportEn> {
  /** @internal Shadow styles; theme the element through its `--mind-*` tokens and parts. */
  static override styles = [tokens, box, dataTable, loadState, tierReportStyles];

  /** @internal English terms travel with the element; each other language is a lazy chunk, loaded when shown in it. */
  static override strings = elementStrings(tierReportEn, (language) => import(`./strings/${language}.ts`));

  /** The partner metric of the concentration view (default: the one the tier policy ranks partners on). */
  @property() metric: string | undefined;
  /** ISO 4217 currency of the budget and of every amount shown. */
  @property() currency = 'EUR';
  /**
   * A budget to split across tiers and partners. As an attribute, an amount in major units of
   * `currency` (`budget="250000" currency="EUR"`); as a property, that number or the engine's
   * `{ total, tierWeights?, floor?, cap? }` in minor units (cents). Without tier weights, each tier
   * weighs its partners' expected return.
   */
  @property() budget: TierReportBudget | number | string | undefined;
  /** Relative weight of each tier for the `budget` attribute: `"platinum:4 gold:3 silver:1"`. */
  @property({ attribute: 'tier-weights' }) tierWeights: string | undefined;
  /** Partner names (`{ partners: [{ id, name }] }`), which the API does not list. */
  @property({ attribute: false }) directory: InsightDirectory | undefined;

  /** The chart's width as laid out, which it is drawn for. */
  readonly #chartWidth = new ChartWidth(this);

  /** The page's directory, else the API's. */
  readonly #directory = new DirectoryTask(this, this.link.api, () => this.directory);

  readonly #report = insightTask(this, {
    api: this.link.api,
    // The currency changes a budget given in major units, not one given in cents.
    args: () =>
      [this.metric, this.budget, typeof this.budget === 'object' ? '' : this.currency, this.tierWeights] as const,
    load: async (api, [metric, given, currency, tierWeights]): Promise<TierReport> => {
      const budget = budgetOption(given, currency, tierWeights);
      return api.tierReport({ ...(metric ? { metric } : {}), ...(budget ? { budget } : {}) });
    },
    // A certification awarded or renewed may move a partner whose tier counts certified sellers.
    reloadOn: ['certifications'],
  });

  // A metric no partner has, or a budget the page wrote wrong, is named: never a silent 0 %.
  #errorText(error: unknown): string {
    const path = isMindError(error, 'MIND_INVALID_INPUT') ? (error.path ?? []) : [];
    const field = path[0];
    if (field === 'metric') return this.localize.term('mindTierReportUnknownMetric', this.metric ?? '');
    // `total`: an amount too large to count in minor units; `tierWeights`: a tier with partners left out.
    if (field === 'budget' || field === 'total')
      return this.localize.term('mindTierReportInvalidBudget', String(this.budget), this.currency);
    if (field === 'tierWeights' && this.tierWeights)
      return this.localize.term('mindTierReportMissingWeight', String(path[1] ?? ''), this.tierWeights);
    if (field === 'tier-weights') return this.localize.term('mindTierReportInvalidWeights', this.tierWeights ?? '');
    return this.localize.term('mindTierReportError');
  }

  /** @internal The load failure the view shows, announced with `mind-error`. */
  protected override shownErrors(): readonly unknown[] {
    return this.#report.status === 'error' ? [this.#report.error] : [];
  }

  override render(): TemplateResult {
    const { status, value: result } = this.#report;
    return this.renderBase(
      status === 'ready' && result
        ? this.#renderReport(result)
        : loadStateView(this.localize, this.#report, {
            error: this.#errorText(this.#report.error),
            forbidden: this.localize.term('mindTierReportForbidden'),
          }),
    );
  }

  #renderReport(report: TierReport): TemplateResult {
    const { localize } = this;
    if (report.assignments.length === 0)
      return html`<p class="state" role="status">${localize.term('mindTierReportEmpty')}</p>`;
    const lang = this.localize.lang();
    const tierName = (id: string) => {
      const tier = report.tiers.find((candidate) => candidate.id === id);
      return tier ? pickLocalized(tier.name, lang) : id;
    };
    const metricName = (id: string) => {
      const certified = certifiedMetricOf(id);
      if (certified) return localize.term('mindTierReportCertifiedSellers', certified.certificationId ?? '');
      const named = report.metricNames?.[id];
      return named ? pickLocalized(named, lang) : localize.term('mindTierReportMetric', id);
    };
    const context: TierReportViewContext = {
      localize,
      report,
      tierName,
      partnerName: namesOf(this.#directory.value).partner,
      metricName,
      words: tierWords(localize, lang, tierName, metricName),
      number: (value) => this.localize.number(value),
      money: moneyFormat(lang, this.currency),
      download: (table) => {
        const csv =
          table === 'budget' && report.budget
            ? budgetCsv(context, report.budget, this.currency)
            : assignmentsCsv(context);
        downloadCsv(table === 'budget' ? 'budget-split.csv' : 'tier-assignment.csv', csv, this.renderRoot);
      },
    };
    const { concentration } = report;
    const metric = metricName(report.metric);
    const rows = concentration.tiers.map((row) => ({ ...row, name: tierName(row.tierId) }));
    return html`<section class="concentration">
        <h2 id="concentration-title">${localize.term('mindTierReportChartTitle', metric)}</h2>
        ${renderConcentrationChart({
          rows,
          title: localize.term('mindTierReportChartTitle', metric),
          description: rows
            .map((row) => localize.term('mindTierReportChartTier', row.name, row.partnerShare, row.metricShare, metric))
            .join(' '),
          partnerLabel: localize.term('mindTierReportPartnerShare'),
          metricLabel: localize.term('mindTierReportMetricShare', metric),
          partnersBar: (share) => localize.term('mindTierReportBarPartners', share),
          metricBar: (share) => localize.term('mindTierReportBarMetric', share, metric),
          rtl: localize.dir() === 'rtl',
          width: this.#chartWidth.value,
        })}
        ${
          concentration.partnersWithoutMetric > 0
            ? html`<p class="note">
                ${localize.term('mindTierReportWithoutMetric', concentration.partnersWithoutMetric, metric)}
              </p>`
            : nothing
        }
        ${renderConcentrationTable(context)}
      </section>
      ${renderAssignments(context)} ${report.budget ? renderBudget(context, report.budget) : nothing}`;
  }
}
