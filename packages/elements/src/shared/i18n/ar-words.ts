import { termFormats } from './term-formats.js';

const { number, pluralForms } = termFormats('ar');

/** "N votes" in Arabic, with its six plural forms: the feed's poll results and the owners' answers say it alike. */
export const arabicVotes = (count: number): string =>
  pluralForms(count, {
    zero: 'لا أصوات',
    one: 'صوت واحد',
    two: 'صوتان',
    few: `${number(count)} أصوات`,
    many: `${number(count)} صوتًا`,
    other: `${number(count)} صوت`,
  });

/** "N answers" in Arabic, as a count on its own (the mastery map's cells, the owners' answer list). */
export const arabicAnswers = (count: number): string =>
  pluralForms(count, {
    zero: 'لا إجابات',
    one: 'إجابة واحدة',
    two: 'إجابتان',
    few: `${number(count)} إجابات`,
    other: `${number(count)} إجابة`,
  });

/** Ranks gained or lost in Arabic, as the object of a verb ("تقدّم مرتبتين"): the quiz and the leaderboard say it alike. */
export const arabicPlaces = (count: number): string =>
  pluralForms(count, {
    one: 'مرتبة واحدة',
    two: 'مرتبتين',
    few: `${number(count)} مراتب`,
    other: `${number(count)} مرتبة`,
  });
