import type { BudgetSplit } from '@mindshare/core';
import { toCsv, type CsvCell } from '../shared/export/csv.js';
import type { TierReportViewContext } from './tier-report.views.js';

/** Minor units per major unit of `currency` (100 for EUR, 1 for JPY). */
export function minorPerMajor(currency: string): number {
  try {
    const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
    return 10 ** (digits ?? 2);
  } catch {
    return 100;
  }
}

/** Each partner's tier, with the reason and the gap to the next tier in the element's language, as CSV. */
export function assignmentsCsv(context: TierReportViewContext): string {
  const { localize, report } = context;
  const rows: CsvCell[][] = [
    [
      localize.term('mindTierReportPartner'),
      localize.term('mindTierReportPartnerId'),
      localize.term('mindTierReportTier'),
      localize.term('mindTierReportReason'),
      localize.term('mindTierReportNext'),
    ],
    ...report.assignments.map((assignment) => [
      context.partnerName(assignment.partnerId),
      assignment.partnerId,
      context.tierName(assignment.tierId),
      context.words.reason(assignment),
      context.words.next(assignment) ?? localize.term('mindTierReportTopTier'),
    ]),
  ];
  return toCsv(rows);
}

/** Each partner's share of the budget, amounts in major units of `currency` (1234.5 for €1,234.50), as CSV. */
export function budgetCsv(context: TierReportViewContext, budget: BudgetSplit, currency: string): string {
  const { localize } = context;
  const per = minorPerMajor(currency);
  const rows: CsvCell[][] = [
    [
      localize.term('mindTierReportPartner'),
      localize.term('mindTierReportPartnerId'),
      localize.term('mindTierReportTier'),
      localize.term('mindTierReportAmount'),
      localize.term('mindTierReportCurrency'),
    ],
    ...budget.partners.map((partner) => [
      context.partnerName(partner.partnerId),
      partner.partnerId,
      context.tierName(partner.tierId),
      partner.amount / per,
      currency,
    ]),
  ];
  return toCsv(rows);
}
