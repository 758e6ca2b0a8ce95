import type { LeaderboardScope } from '@mindshare/core';
import type { leaderboardEn } from './en.js';
import { arabicPlaces } from '../../shared/i18n/ar-words.js';
import { termFormats } from '../../shared/i18n/term-formats.js';
import type { BoardPeriod } from '../engagement-board.js';
import { entityBoardAr } from './entity-board/ar.js';

const { number, pluralForms } = termFormats('ar');

const scopeNames: Record<LeaderboardScope, string> = {
  global: 'الجميع',
  tier: 'مستواي',
  partner: 'شركتي',
  region: 'منطقتي',
  team: 'فريقي',
};

/** Sellers after "من" (of): genitive. */
const sellers = (count: number) =>
  pluralForms(count, {
    one: 'بائع واحد',
    two: 'بائعَين',
    few: `${number(count)} بائعين`,
    many: `${number(count)} بائعًا`,
    other: `${number(count)} بائع`,
  });

/** Arabic UI strings of the leaderboard element: the same keys and arguments as the English. */
const leaderboardAr: typeof leaderboardEn = {
  ...entityBoardAr,
  mindLeaderboardTitle: 'لوحة الصدارة',
  mindLeaderboardScopeLabel: 'الترتيب بين',
  mindLeaderboardScopeName: (scope: LeaderboardScope) => scopeNames[scope] ?? scope,
  mindLeaderboardRank: 'الترتيب',
  mindLeaderboardName: 'الاسم',
  mindLeaderboardScore: 'النتيجة',
  mindLeaderboardYou: 'أنت',
  mindLeaderboardYouHidden: 'أنت، مخفي',
  mindLeaderboardPseudonym: (code: string) => `البائع ${code}`,
  mindLeaderboardReward: 'المكافأة:',
  mindLeaderboardGap: 'بعض المراتب بين القمة وموقعك غير معروضة',
  mindLeaderboardEmpty: 'لا يوجد أحد في الترتيب بعد. أكمل التحدي لتظهر هنا.',
  mindLeaderboardError: 'تعذّر تحميل لوحة الصدارة.',
  mindLeaderboardMovedUp: (count: number) => `تقدّم ${arabicPlaces(count)}`,
  mindLeaderboardMovedDown: (count: number) => `تراجع ${arabicPlaces(count)}`,
  mindLeaderboardRange: (first: number, last: number, total: number) =>
    `المراتب ${number(first)}–${number(last)} من ${sellers(total)}`,
  mindLeaderboardMine: (rank: number, total: number) => `ترتيبك: ${number(rank)} من ${number(total)}`,
  mindLeaderboardMineHidden: (rank: number, total: number) => `مخفي: سيكون ترتيبك ${number(rank)} من ${number(total)}`,
  mindLeaderboardForbidden: 'لوحة الصدارة هذه مخصصة للبائعين الذين يستهدفهم التحدي.',
  mindLeaderboardVisibility: 'أظهرني في لوحات الصدارة العامة',
  mindLeaderboardVisibilityNote: 'البائعون المخفيون غير مؤهلين للجوائز.',
  mindLeaderboardVisibilitySaved: (visible: boolean): string =>
    visible ? 'ظاهر في لوحات الصدارة العامة.' : 'مخفي من لوحات الصدارة العامة.',
  mindLeaderboardVisibilityError: 'لم يتم الحفظ.',
  mindLeaderboardNext: 'عرض المزيد',
  mindLeaderboardPrevious: 'المراتب السابقة',
  mindLeaderboardPages: 'صفحات لوحة الصدارة',
  mindLeaderboardEngagementTitle: (period: BoardPeriod) =>
    period === 'all' ? 'الأكثر نشاطًا منذ البداية' : 'الأكثر نشاطًا هذا الأسبوع',
  mindLeaderboardEngagementEmpty: 'لم يُحتسب أي نشاط بعد. اقرأ محتوى أو أجب عن استطلاع لتظهر هنا.',
  mindLeaderboardPoints: 'النقاط',
  mindLeaderboardPeriodLabel: 'الفترة',
  mindLeaderboardPeriodName: (period: BoardPeriod) => (period === 'all' ? 'منذ البداية' : 'هذا الأسبوع'),
};

export default leaderboardAr;
