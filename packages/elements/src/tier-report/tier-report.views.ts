import type { BudgetSplit, TierAssignment, TierReport } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
import { dataTableView } from '../shared/styles/data-table.js';
import type { MindLocalizeController } from '../shared/i18n/localize.js';
import type { tierReportEn } from './strings/en.js';

/** What the tier report's tables need from the element. */
export interface TierReportViewContext {
  readonly localize: MindLocalizeController<typeof tierReportEn>;
  readonly report: TierReport;
  readonly tierName: (id: string) => string;
  readonly partnerName: (id: string) => string;
  /** A metric's name: the pack's (`metricNames`) in the element's language, else the element's own. */
  readonly metricName: (id: string) => string;
  /** The reason for a partner's tier and its gap to the next, in the element's language. */
  readonly words: { reason(assignment: TierAssignment): string; next(assignment: TierAssignment): string | null };
  readonly number: (value: number) => string;
  /** Minor units (cents) as an amount of the element's currency. */
  readonly money: (minor: number) => string;
  /** Offers the table as a CSV file. */
  readonly download: (table: 'assignments' | 'budget') => void;
}

/** The chart's figures as a real table: the accessible, copyable alternative to the SVG. */
export function renderConcentrationTable(context: TierReportViewContext): TemplateResult {
  const { localize, report } = context;
  const { concentration } = report;
  const metric = context.metricName(report.metric);
  const [tier, count, share, sum, metricShare, running, runningMetric] = [
    localize.term('mindTierReportTier'),
    localize.term('mindTierReportPartnerCount'),
    localize.term('mindTierReportPartnerShare'),
    localize.term('mindTierReportMetricSum', metric),
    localize.term('mindTierReportMetricShare', metric),
    localize.term('mindTierReportRunningPartners'),
    localize.term('mindTierReportRunningMetric', metric),
  ];
  return html`<details part="figures">
    <summary>${localize.term('mindTierReportShowTable')}</summary>
    ${dataTableView({
      part: 'table concentration',
      caption: localize.term('mindTierReportChartTitle', metric),
      scrollCaptionId: 'figures-caption',
      stack: true,
      headings: [
        tier,
        { number: count },
        { number: share },
        { number: sum },
        { number: metricShare },
        { number: running },
        { number: runningMetric },
      ],
      rows: concentration.tiers.map(
        (row) =>
          html`<tr role="row" data-tier=${row.tierId}>
            <th scope="row" role="rowheader">${context.tierName(row.tierId)}</th>
            <td role="cell" class="number" data-label=${count}>${context.number(row.partnerCount)}</td>
            <td role="cell" class="number" data-label=${share}>
              ${localize.term('mindTierReportPercent', row.partnerShare)}
            </td>
            <td role="cell" class="number" data-label=${sum}>${context.number(row.metricSum)}</td>
            <td role="cell" class="number" data-label=${metricShare}>
              ${localize.term('mindTierReportPercent', row.metricShare)}
            </td>
            <td role="cell" class="number" data-label=${running}>
              ${localize.term('mindTierReportPercent', row.cumulativePartnerShare)}
            </td>
            <td role="cell" class="number" data-label=${runningMetric}>
              ${localize.term('mindTierReportPercent', row.cumulativeMetricShare)}
            </td>
          </tr>`,
      ),
      foot: html`<tr role="row">
        <th scope="row" role="rowheader">${localize.term('mindTierReportTotal')}</th>
        <td role="cell" class="number" data-label=${count}>${context.number(concentration.partnerCount)}</td>
        <td role="cell"></td>
        <td role="cell" class="number" data-label=${sum}>${context.number(concentration.metricTotal)}</td>
        <td role="cell" colspan="3" aria-colspan="3"></td>
      </tr>`,
    })}
  </details>`;
}

/** Each partner's tier, the reason in words, and what it lacks for the tier above. */
export function renderAssignments(context: TierReportViewContext): TemplateResult {
  const { localize, report } = context;
  const headings = [
    localize.term('mindTierReportPartner'),
    localize.term('mindTierReportTier'),
    localize.term('mindTierReportReason'),
    localize.term('mindTierReportNext'),
  ];
  const [, tier, reason, next] = headings;
  return html`${dataTableView({
    part: 'table assignments',
    caption: localize.term('mindTierReportPartnersTitle'),
    stack: true,
    headings,
    rows: report.assignments.map((assignment) => {
      const gap = context.words.next(assignment);
      return html`<tr part="row" role="row" data-partner=${assignment.partnerId}>
        <th scope="row" role="rowheader">${context.partnerName(assignment.partnerId)}</th>
        <td role="cell" data-label=${tier}>${context.tierName(assignment.tierId)}</td>
        <td role="cell" class="reason" data-label=${reason}>${context.words.reason(assignment)}</td>
        <td role="cell" class="gap" data-label=${next}>${gap ?? localize.term('mindTierReportTopTier')}</td>
      </tr>`;
    }),
  })}
  ${exportButton(context, 'assignments')}`;
}

/** The budget split per tier and per partner, with what caps left unallocated. */
export function renderBudget(context: TierReportViewContext, budget: BudgetSplit): TemplateResult {
  const { localize } = context;
  const [tier, weight, count, amount] = [
    localize.term('mindTierReportTier'),
    localize.term('mindTierReportWeight'),
    localize.term('mindTierReportPartnerCount'),
    localize.term('mindTierReportAmount'),
  ];
  return html`<section part="budget" aria-labelledby="budget-title">
    <h2 id="budget-title">${localize.term('mindTierReportBudgetTitle')}</h2>
    ${dataTableView({
      part: 'table budget-tiers',
      caption: localize.term('mindTierReportBudgetTitle'),
      stack: true,
      headings: [tier, { number: weight }, { number: count }, { number: amount }],
      rows: budget.tiers.map(
        (row) =>
          html`<tr role="row" data-tier=${row.tierId}>
            <th scope="row" role="rowheader">${context.tierName(row.tierId)}</th>
            <td role="cell" class="number" data-label=${weight}>${context.number(row.weight)}</td>
            <td role="cell" class="number" data-label=${count}>${context.number(row.partnerCount)}</td>
            <td role="cell" class="number" data-label=${amount} data-amount=${row.amount}>
              ${context.money(row.amount)}
            </td>
          </tr>`,
      ),
      foot: [
        amountRow(context, 'allocated', budget.allocated),
        budget.unallocated > 0 ? amountRow(context, 'unallocated', budget.unallocated) : nothing,
        amountRow(context, 'total', budget.total),
      ],
    })}
    ${dataTableView({
      part: 'table budget-partners',
      caption: localize.term('mindTierReportBudgetPartners'),
      stack: true,
      headings: [localize.term('mindTierReportPartner'), tier, { number: amount }],
      rows: budget.partners.map(
        (partner) =>
          html`<tr role="row" data-partner=${partner.partnerId}>
            <th scope="row" role="rowheader">${context.partnerName(partner.partnerId)}</th>
            <td role="cell" data-label=${tier}>${context.tierName(partner.tierId)}</td>
            <td role="cell" class="number" data-label=${amount} data-amount=${partner.amount}>
              ${context.money(partner.amount)}
            </td>
          </tr>`,
      ),
    })}
    ${exportButton(context, 'budget')}
  </section>`;
}

/** The button that downloads a table as CSV. */
function exportButton(context: TierReportViewContext, table: 'assignments' | 'budget'): TemplateResult {
  const label = table === 'budget' ? 'mindTierReportExportBudget' : 'mindTierReportExportTiers';
  return html`<button type="button" part="export" class="export" @click=${() => context.download(table)}>
    ${context.localize.term(label)}
  </button>`;
}

/** The names of the rows under the budget's tiers. */
const AMOUNT_ROW_TERMS = {
  allocated: 'mindTierReportAllocated',
  unallocated: 'mindTierReportUnallocated',
  total: 'mindTierReportTotal',
} as const;

/** A row under the budget's tiers: its name, and its amount in the amount column; its class is `row`. */
function amountRow(context: TierReportViewContext, row: keyof typeof AMOUNT_ROW_TERMS, amount: number): TemplateResult {
  return html`<tr role="row" class=${row}>
    <th scope="row" role="rowheader">${context.localize.term(AMOUNT_ROW_TERMS[row])}</th>
    <td role="cell" colspan="2" aria-colspan="2"></td>
    <td role="cell" class="number" data-label=${context.localize.term('mindTierReportAmount')} data-amount=${amount}>
      ${context.money(amount)}
    </td>
  </tr>`;
}
