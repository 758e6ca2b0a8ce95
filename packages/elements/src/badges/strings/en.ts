import type { BadgeRule } from '@mindshare/core';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('en');

/** English UI strings of <mind-badges> (term keys start with `mindBadges`). */
export const badgesEn = {
  mindBadgesTitle: 'Engagement',
  mindBadgesPoints: (points: number) => `${number(points)} ${plural(points, 'point', 'points')}`,
  mindBadgesWeekPoints: (points: number) => `${number(points)} this week`,
  mindBadgesStreak: (weeks: number) => (weeks === 0 ? 'No streak yet' : `${number(weeks)}-week streak`),
  mindBadgesEarned: 'Badges earned',
  mindBadgesEarnedNone: 'No badge yet: keep reading, voting and practising.',
  mindBadgesEarnedOn: (date: string) => `Earned ${date}`,
  mindBadgesNext: 'Next badges',
  mindBadgesNextNone: 'Every badge is earned.',
  /** The progress toward a badge, in the rule's words. */
  mindBadgesProgress: (rule: BadgeRule, current: number, target: number): string => {
    switch (rule.kind) {
      case 'streak':
        return `${number(current)} of ${number(target)} weeks in a row`;
      case 'month-read':
        return `${number(current)} of ${number(target)} ${plural(target, 'nugget', 'nuggets')} of this month read`;
      case 'first-pitch':
        return 'Send your first pitch for review';
      case 'challenge-top':
        return `Finish a challenge in the top ${number(rule.rank)}`;
    }
  },
  mindBadgesNewBadge: (title: string) => `New badge: ${title}`,
  mindBadgesForbidden: 'Only coaches and managers may see another seller’s badges.',
  mindBadgesError: 'Your badges could not be loaded.',
} satisfies Record<`mindBadges${string}`, unknown>;
