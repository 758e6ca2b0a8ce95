import { termFormats } from '../../shared/i18n/term-formats.js';

const percent = (share: number) =>
  new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(share);
const { number, plural } = termFormats('en');

const metrics: Record<string, string> = { indirectRevenue: 'indirect revenue', certifiedSellers: 'certified sellers' };
const metricName = (metric: string) => metrics[metric] ?? metric;

/** English UI strings of <mind-tier-report> (term keys start with `mindTierReport`). */
export const tierReportEn = {
  /** A metric's name when the pack's `metricNames` gives none; the other terms take the name, not the id. */
  mindTierReportMetric: (metric: string) => metricName(metric),
  mindTierReportPartnerId: 'Partner id',
  mindTierReportCurrency: 'Currency',
  mindTierReportExportTiers: 'Download the tiers (CSV)',
  mindTierReportExportBudget: 'Download the budget split (CSV)',
  mindTierReportUnknownMetric: (metric: string) =>
    `No partner in the directory has a “${metric}” figure: set the metric attribute to one they have.`,
  mindTierReportInvalidBudget: (budget: string, currency: string) =>
    `The budget “${budget}” is not an amount in ${currency}: write it in ${currency}, like 250000 or 1250.50.`,
  mindTierReportMissingWeight: (tier: string, weights: string) =>
    `The tier weights “${weights}” give no weight to “${tier}”, which has partners: add it, like ${tier}:1 (0 gives it its floors only).`,
  mindTierReportInvalidWeights: (weights: string) =>
    `The tier weights “${weights}” are not tiers with weights: write them like platinum:4 gold:3 silver:1.`,
  mindTierReportChartTitle: (metric: string) => `Share of partners and share of ${metric} per tier`,
  mindTierReportChartTier: (tier: string, partnerShare: number, metricShare: number, metric: string) =>
    `${tier}: ${percent(partnerShare)} of partners, ${percent(metricShare)} of ${metric}.`,
  mindTierReportPercent: (share: number) => percent(share),
  mindTierReportBarPartners: (share: number) => `${percent(share)} of partners`,
  mindTierReportBarMetric: (share: number, metric: string) => `${percent(share)} of ${metric}`,
  mindTierReportPartnerShare: 'Share of partners',
  mindTierReportMetricShare: (metric: string) => `Share of ${metric}`,
  mindTierReportShowTable: 'Show the figures as a table',
  mindTierReportTier: 'Tier',
  mindTierReportPartnerCount: 'Partners',
  mindTierReportMetricSum: (metric: string) => `Total ${metric}`,
  mindTierReportRunningPartners: 'Running share of partners',
  mindTierReportRunningMetric: (metric: string) => `Running share of ${metric}`,
  mindTierReportWithoutMetric: (count: number, metric: string) =>
    `${number(count)} ${plural(count, 'partner has', 'partners have')} no ${metric} figure (counted as 0).`,
  mindTierReportLine: (tier: string, text: string) => `${tier}: ${text}`,
  /** What a partner lacks for the next tier, each gap a clause with its own commas: joined by semicolons. */
  mindTierReportGaps: (gaps: readonly string[]) => gaps.join('; '),
  mindTierReportTop: (share: string) => `top ${share}`,
  mindTierReportDefaultTier: 'default tier',
  mindTierReportEvidence: (metric: string, actual: string, op: string, needed: string) =>
    `${metric} ${actual} ${op} ${needed}`,
  mindTierReportEvidenceQuantile: (metric: string, actual: string, top: string, needed: string) =>
    `${metric} ${actual}, top ${top} (≥ ${needed})`,
  mindTierReportGap: (metric: string, actual: string, target: string, change: string) =>
    `${metric} ${actual}, needs ${target}: ${change}`,
  mindTierReportGapNoData: (metric: string, target: string) => `${metric}: no figure yet, needs ${target || 'one'}`,
  mindTierReportCertifiedSellers: (certification: string) =>
    certification === '' ? 'certified sellers' : `sellers certified ${certification}`,
  mindTierReportGapCertified: (metric: string, actual: string, more: number) =>
    `${metric} ${actual}, needs ${number(more)} more certified ${plural(more, 'seller', 'sellers')}`,
  mindTierReportPartnersTitle: 'Partners, their tier and what the next tier needs',
  mindTierReportPartner: 'Partner',
  mindTierReportReason: 'Why this tier',
  mindTierReportNext: 'For the next tier',
  mindTierReportTopTier: 'Top tier',
  mindTierReportBudgetTitle: 'Budget split',
  mindTierReportWeight: 'Weight',
  mindTierReportAmount: 'Amount',
  mindTierReportTotal: 'Total',
  mindTierReportAllocated: 'Allocated',
  mindTierReportUnallocated: 'Unallocated (every partner at its cap)',
  mindTierReportBudgetPartners: 'Budget per partner',
  mindTierReportEmpty: 'No partners yet: the report appears once the directory lists partners.',
  mindTierReportForbidden: 'The tier report is for coaches and channel managers.',
  mindTierReportError: 'The tier report could not be loaded.',
} satisfies Record<`mindTierReport${string}`, unknown>;
