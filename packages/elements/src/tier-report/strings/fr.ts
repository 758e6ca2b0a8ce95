import type { tierReportEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const percent = (share: number) =>
  new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 1 }).format(share);
const { number, plural } = termFormats('fr');

const metrics: Record<string, string> = { indirectRevenue: 'CA indirect', certifiedSellers: 'vendeurs certifiés' };
const metricName = (metric: string) => metrics[metric] ?? metric;

/** Chaînes d'interface françaises de <mind-tier-report> : mêmes clés, mêmes arguments que l'anglais. */
const tierReportFr: typeof tierReportEn = {
  mindTierReportMetric: (metric: string) => metricName(metric),
  mindTierReportPartnerId: 'Identifiant partenaire',
  mindTierReportCurrency: 'Devise',
  mindTierReportExportTiers: 'Télécharger les niveaux (CSV)',
  mindTierReportExportBudget: 'Télécharger la répartition du budget (CSV)',
  mindTierReportUnknownMetric: (metric) =>
    `Aucun partenaire de l’annuaire n’a de chiffre «\u00a0${metric}\u00a0»\u00a0: indiquez dans l’attribut metric un indicateur qu’ils ont.`,
  mindTierReportInvalidBudget: (budget, currency) =>
    `Le budget «\u00a0${budget}\u00a0» n’est pas un montant en ${currency}\u00a0: écrivez-le en ${currency}, par exemple 250000 ou 1250.50.`,
  mindTierReportMissingWeight: (tier, weights) =>
    `Les poids «\u00a0${weights}\u00a0» n’en donnent aucun au niveau «\u00a0${tier}\u00a0», qui a des partenaires\u00a0: ajoutez-le, par exemple ${tier}:1 (0 ne lui laisse que ses planchers).`,
  mindTierReportInvalidWeights: (weights) =>
    `Les poids «\u00a0${weights}\u00a0» ne sont pas des niveaux avec leur poids\u00a0: écrivez par exemple platinum:4 gold:3 silver:1.`,
  mindTierReportChartTitle: (metric: string) => `Part des partenaires et part du ${metric} par niveau`,
  mindTierReportChartTier: (tier: string, partnerShare: number, metricShare: number, metric: string) =>
    `${tier}\u00a0: ${percent(partnerShare)} des partenaires, ${percent(metricShare)} du ${metric}.`,
  mindTierReportPercent: (share: number) => percent(share),
  mindTierReportBarPartners: (share: number) => `${percent(share)} des partenaires`,
  mindTierReportBarMetric: (share: number, metric: string) => `${percent(share)} du ${metric}`,
  mindTierReportPartnerShare: 'Part des partenaires',
  mindTierReportMetricShare: (metric: string) => `Part du ${metric}`,
  mindTierReportShowTable: 'Afficher les chiffres sous forme de tableau',
  mindTierReportTier: 'Niveau',
  mindTierReportPartnerCount: 'Partenaires',
  mindTierReportMetricSum: (metric: string) => `${metric} total`,
  mindTierReportRunningPartners: 'Part cumulée des partenaires',
  mindTierReportRunningMetric: (metric: string) => `Part cumulée du ${metric}`,
  mindTierReportWithoutMetric: (count: number, metric: string) =>
    `${number(count)} ${plural(count, 'partenaire n’a', 'partenaires n’ont')} pas de chiffre «\u00a0${metric}\u00a0» (compté 0).`,
  mindTierReportLine: (tier: string, text: string) => `${tier}\u00a0: ${text}`,
  mindTierReportGaps: (gaps: readonly string[]) => gaps.join('\u202f; '),
  mindTierReportTop: (share: string) => `dans les ${share} premiers`,
  mindTierReportDefaultTier: 'niveau par défaut',
  mindTierReportEvidence: (metric: string, actual: string, op: string, needed: string) =>
    `${metric} ${actual} ${op} ${needed}`,
  mindTierReportEvidenceQuantile: (metric: string, actual: string, top: string, needed: string) =>
    `${metric} ${actual}, dans les ${top} premiers (≥ ${needed})`,
  mindTierReportGap: (metric: string, actual: string, target: string, change: string) =>
    `${metric} ${actual}, il faut ${target}\u00a0: ${change}`,
  mindTierReportGapNoData: (metric: string, target: string) =>
    `${metric}\u00a0: pas encore de chiffre, il faut ${target || 'une valeur'}`,
  mindTierReportCertifiedSellers: (certification: string) =>
    certification === '' ? 'vendeurs certifiés' : `vendeurs certifiés ${certification}`,
  mindTierReportGapCertified: (metric: string, actual: string, more: number) =>
    `${metric} ${actual}, il faut ${number(more)} ${plural(more, 'vendeur certifié', 'vendeurs certifiés')} de plus`,
  mindTierReportPartnersTitle: 'Partenaires, leur niveau et ce qu’il manque pour le suivant',
  mindTierReportPartner: 'Partenaire',
  mindTierReportReason: 'Pourquoi ce niveau',
  mindTierReportNext: 'Pour le niveau suivant',
  mindTierReportTopTier: 'Niveau le plus haut',
  mindTierReportBudgetTitle: 'Répartition du budget',
  mindTierReportWeight: 'Poids',
  mindTierReportAmount: 'Montant',
  mindTierReportTotal: 'Total',
  mindTierReportAllocated: 'Attribué',
  mindTierReportUnallocated: 'Non attribué (tous les partenaires à leur plafond)',
  mindTierReportBudgetPartners: 'Budget par partenaire',
  mindTierReportEmpty:
    'Aucun partenaire pour l’instant\u00a0: le rapport apparaît quand l’annuaire liste des partenaires.',
  mindTierReportForbidden: 'Le rapport des niveaux est réservé aux coachs et aux responsables de canal.',
  mindTierReportError: 'Impossible de charger le rapport des niveaux.',
};

export default tierReportFr;
