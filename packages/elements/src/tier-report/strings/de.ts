import type { tierReportEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const percent = (share: number) =>
  new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 1 }).format(share);
const { number, plural } = termFormats('de');

const metrics: Record<string, string> = {
  indirectRevenue: 'indirekter Umsatz',
  certifiedSellers: 'zertifizierte Verkäufer',
};
const metricName = (metric: string) => metrics[metric] ?? metric;

/**
 * Deutsche UI-Texte von <mind-tier-report>: dieselben Schlüssel und Argumente wie im Englischen.
 * Der Name einer Kennzahl steht immer im Nominativ („Anteil Partner“, „indirekter Umsatz 45 %“),
 * weil das Content-Paket ihn frei wählt und er sich nicht deklinieren lässt.
 */
const tierReportDe: typeof tierReportEn = {
  mindTierReportMetric: (metric: string) => metricName(metric),
  mindTierReportPartnerId: 'Partner-ID',
  mindTierReportCurrency: 'Währung',
  mindTierReportExportTiers: 'Stufen herunterladen (CSV)',
  mindTierReportExportBudget: 'Budgetverteilung herunterladen (CSV)',
  mindTierReportUnknownMetric: (metric) =>
    `Kein Partner im Verzeichnis hat einen Wert „${metric}“: Geben Sie im Attribut metric eine Kennzahl an, die sie haben.`,
  mindTierReportInvalidBudget: (budget, currency) =>
    `Das Budget „${budget}“ ist kein Betrag in ${currency}: Geben Sie es in ${currency} an, etwa 250000 oder 1250.50.`,
  mindTierReportMissingWeight: (tier, weights) =>
    `Die Stufengewichte „${weights}“ geben der Stufe „${tier}“, die Partner hat, kein Gewicht: Ergänzen Sie sie, etwa ${tier}:1 (0 lässt ihr nur ihre Mindestbeträge).`,
  mindTierReportInvalidWeights: (weights) =>
    `Die Stufengewichte „${weights}“ sind keine Stufen mit Gewichten: Schreiben Sie sie etwa als platinum:4 gold:3 silver:1.`,
  mindTierReportChartTitle: (metric: string) => `Anteile je Stufe: Partner und ${metric}`,
  mindTierReportChartTier: (tier: string, partnerShare: number, metricShare: number, metric: string) =>
    `${tier}: Partner ${percent(partnerShare)}, ${metric} ${percent(metricShare)}.`,
  mindTierReportPercent: (share: number) => percent(share),
  mindTierReportBarPartners: (share: number) => `Partner: ${percent(share)}`,
  mindTierReportBarMetric: (share: number, metric: string) => `${metric}: ${percent(share)}`,
  mindTierReportPartnerShare: 'Anteil Partner',
  mindTierReportMetricShare: (metric: string) => `Anteil ${metric}`,
  mindTierReportShowTable: 'Zahlen als Tabelle anzeigen',
  mindTierReportTier: 'Stufe',
  mindTierReportPartnerCount: 'Partner',
  mindTierReportMetricSum: (metric: string) => `${metric} gesamt`,
  mindTierReportRunningPartners: 'Kumulierter Anteil Partner',
  mindTierReportRunningMetric: (metric: string) => `Kumulierter Anteil ${metric}`,
  mindTierReportWithoutMetric: (count: number, metric: string) =>
    `${number(count)} ${plural(count, 'Partner hat', 'Partner haben')} keinen Wert „${metric}“ (als 0 gezählt).`,
  mindTierReportLine: (tier: string, text: string) => `${tier}: ${text}`,
  mindTierReportGaps: (gaps: readonly string[]) => gaps.join('; '),
  mindTierReportTop: (share: string) => `Top ${share}`,
  mindTierReportDefaultTier: 'Standardstufe',
  mindTierReportEvidence: (metric: string, actual: string, op: string, needed: string) =>
    `${metric} ${actual} ${op} ${needed}`,
  mindTierReportEvidenceQuantile: (metric: string, actual: string, top: string, needed: string) =>
    `${metric} ${actual}, Top ${top} (≥ ${needed})`,
  mindTierReportGap: (metric: string, actual: string, target: string, change: string) =>
    `${metric} ${actual}, benötigt ${target}: ${change}`,
  mindTierReportGapNoData: (metric: string, target: string) =>
    `${metric}: noch kein Wert, benötigt ${target || 'einen Wert'}`,
  mindTierReportCertifiedSellers: (certification: string) =>
    certification === '' ? 'zertifizierte Verkäufer' : `Verkäufer mit Zertifizierung ${certification}`,
  mindTierReportGapCertified: (metric: string, actual: string, more: number) =>
    `${metric} ${actual}, benötigt ${number(more)} ${plural(more, 'weiteren zertifizierten Verkäufer', 'weitere zertifizierte Verkäufer')}`,
  mindTierReportPartnersTitle: 'Partner, ihre Stufe und was die nächste Stufe erfordert',
  mindTierReportPartner: 'Partner',
  mindTierReportReason: 'Warum diese Stufe',
  mindTierReportNext: 'Für die nächste Stufe',
  mindTierReportTopTier: 'Höchste Stufe',
  mindTierReportBudgetTitle: 'Budgetverteilung',
  mindTierReportWeight: 'Gewicht',
  mindTierReportAmount: 'Betrag',
  mindTierReportTotal: 'Summe',
  mindTierReportAllocated: 'Zugeteilt',
  mindTierReportUnallocated: 'Nicht zugeteilt (alle Partner an ihrer Obergrenze)',
  mindTierReportBudgetPartners: 'Budget je Partner',
  mindTierReportEmpty: 'Noch keine Partner: Der Bericht erscheint, sobald das Verzeichnis Partner enthält.',
  mindTierReportForbidden: 'Der Stufenbericht ist Coaches und Channel-Managern vorbehalten.',
  mindTierReportError: 'Der Stufenbericht konnte nicht geladen werden.',
};

export default tierReportDe;
