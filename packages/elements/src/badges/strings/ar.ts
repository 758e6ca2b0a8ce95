import type { BadgeRule } from '@mindshare/core';
import type { badgesEn } from './en.js';
import { arabicPoints } from '../../shared/i18n/strings/ar.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, pluralForms } = termFormats('ar');

/** Weeks, as the subject ("أسبوعان على التوالي") or, with `of`, after "من" (of): genitive. */
const weeks = (count: number, of = false) =>
  pluralForms(count, {
    one: 'أسبوع واحد',
    two: of ? 'أسبوعين' : 'أسبوعان',
    few: `${number(count)} أسابيع`,
    many: `${number(count)} أسبوعًا`,
    other: `${number(count)} أسبوع`,
  });

/** Feed items (nuggets) read, after "من" (of). */
const items = (count: number) =>
  pluralForms(count, {
    one: 'محتوى واحد',
    two: 'محتويين',
    few: `${number(count)} محتويات`,
    many: `${number(count)} محتوى`,
    other: `${number(count)} محتوى`,
  });

/** Arabic UI strings of <mind-badges>: the same keys and arguments as the English. */
const badgesAr: typeof badgesEn = {
  mindBadgesTitle: 'التفاعل',
  mindBadgesPoints: arabicPoints,
  mindBadgesWeekPoints: (points: number) => `${number(points)} هذا الأسبوع`,
  mindBadgesStreak: (count: number) => (count === 0 ? 'لا توجد سلسلة بعد' : `${weeks(count)} على التوالي`),
  mindBadgesEarned: 'الشارات المكتسبة',
  mindBadgesEarnedNone: 'لا شارات بعد: واصل القراءة والتصويت والتدرّب.',
  mindBadgesEarnedOn: (date: string) => `حصلت عليها في ${date}`,
  mindBadgesNext: 'الشارات التالية',
  mindBadgesNextNone: 'حصلت على كل الشارات.',
  mindBadgesProgress: (rule: BadgeRule, current: number, target: number): string => {
    switch (rule.kind) {
      case 'streak':
        return `${number(current)} من ${weeks(target, true)} على التوالي`;
      case 'month-read':
        return `قرأت ${number(current)} من ${items(target)} هذا الشهر`;
      case 'first-pitch':
        return 'أرسل أول عرض تقديمي لك للتقييم';
      case 'challenge-top':
        return `أنهِ تحديًا ضمن أفضل ${number(rule.rank)}`;
    }
  },
  mindBadgesNewBadge: (title: string) => `شارة جديدة: ${title}`,
  mindBadgesForbidden: 'لا يطّلع على شارات بائع آخر إلا المدربون والمديرون.',
  mindBadgesError: 'تعذّر تحميل شاراتك.',
};

export default badgesAr;
