import type { tierReportEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const percent = (share: number) =>
  new Intl.NumberFormat('it', { style: 'percent', maximumFractionDigits: 1 }).format(share);
const { number, plural } = termFormats('it');

const metrics: Record<string, string> = {
  indirectRevenue: 'fatturato indiretto',
  certifiedSellers: 'venditori certificati',
};
const metricName = (metric: string) => metrics[metric] ?? metric;

/** Testi dell'interfaccia in italiano di <mind-tier-report>: stesse chiavi e stessi argomenti dell'inglese. */
const tierReportIt: typeof tierReportEn = {
  mindTierReportMetric: (metric: string) => metricName(metric),
  mindTierReportPartnerId: 'ID partner',
  mindTierReportCurrency: 'Valuta',
  mindTierReportExportTiers: 'Scarica i livelli (CSV)',
  mindTierReportExportBudget: 'Scarica la ripartizione del budget (CSV)',
  mindTierReportUnknownMetric: (metric) =>
    `Nessun partner dell’elenco ha un valore «${metric}»: indichi nell’attributo metric un indicatore che hanno.`,
  mindTierReportInvalidBudget: (budget, currency) =>
    `Il budget «${budget}» non è un importo in ${currency}: lo scriva in ${currency}, per esempio 250000 o 1250.50.`,
  mindTierReportMissingWeight: (tier, weights) =>
    `I pesi «${weights}» non danno alcun peso al livello «${tier}», che ha dei partner: lo aggiunga, per esempio ${tier}:1 (con 0 riceve solo i suoi minimi).`,
  mindTierReportInvalidWeights: (weights) =>
    `I pesi «${weights}» non sono livelli con il loro peso: li scriva per esempio come platinum:4 gold:3 silver:1.`,
  mindTierReportChartTitle: (metric: string) => `Quota di partner e quota di ${metric} per livello`,
  mindTierReportChartTier: (tier: string, partnerShare: number, metricShare: number, metric: string) =>
    `${tier}: ${percent(partnerShare)} dei partner, ${percent(metricShare)} di ${metric}.`,
  mindTierReportPercent: (share: number) => percent(share),
  mindTierReportBarPartners: (share: number) => `${percent(share)} dei partner`,
  mindTierReportBarMetric: (share: number, metric: string) => `${percent(share)} di ${metric}`,
  mindTierReportPartnerShare: 'Quota di partner',
  mindTierReportMetricShare: (metric: string) => `Quota di ${metric}`,
  mindTierReportShowTable: 'Mostra i dati in una tabella',
  mindTierReportTier: 'Livello',
  mindTierReportPartnerCount: 'Partner',
  mindTierReportMetricSum: (metric: string) => `Totale ${metric}`,
  mindTierReportRunningPartners: 'Quota cumulata di partner',
  mindTierReportRunningMetric: (metric: string) => `Quota cumulata di ${metric}`,
  mindTierReportWithoutMetric: (count: number, metric: string) =>
    `${number(count)} ${plural(count, 'partner non ha', 'partner non hanno')} un valore di ${metric} (contato come 0).`,
  mindTierReportLine: (tier: string, text: string) => `${tier}: ${text}`,
  mindTierReportGaps: (gaps: readonly string[]) => gaps.join('; '),
  mindTierReportTop: (share: string) => `nel primo ${share}`,
  mindTierReportDefaultTier: 'livello predefinito',
  mindTierReportEvidence: (metric: string, actual: string, op: string, needed: string) =>
    `${metric} ${actual} ${op} ${needed}`,
  mindTierReportEvidenceQuantile: (metric: string, actual: string, top: string, needed: string) =>
    `${metric} ${actual}, nel primo ${top} (≥ ${needed})`,
  mindTierReportGap: (metric: string, actual: string, target: string, change: string) =>
    `${metric} ${actual}, serve ${target}: ${change}`,
  mindTierReportGapNoData: (metric: string, target: string) =>
    `${metric}: ancora nessun valore, serve ${target || 'un valore'}`,
  mindTierReportCertifiedSellers: (certification: string) =>
    certification === '' ? 'venditori certificati' : `venditori con certificazione ${certification}`,
  mindTierReportGapCertified: (metric: string, actual: string, more: number) =>
    `${metric} ${actual}, ${plural(more, `serve ${number(more)} venditore certificato in più`, `servono ${number(more)} venditori certificati in più`)}`,
  mindTierReportPartnersTitle: 'Partner, il loro livello e che cosa serve per il successivo',
  mindTierReportPartner: 'Partner',
  mindTierReportReason: 'Perché questo livello',
  mindTierReportNext: 'Per il livello successivo',
  mindTierReportTopTier: 'Livello più alto',
  mindTierReportBudgetTitle: 'Ripartizione del budget',
  mindTierReportWeight: 'Peso',
  mindTierReportAmount: 'Importo',
  mindTierReportTotal: 'Totale',
  mindTierReportAllocated: 'Assegnato',
  mindTierReportUnallocated: 'Non assegnato (tutti i partner al loro tetto)',
  mindTierReportBudgetPartners: 'Budget per partner',
  mindTierReportEmpty: 'Ancora nessun partner: il report compare quando l’elenco contiene dei partner.',
  mindTierReportForbidden: 'Il report dei livelli è riservato ai coach e ai responsabili di canale.',
  mindTierReportError: 'Impossibile caricare il report dei livelli.',
};

export default tierReportIt;
