import { certifiedMetricOf, type TierAssignment, type TierEvidence, type TierGap } from '@mindshare/core';
import type { MindLocalizeController } from '../shared/i18n/localize.js';
import type { tierReportEn } from './strings/en.js';

const SYMBOLS: Record<TierEvidence['op'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '==': '=' };

/**
 * Why a partner is in its tier and what it lacks for the next one, in the element's language.
 * The API's `reasons` and `nextTierGaps` are written in the viewer's locale with English
 * connecting words; the element builds its own sentences from the structured `reason` and `next`,
 * so a French page says it in French whatever the viewer's locale.
 */
export function tierWords(
  localize: MindLocalizeController<typeof tierReportEn>,
  lang: string,
  tierName: (id: string) => string,
  metricName: (id: string) => string,
) {
  const compact = new Intl.NumberFormat(lang, { notation: 'compact' });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const number = (value: number) => compact.format(value);
  // The conditions a tier's rule met, listed as the language lists: "A, B" in English, "A et B" in French.
  const list = new Intl.ListFormat(lang, { type: 'unit' });

  const evidence = (item: TierEvidence) =>
    item.quantile === undefined
      ? localize.term(
          'mindTierReportEvidence',
          metricName(item.metric),
          number(item.actual),
          SYMBOLS[item.op],
          number(item.needed),
        )
      : localize.term(
          'mindTierReportEvidenceQuantile',
          metricName(item.metric),
          number(item.actual),
          percent.format(item.quantile.top),
          number(item.needed),
        );

  const gap = (item: TierGap) => {
    const target = item.needed === null ? '' : `${SYMBOLS[item.op]} ${number(item.needed)}`;
    const scoped =
      item.quantile === undefined
        ? target
        : `${target} (${localize.term('mindTierReportTop', percent.format(item.quantile.top))})`;
    if (item.kind === 'no-data')
      return localize.term('mindTierReportGapNoData', metricName(item.metric), scoped.trim());
    // A count of certified sellers says how many more sellers to certify: "needs 1 more certified seller".
    if (certifiedMetricOf(item.metric) !== undefined)
      return localize.term(
        'mindTierReportGapCertified',
        metricName(item.metric),
        number(item.actual),
        Math.ceil(item.missing),
      );
    const sign = item.direction === 'increase' ? '+' : '−';
    return localize.term(
      'mindTierReportGap',
      metricName(item.metric),
      number(item.actual),
      scoped,
      `${sign}${number(item.missing)}`,
    );
  };

  return {
    /** "Platinum: indirect revenue 2.1M ≥ 1M", or "Silver: default tier". */
    reason(assignment: TierAssignment): string {
      const { reason } = assignment;
      const why =
        reason.kind === 'default'
          ? localize.term('mindTierReportDefaultTier')
          : list.format(reason.evidence.map(evidence));
      return localize.term('mindTierReportLine', tierName(assignment.tierId), why);
    },
    /** "Platinum: indirect revenue 600K, needs ≥ 1M: +400K", or `null` in the top tier. */
    next(assignment: TierAssignment): string | null {
      if (assignment.next === null) return null;
      // Each gap has commas and a colon of its own: the language joins them (semicolons, spaced its way).
      const gaps = localize.term('mindTierReportGaps', assignment.next.gaps.map(gap));
      return localize.term('mindTierReportLine', tierName(assignment.next.tierId), gaps);
    },
  };
}
