import type { MasteryLevel } from '@mindshare/core';
import { termFormats } from '../../shared/i18n/term-formats.js';

type By = 'seller' | 'partner' | 'tier';

const percent = (score: number) => new Intl.NumberFormat('en', { style: 'percent' }).format(score);
const { plural } = termFormats('en');

const levels: Record<MasteryLevel, string> = {
  unknown: 'too few answers',
  weak: 'weak',
  developing: 'developing',
  strong: 'strong',
};
const groups: Record<By, string> = { seller: 'Sellers', partner: 'Partners', tier: 'Tiers' };
const singular: Record<By, string> = { seller: 'Seller', partner: 'Partner', tier: 'Tier' };

/** English UI strings of <mind-mastery-map> (term keys start with `mindMasteryMap`). */
export const masteryMapEn = {
  mindMasteryMapTitle: (by: By) => `Mastery by topic · ${groups[by] ?? by}`,
  mindMasteryMapByLabel: 'Show mastery of',
  mindMasteryMapBy: (by: By) => groups[by] ?? by,
  mindMasteryMapEntity: (by: By) => singular[by] ?? by,
  mindMasteryMapLevel: (level: MasteryLevel) => levels[level] ?? level,
  mindMasteryMapCell: (score: number, level: MasteryLevel) => `${percent(score)} · ${levels[level] ?? level}`,
  mindMasteryMapNoAnswers: 'no answers',
  mindMasteryMapSortBy: (column: string) => `Sort by ${column}`,
  mindMasteryMapDrillHint: (to: By) => `Opens its ${groups[to]?.toLowerCase() ?? to}`,
  mindMasteryMapTrail: 'Drill-down path',
  mindMasteryMapAll: (by: By) => `All ${groups[by]?.toLowerCase() ?? by}`,
  mindMasteryMapStrengthen: 'Who must strengthen which topic',
  mindMasteryMapStrengthenNone: 'No one is below “strong” on a measured topic.',
  mindMasteryMapStrengthenRow: (name: string, topic: string, score: number, level: MasteryLevel) =>
    `${name} — ${topic}: ${percent(score)} (${levels[level] ?? level})`,
  mindMasteryMapUnknown: 'Too few answers to judge: ask them to practise more',
  mindMasteryMapUnknownRow: (name: string, topic: string, count: number) =>
    `${name} — ${topic}: ${count} ${plural(count, 'answer', 'answers')}`,
  mindMasteryMapEmpty: 'No mastery measured yet: it appears as sellers answer challenges and practice questions.',
  mindMasteryMapForbidden: 'This view is for coaches and channel managers.',
  mindMasteryMapError: 'Mastery could not be loaded.',
  mindMasteryMapLegend:
    'Levels: strong from 80%, developing from 60%, weak below; “too few answers” until two recent answers.',
} satisfies Record<`mindMasteryMap${string}`, unknown>;
