import type { BudgetSplit, TierAssignment, TierReport } from '@mindshare/core';
import { html, nothing, type TemplateResult } from 'lit';
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
    <div class="scroll" role="region" tabindex="0" aria-labelledby="figures-caption">
      <table part="table concentration">
        <caption id="figures-caption">
          ${localize.term('mindTierReportChartTitle', metric)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${localize.term('mindTierReportTier')}</th>
            <th scope="col" class="number">${localize.term('mindTierReportPartnerCount')}</th>
            <th scope="col" class="number">${localize.term('mindTierReportPartnerShare')}</th>
            <th scope="col" class="number">${localize.term('mindTierReportMetricSum', metric)}</th>
            <th scope="col" class="number">${localize.term('mindTierReportMetricShare', metric)}</th>
            <th scope="col" class="number">${localize.term('mindTierReportRunningPartners')}</th>
            <th scope="col" class="number">${localize.term('mindTierReportRunningMetric', metric)}</th>
          </tr>
        </thead>
        <tbody>
          ${concentration.tiers.map(
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
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${localize.term('mindTierReportTotal')}</th>
            <td class="number">${context.number(concentration.partnerCount)}</td>
            <td></td>
            <td class="number">${context.number(concentration.metricTotal)}</td>
            <td colspan="3"></td>
          </tr>
        </tfoot>
      </table>
    </div>
  </details>`;
}

/** Each partner's tier, the reason in words, and what it lacks for the tier above. */
export function renderAssignments(context: TierReportViewContext): TemplateResult {
  const { localize, report } = context;
  return html`<table part="table assignments">
      <caption>
        ${localize.term('mindTierReportPartnersTitle')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${localize.term('mindTierReportPartner')}</th>
          <th scope="col">${localize.term('mindTierReportTier')}</th>
          <th scope="col">${localize.term('mindTierReportReason')}</th>
          <th scope="col">${localize.term('mindTierReportNext')}</th>
        </tr>
      </thead>
      <tbody>
        ${report.assignments.map((assignment) => {
          const gap = context.words.next(assignment);
          return html`<tr part="row" data-partner=${assignment.partnerId}>
            <th scope="row">${context.partnerName(assignment.partnerId)}</th>
            <td>${context.tierName(assignment.tierId)}</td>
            <td class="reason">${context.words.reason(assignment)}</td>
            <td class="gap">${gap ?? localize.term('mindTierReportTopTier')}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    <button type="button" part="export" class="export" @click=${() => context.download('assignments')}>
      ${localize.term('mindTierReportExportTiers')}
    </button>`;
}

/** The budget split per tier and per partner, with what caps left unallocated. */
export function renderBudget(context: TierReportViewContext, budget: BudgetSplit): TemplateResult {
  const { localize } = context;
  return html`<section part="budget" aria-labelledby="budget-title">
    <h2 id="budget-title">${localize.term('mindTierReportBudgetTitle')}</h2>
    <table part="table budget-tiers">
      <caption>
        ${localize.term('mindTierReportBudgetTitle')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${localize.term('mindTierReportTier')}</th>
          <th scope="col" class="number">${localize.term('mindTierReportWeight')}</th>
          <th scope="col" class="number">${localize.term('mindTierReportPartnerCount')}</th>
          <th scope="col" class="number">${localize.term('mindTierReportAmount')}</th>
        </tr>
      </thead>
      <tbody>
        ${budget.tiers.map(
          (tier) =>
            html`<tr data-tier=${tier.tierId}>
              <th scope="row">${context.tierName(tier.tierId)}</th>
              <td class="number">${context.number(tier.weight)}</td>
              <td class="number">${context.number(tier.partnerCount)}</td>
              <td class="number" data-amount=${tier.amount}>${context.money(tier.amount)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${localize.term('mindTierReportAllocated')}</th>
          <td colspan="2"></td>
          <td class="number" data-amount=${budget.allocated}>${context.money(budget.allocated)}</td>
        </tr>
        ${
          budget.unallocated > 0
            ? html`<tr class="unallocated">
                <th scope="row">${localize.term('mindTierReportUnallocated')}</th>
                <td colspan="2"></td>
                <td class="number" data-amount=${budget.unallocated}>${context.money(budget.unallocated)}</td>
              </tr>`
            : nothing
        }
        <tr class="total">
          <th scope="row">${localize.term('mindTierReportTotal')}</th>
          <td colspan="2"></td>
          <td class="number" data-amount=${budget.total}>${context.money(budget.total)}</td>
        </tr>
      </tfoot>
    </table>
    <table part="table budget-partners">
      <caption>
        ${localize.term('mindTierReportBudgetPartners')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${localize.term('mindTierReportPartner')}</th>
          <th scope="col">${localize.term('mindTierReportTier')}</th>
          <th scope="col" class="number">${localize.term('mindTierReportAmount')}</th>
        </tr>
      </thead>
      <tbody>
        ${budget.partners.map(
          (partner) =>
            html`<tr data-partner=${partner.partnerId}>
              <th scope="row">${context.partnerName(partner.partnerId)}</th>
              <td>${context.tierName(partner.tierId)}</td>
              <td class="number" data-amount=${partner.amount}>${context.money(partner.amount)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
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
