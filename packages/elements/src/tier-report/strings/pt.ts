import type { tierReportEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const percent = (share: number) =>
  new Intl.NumberFormat('pt', { style: 'percent', maximumFractionDigits: 1 }).format(share);
const { number, plural } = termFormats('pt');

const metrics: Record<string, string> = {
  indirectRevenue: 'receita indireta',
  certifiedSellers: 'vendedores certificados',
};
const metricName = (metric: string) => metrics[metric] ?? metric;

/** Textos de interface em português de <mind-tier-report>: mesmas chaves e argumentos do inglês. */
const tierReportPt: typeof tierReportEn = {
  mindTierReportMetric: (metric: string) => metricName(metric),
  mindTierReportPartnerId: 'ID do parceiro',
  mindTierReportCurrency: 'Moeda',
  mindTierReportExportTiers: 'Baixar os níveis (CSV)',
  mindTierReportExportBudget: 'Baixar a distribuição do orçamento (CSV)',
  mindTierReportUnknownMetric: (metric) =>
    `Nenhum parceiro do diretório tem um valor de “${metric}”: indique no atributo metric um indicador que eles tenham.`,
  mindTierReportInvalidBudget: (budget, currency) =>
    `O orçamento “${budget}” não é um valor em ${currency}: escreva-o em ${currency}, por exemplo 250000 ou 1250.50.`,
  mindTierReportMissingWeight: (tier, weights) =>
    `Os pesos de nível “${weights}” não dão peso a “${tier}”, que tem parceiros: adicione-o, por exemplo ${tier}:1 (0 deixa apenas os seus pisos).`,
  mindTierReportInvalidWeights: (weights) =>
    `Os pesos de nível “${weights}” não são níveis com pesos: escreva-os como platinum:4 gold:3 silver:1.`,
  mindTierReportChartTitle: (metric: string) => `Parcela de parceiros e parcela de ${metric} por nível`,
  mindTierReportChartTier: (tier: string, partnerShare: number, metricShare: number, metric: string) =>
    `${tier}: ${percent(partnerShare)} dos parceiros, ${percent(metricShare)} de ${metric}.`,
  mindTierReportPercent: (share: number) => percent(share),
  mindTierReportBarPartners: (share: number) => `${percent(share)} dos parceiros`,
  mindTierReportBarMetric: (share: number, metric: string) => `${percent(share)} de ${metric}`,
  mindTierReportPartnerShare: 'Parcela de parceiros',
  mindTierReportMetricShare: (metric: string) => `Parcela de ${metric}`,
  mindTierReportShowTable: 'Mostrar os números em uma tabela',
  mindTierReportTier: 'Nível',
  mindTierReportPartnerCount: 'Parceiros',
  mindTierReportMetricSum: (metric: string) => `Total de ${metric}`,
  mindTierReportRunningPartners: 'Parcela acumulada de parceiros',
  mindTierReportRunningMetric: (metric: string) => `Parcela acumulada de ${metric}`,
  mindTierReportWithoutMetric: (count: number, metric: string) =>
    `${number(count)} ${plural(count, 'parceiro não tem', 'parceiros não têm')} valor de ${metric} (contado como 0).`,
  mindTierReportLine: (tier: string, text: string) => `${tier}: ${text}`,
  mindTierReportGaps: (gaps: readonly string[]) => gaps.join('; '),
  mindTierReportTop: (share: string) => `entre os ${share} primeiros`,
  mindTierReportDefaultTier: 'nível padrão',
  mindTierReportEvidence: (metric: string, actual: string, op: string, needed: string) =>
    `${metric} ${actual} ${op} ${needed}`,
  mindTierReportEvidenceQuantile: (metric: string, actual: string, top: string, needed: string) =>
    `${metric} ${actual}, entre os ${top} primeiros (≥ ${needed})`,
  mindTierReportGap: (metric: string, actual: string, target: string, change: string) =>
    `${metric} ${actual}, precisa de ${target}: ${change}`,
  mindTierReportGapNoData: (metric: string, target: string) =>
    `${metric}: ainda sem valor, precisa de ${target || 'um valor'}`,
  mindTierReportCertifiedSellers: (certification: string) =>
    certification === '' ? 'vendedores certificados' : `vendedores certificados em ${certification}`,
  mindTierReportGapCertified: (metric: string, actual: string, more: number) =>
    `${metric} ${actual}, precisa de mais ${number(more)} ${plural(more, 'vendedor certificado', 'vendedores certificados')}`,
  mindTierReportPartnersTitle: 'Parceiros, seu nível e o que falta para o próximo',
  mindTierReportPartner: 'Parceiro',
  mindTierReportReason: 'Por que este nível',
  mindTierReportNext: 'Para o próximo nível',
  mindTierReportTopTier: 'Nível mais alto',
  mindTierReportBudgetTitle: 'Distribuição do orçamento',
  mindTierReportWeight: 'Peso',
  mindTierReportAmount: 'Valor',
  mindTierReportTotal: 'Total',
  mindTierReportAllocated: 'Alocado',
  mindTierReportUnallocated: 'Não alocado (todos os parceiros no teto)',
  mindTierReportBudgetPartners: 'Orçamento por parceiro',
  mindTierReportEmpty: 'Nenhum parceiro ainda: o relatório aparece quando o diretório listar parceiros.',
  mindTierReportForbidden: 'O relatório de níveis é reservado a coaches e gerentes de canal.',
  mindTierReportError: 'Não foi possível carregar o relatório de níveis.',
};

export default tierReportPt;
