import type { tierReportEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const percent = (share: number) =>
  new Intl.NumberFormat('es', { style: 'percent', maximumFractionDigits: 1 }).format(share);
const { number, plural } = termFormats('es');

const metrics: Record<string, string> = {
  indirectRevenue: 'ingresos indirectos',
  certifiedSellers: 'vendedores certificados',
};
const metricName = (metric: string) => metrics[metric] ?? metric;

/** Textos de interfaz en español de <mind-tier-report>: mismas claves y mismos argumentos que en inglés. */
const tierReportEs: typeof tierReportEn = {
  mindTierReportMetric: (metric: string) => metricName(metric),
  mindTierReportPartnerId: 'Identificador del partner',
  mindTierReportCurrency: 'Moneda',
  mindTierReportExportTiers: 'Descargar los niveles (CSV)',
  mindTierReportExportBudget: 'Descargar el reparto del presupuesto (CSV)',
  mindTierReportUnknownMetric: (metric) =>
    `Ningún partner del directorio tiene un valor «${metric}»: indique en el atributo metric un indicador que tengan.`,
  mindTierReportInvalidBudget: (budget, currency) =>
    `El presupuesto «${budget}» no es un importe en ${currency}: escríbalo en ${currency}, por ejemplo 250000 o 1250.50.`,
  mindTierReportMissingWeight: (tier, weights) =>
    `Los pesos «${weights}» no asignan ningún peso al nivel «${tier}», que tiene partners: añádalo, por ejemplo ${tier}:1 (con 0 solo recibe sus mínimos).`,
  mindTierReportInvalidWeights: (weights) =>
    `Los pesos «${weights}» no son niveles con su peso: escríbalos, por ejemplo, como platinum:4 gold:3 silver:1.`,
  mindTierReportChartTitle: (metric: string) => `Porcentaje de partners y de ${metric} por nivel`,
  mindTierReportChartTier: (tier: string, partnerShare: number, metricShare: number, metric: string) =>
    `${tier}: ${percent(partnerShare)} de los partners, ${percent(metricShare)} de ${metric}.`,
  mindTierReportPercent: (share: number) => percent(share),
  mindTierReportBarPartners: (share: number) => `${percent(share)} de los partners`,
  mindTierReportBarMetric: (share: number, metric: string) => `${percent(share)} de ${metric}`,
  mindTierReportPartnerShare: 'Porcentaje de partners',
  mindTierReportMetricShare: (metric: string) => `Porcentaje de ${metric}`,
  mindTierReportShowTable: 'Mostrar las cifras en una tabla',
  mindTierReportTier: 'Nivel',
  mindTierReportPartnerCount: 'Partners',
  mindTierReportMetricSum: (metric: string) => `Total de ${metric}`,
  mindTierReportRunningPartners: 'Porcentaje acumulado de partners',
  mindTierReportRunningMetric: (metric: string) => `Porcentaje acumulado de ${metric}`,
  mindTierReportWithoutMetric: (count: number, metric: string) =>
    `${number(count)} ${plural(count, 'partner no tiene', 'partners no tienen')} valor de ${metric} (se cuenta como 0).`,
  mindTierReportLine: (tier: string, text: string) => `${tier}: ${text}`,
  mindTierReportGaps: (gaps: readonly string[]) => gaps.join('; '),
  mindTierReportTop: (share: string) => `en el ${share} superior`,
  mindTierReportDefaultTier: 'nivel por defecto',
  mindTierReportEvidence: (metric: string, actual: string, op: string, needed: string) =>
    `${metric} ${actual} ${op} ${needed}`,
  mindTierReportEvidenceQuantile: (metric: string, actual: string, top: string, needed: string) =>
    `${metric} ${actual}, en el ${top} superior (≥ ${needed})`,
  mindTierReportGap: (metric: string, actual: string, target: string, change: string) =>
    `${metric} ${actual}, necesita ${target}: ${change}`,
  mindTierReportGapNoData: (metric: string, target: string) =>
    `${metric}: todavía sin valor, necesita ${target || 'uno'}`,
  mindTierReportCertifiedSellers: (certification: string) =>
    certification === '' ? 'vendedores certificados' : `vendedores certificados en ${certification}`,
  mindTierReportGapCertified: (metric: string, actual: string, more: number) =>
    `${metric} ${actual}, necesita ${number(more)} ${plural(more, 'vendedor certificado más', 'vendedores certificados más')}`,
  mindTierReportPartnersTitle: 'Partners, su nivel y lo que exige el siguiente',
  mindTierReportPartner: 'Partner',
  mindTierReportReason: 'Por qué este nivel',
  mindTierReportNext: 'Para el siguiente nivel',
  mindTierReportTopTier: 'Nivel más alto',
  mindTierReportBudgetTitle: 'Reparto del presupuesto',
  mindTierReportWeight: 'Peso',
  mindTierReportAmount: 'Importe',
  mindTierReportTotal: 'Total',
  mindTierReportAllocated: 'Asignado',
  mindTierReportUnallocated: 'Sin asignar (todos los partners en su tope)',
  mindTierReportBudgetPartners: 'Presupuesto por partner',
  mindTierReportEmpty: 'Todavía no hay partners: el informe aparece cuando el directorio incluye partners.',
  mindTierReportForbidden: 'El informe de niveles está reservado a coaches y responsables de canal.',
  mindTierReportError: 'No se ha podido cargar el informe de niveles.',
};

export default tierReportEs;
