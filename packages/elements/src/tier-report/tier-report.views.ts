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
  return html`<details part="figures">
    <summary>${localize.term('mindTierReportShowTable')}</summary>
    ${dataTableView({
      part: 'table concentration',
      caption: localize.term('mindTierReportChartTitle', metric),
      scrollCaptionId: 'figures-caption',
      headings: [
        localize.term('mindTierReportTier'),
        { number: localize.term('mindTierReportPartnerCount') },
        { number: localize.term('mindTierReportPartnerShare') },
        { number: localize.term('mindTierReportMetricSum', metric) },
        { number: localize.term('mindTierReportMetricShare', metric) },
        { number: localize.term('mindTierReportRunningPartners') },
        { number: localize.term('mindTierReportRunningMetric', metric) },
      ],
      rows: concentration.tiers.map(
        (row) =>
          html`<tr data-tier=${row.tierId}>
            <th scope="row">${context.tierName(row.tierId)}</th>
            <td class="number">${context.number(row.partnerCount)}</td>
            <td class="number">${localize.term('mindTierReportPercent', row.partnerShare)}</td>
            <td class="number">${context.number(row.metricSum)}</td>
            <td class="number">${localize.term('mindTierReportPercent', row.metricShare)}</td>
            <td class="number">${localize.term('mindTierReportPercent', row.cumulativePartnerShare)}</td>
            <td class="number">${localize.term('mindTierReportPercent', row.cumulativeMetricShare)}</td>
          </tr>`,
      ),
      foot: html`<tr>
        <th scope="row">${localize.term('mindTierReportTotal')}</th>
        <td class="number">${context.number(concentration.partnerCount)}</td>
        <td></td>
        <td class="number">${context.number(concentration.metricTotal)}</td>
        <td colspan="3"></td>
      </tr>`,
    })}
  </details>`;
}

/** Each partner's tier, the reason in words, and what it lacks for the tier above. */
export function renderAssignments(context: TierReportViewContext): TemplateResult {
  const { localize, report } = context;
  return html`${dataTableView({
    part: 'table assignments',
    caption: localize.term('mindTierReportPartnersTitle'),
    headings: [
      localize.term('mindTierReportPartner'),
      localize.term('mindTierReportTier'),
      localize.term('mindTierReportReason'),
      localize.term('mindTierReportNext'),
    ],
    rows: report.assignments.map((assignment) => {
      const gap = context.words.next(assignment);
      return html`<tr part="row" data-partner=${assignment.partnerId}>
        <th scope="row">${context.partnerName(assignment.partnerId)}</th>
        <td>${context.tierName(assignment.tierId)}</td>
        <td class="reason">${context.words.reason(assignment)}</td>
        <td class="gap">${gap ?? localize.term('mindTierReportTopTier')}</td>
      </tr>`;
    }),
  })}
  ${exportButton(context, 'assignments')}`;
}

/** The budget split per tier and per partner, with what caps left unallocated. */
export function renderBudget(context: TierReportViewContext, budget: BudgetSplit): TemplateResult {
  const { localize } = context;
  return html`<section part="budget" aria-labelledby="budget-title">
    <h2 id="budget-title">${localize.term('mindTierReportBudgetTitle')}</h2>
    ${dataTableView({
      part: 'table budget-tiers',
      caption: localize.term('mindTierReportBudgetTitle'),
      headings: [
        localize.term('mindTierReportTier'),
        { number: localize.term('mindTierReportWeight') },
        { number: localize.term('mindTierReportPartnerCount') },
        { number: localize.term('mindTierReportAmount') },
      ],
      rows: budget.tiers.map(
        (tier) =>
          html`<tr data-tier=${tier.tierId}>
            <th scope="row">${context.tierName(tier.tierId)}</th>
            <td class="number">${context.number(tier.weight)}</td>
            <td class="number">${context.number(tier.partnerCount)}</td>
            <td class="number" data-amount=${tier.amount}>${context.money(tier.amount)}</td>
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
      headings: [
        localize.term('mindTierReportPartner'),
        localize.term('mindTierReportTier'),
        { number: localize.term('mindTierReportAmount') },
      ],
      rows: budget.partners.map(
        (partner) =>
          html`<tr data-partner=${partner.partnerId}>
            <th scope="row">${context.partnerName(partner.partnerId)}</th>
            <td>${context.tierName(partner.tierId)}</td>
            <td class="number" data-amount=${partner.amount}>${context.money(partner.amount)}</td>
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
  return html`<tr class=${row}>
    <th scope="row">${context.localize.term(AMOUNT_ROW_TERMS[row])}</th>
    <td colspan="2"></td>
    <td class="number" data-amount=${amount}>${context.money(amount)}</td>
  </tr>`;
}
