import type { tierReportEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const percent = (share: number) =>
  new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 1 }).format(share);
const { number, pluralForms } = termFormats('ar');

const metrics: Record<string, string> = {
  indirectRevenue: 'الإيرادات غير المباشرة',
  certifiedSellers: 'البائعون المعتمدون',
};
const metricName = (metric: string) => metrics[metric] ?? metric;

/** Arabic UI strings of <mind-tier-report>: the same keys and arguments as the English. */
const tierReportAr: typeof tierReportEn = {
  mindTierReportMetric: (metric: string) => metricName(metric),
  mindTierReportPartnerId: 'معرّف الشريك',
  mindTierReportCurrency: 'العملة',
  mindTierReportExportTiers: 'تنزيل المستويات (CSV)',
  mindTierReportExportBudget: 'تنزيل توزيع الميزانية (CSV)',
  mindTierReportUnknownMetric: (metric) =>
    `لا يملك أي شريك في الدليل قيمة «${metric}»: اضبط السمة metric على مؤشر متوفر لديهم.`,
  mindTierReportInvalidBudget: (budget, currency) =>
    `الميزانية «${budget}» ليست مبلغًا بعملة ${currency}: اكتبها بعملة ${currency}، مثل 250000 أو 1250.50.`,
  mindTierReportMissingWeight: (tier, weights) =>
    `أوزان المستويات «${weights}» لا تعطي أي وزن للمستوى «${tier}» الذي يضم شركاء: أضفه، مثل ${tier}:1 (القيمة 0 لا تمنحه سوى حدوده الدنيا).`,
  mindTierReportInvalidWeights: (weights) =>
    `أوزان المستويات «${weights}» ليست مستويات مع أوزانها: اكتبها على هذا النحو platinum:4 gold:3 silver:1.`,
  mindTierReportChartTitle: (metric: string) => `حصة الشركاء وحصة ${metric} حسب المستوى`,
  mindTierReportChartTier: (tier: string, partnerShare: number, metricShare: number, metric: string) =>
    `${tier}: ${percent(partnerShare)} من الشركاء، ${percent(metricShare)} من ${metric}.`,
  mindTierReportPercent: (share: number) => percent(share),
  mindTierReportBarPartners: (share: number) => `${percent(share)} من الشركاء`,
  mindTierReportBarMetric: (share: number, metric: string) => `${percent(share)} من ${metric}`,
  mindTierReportPartnerShare: 'حصة الشركاء',
  mindTierReportMetricShare: (metric: string) => `حصة ${metric}`,
  mindTierReportShowTable: 'عرض الأرقام في جدول',
  mindTierReportTier: 'المستوى',
  mindTierReportPartnerCount: 'الشركاء',
  mindTierReportMetricSum: (metric: string) => `إجمالي ${metric}`,
  mindTierReportRunningPartners: 'الحصة التراكمية من الشركاء',
  mindTierReportRunningMetric: (metric: string) => `الحصة التراكمية من ${metric}`,
  mindTierReportWithoutMetric: (count: number, metric: string) =>
    pluralForms(count, {
      one: `شريك واحد لا يملك قيمة «${metric}» (تُحتسب 0).`,
      two: `شريكان لا يملكان قيمة «${metric}» (تُحتسب 0).`,
      few: `${number(count)} شركاء لا يملكون قيمة «${metric}» (تُحتسب 0).`,
      many: `${number(count)} شريكًا لا يملكون قيمة «${metric}» (تُحتسب 0).`,
      other: `${number(count)} شريك لا يملكون قيمة «${metric}» (تُحتسب 0).`,
    }),
  mindTierReportLine: (tier: string, text: string) => `${tier}: ${text}`,
  mindTierReportGaps: (gaps: readonly string[]) => gaps.join('؛ '), // the Arabic semicolon
  mindTierReportTop: (share: string) => `ضمن أعلى ${share}`,
  mindTierReportDefaultTier: 'المستوى الافتراضي',
  mindTierReportEvidence: (metric: string, actual: string, op: string, needed: string) =>
    `${metric} ${actual} ${op} ${needed}`,
  mindTierReportEvidenceQuantile: (metric: string, actual: string, top: string, needed: string) =>
    `${metric} ${actual}، ضمن أعلى ${top} (≥ ${needed})`,
  mindTierReportGap: (metric: string, actual: string, target: string, change: string) =>
    `${metric} ${actual}، المطلوب ${target}: ${change}`,
  mindTierReportGapNoData: (metric: string, target: string) =>
    `${metric}: لا توجد قيمة بعد، المطلوب ${target || 'قيمة'}`,
  mindTierReportCertifiedSellers: (certification: string) =>
    certification === '' ? 'البائعون المعتمدون' : `البائعون المعتمدون في ${certification}`,
  mindTierReportGapCertified: (metric: string, actual: string, more: number) =>
    `${metric} ${actual}، يلزم ${pluralForms(more, {
      one: 'بائع معتمد آخر',
      two: 'بائعان معتمدان آخران',
      few: `${number(more)} بائعين معتمدين آخرين`,
      many: `${number(more)} بائعًا معتمدًا آخر`,
      other: `${number(more)} بائع معتمد آخر`,
    })}`,
  mindTierReportPartnersTitle: 'الشركاء ومستوياتهم وما يلزم للمستوى التالي',
  mindTierReportPartner: 'الشريك',
  mindTierReportReason: 'سبب هذا المستوى',
  mindTierReportNext: 'للمستوى التالي',
  mindTierReportTopTier: 'أعلى مستوى',
  mindTierReportBudgetTitle: 'توزيع الميزانية',
  mindTierReportWeight: 'الوزن',
  mindTierReportAmount: 'المبلغ',
  mindTierReportTotal: 'الإجمالي',
  mindTierReportAllocated: 'المخصَّص',
  mindTierReportUnallocated: 'غير المخصَّص (بلغ كل الشركاء حدودهم القصوى)',
  mindTierReportBudgetPartners: 'الميزانية لكل شريك',
  mindTierReportEmpty: 'لا يوجد شركاء بعد: يظهر التقرير حين يتضمن الدليل شركاء.',
  mindTierReportForbidden: 'تقرير المستويات مخصص للمدربين ومديري القنوات.',
  mindTierReportError: 'تعذّر تحميل تقرير المستويات.',
};

export default tierReportAr;
