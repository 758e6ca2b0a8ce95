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
