import type { MasteryLevel } from '@mindshare/core';
import type { masteryMapEn } from './en.js';
import { arabicAnswers } from '../../shared/i18n/ar-words.js';

type By = 'seller' | 'partner' | 'tier';

const percent = (score: number) => new Intl.NumberFormat('ar', { style: 'percent' }).format(score);

const levels: Record<MasteryLevel, string> = {
  unknown: 'إجابات قليلة جدًا',
  weak: 'ضعيف',
  developing: 'في تقدّم',
  strong: 'قوي',
};
const groups: Record<By, string> = { seller: 'البائعون', partner: 'الشركاء', tier: 'المستويات' };
const singular: Record<By, string> = { seller: 'البائع', partner: 'الشريك', tier: 'المستوى' };
/** What a row opens: a partner's sellers, a tier's partners. */
const its: Record<By, string> = { seller: 'بائعيه', partner: 'شركاءه', tier: 'مستوياته' };
const all: Record<By, string> = { seller: 'جميع البائعين', partner: 'جميع الشركاء', tier: 'جميع المستويات' };

/** Arabic UI strings of <mind-mastery-map>: the same keys and arguments as the English. */
const masteryMapAr: typeof masteryMapEn = {
  mindMasteryMapTitle: (by: By) => `الإتقان حسب الموضوع · ${groups[by] ?? by}`,
  mindMasteryMapByLabel: 'عرض إتقان',
  mindMasteryMapBy: (by: By) => groups[by] ?? by,
  mindMasteryMapEntity: (by: By) => singular[by] ?? by,
  mindMasteryMapLevel: (level: MasteryLevel) => levels[level] ?? level,
  mindMasteryMapCell: (score: number, level: MasteryLevel) => `${percent(score)} · ${levels[level] ?? level}`,
  mindMasteryMapNoAnswers: 'لا إجابات',
  mindMasteryMapSortBy: (column: string) => `ترتيب حسب ${column}`,
  mindMasteryMapDrillHint: (to: By) => `يعرض ${its[to] ?? to}`,
  mindMasteryMapTrail: 'مسار التفصيل',
  mindMasteryMapAll: (by: By) => all[by] ?? String(by),
  mindMasteryMapStrengthen: 'من يحتاج إلى تعزيز أي موضوع',
  mindMasteryMapStrengthenNone: 'لا أحد دون مستوى «قوي» في أي موضوع مُقاس.',
  mindMasteryMapStrengthenRow: (name: string, topic: string, score: number, level: MasteryLevel) =>
    `${name} — ${topic}: ${percent(score)} (${levels[level] ?? level})`,
  mindMasteryMapUnknown: 'الإجابات قليلة جدًا للحكم: شجّعهم على مزيد من التدريب',
  mindMasteryMapUnknownRow: (name: string, topic: string, count: number) =>
    `${name} — ${topic}: ${arabicAnswers(count)}`,
  mindMasteryMapEmpty: 'لم يُقَس أي إتقان بعد: يظهر حين يجيب البائعون عن التحديات وأسئلة التدريب.',
  mindMasteryMapForbidden: 'هذا العرض مخصص للمدربين ومديري القنوات.',
  mindMasteryMapError: 'تعذّر تحميل بيانات الإتقان.',
  mindMasteryMapLegend: `المستويات: قوي من ${percent(0.8)}، في تقدّم من ${percent(0.6)}، ضعيف دون ذلك؛ «إجابات قليلة جدًا» إلى أن تتوفر إجابتان حديثتان.`,
};

export default masteryMapAr;
