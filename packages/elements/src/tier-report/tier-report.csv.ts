import type { BudgetSplit } from '@mindshare/core';
import { toCsv, type CsvCell } from '../shared/export/csv.js';
import { minorPerMajor } from './money.js';
import type { TierReportViewContext } from './tier-report.views.js';

/** One column of an export: its header, and its cell for a row. */
type Column<R> = readonly [header: string, cell: (row: R) => CsvCell];

const table = <R>(columns: readonly Column<R>[], rows: readonly R[]): string =>
  toCsv([columns.map(([header]) => header), ...rows.map((row) => columns.map(([, cell]) => cell(row)))]);

/** Each partner's tier, with the reason and the gap to the next tier in the element's language, as CSV. */
export function assignmentsCsv(context: TierReportViewContext): string {
  const { localize, report } = context;
  type Assignment = (typeof report.assignments)[number];
  return table<Assignment>(
    [
      [localize.term('mindTierReportPartner'), (row) => context.partnerName(row.partnerId)],
      [localize.term('mindTierReportPartnerId'), (row) => row.partnerId],
      [localize.term('mindTierReportTier'), (row) => context.tierName(row.tierId)],
      [localize.term('mindTierReportReason'), (row) => context.words.reason(row)],
      [localize.term('mindTierReportNext'), (row) => context.words.next(row) ?? localize.term('mindTierReportTopTier')],
    ],
    report.assignments,
  );
}

/** Each partner's share of the budget, amounts in major units of `currency` (1234.5 for €1,234.50), as CSV. */
export function budgetCsv(context: TierReportViewContext, budget: BudgetSplit, currency: string): string {
  const { localize } = context;
  const per = minorPerMajor(currency);
  type Share = BudgetSplit['partners'][number];
  return table<Share>(
    [
      [localize.term('mindTierReportPartner'), (row) => context.partnerName(row.partnerId)],
      [localize.term('mindTierReportPartnerId'), (row) => row.partnerId],
      [localize.term('mindTierReportTier'), (row) => context.tierName(row.tierId)],
      [localize.term('mindTierReportAmount'), (row) => row.amount / per],
      [localize.term('mindTierReportCurrency'), () => currency],
    ],
    budget.partners,
  );
}
