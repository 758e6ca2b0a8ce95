import type { BadgeRule } from '@mindshare/core';
import type { badgesEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('fr');

/** French UI strings of <mind-badges>. */
const badgesFr: typeof badgesEn = {
  mindBadgesTitle: 'Engagement',
  mindBadgesPoints: (points: number) => `${number(points)} ${plural(points, 'point', 'points')}`,
  mindBadgesWeekPoints: (points: number) => `${number(points)} cette semaine`,
  mindBadgesStreak: (weeks: number) =>
    weeks === 0 ? 'Pas encore de série' : `${number(weeks)} ${plural(weeks, 'semaine', 'semaines')} d’affilée`,
  mindBadgesEarned: 'Badges obtenus',
  mindBadgesEarnedNone: 'Pas encore de badge\u00a0: continuez à lire, voter et vous entraîner.',
  mindBadgesEarnedOn: (date: string) => `Obtenu le ${date}`,
  mindBadgesNext: 'Prochains badges',
  mindBadgesNextNone: 'Tous les badges sont obtenus.',
  mindBadgesProgress: (rule: BadgeRule, current: number, target: number): string => {
    switch (rule.kind) {
      case 'streak':
        return `${number(current)} ${plural(current, 'semaine', 'semaines')} d’affilée sur ${number(target)}`;
      case 'month-read':
        return `${number(current)} ${plural(current, 'fiche lue', 'fiches lues')} sur ${number(target)} ce mois-ci`;
      case 'first-pitch':
        return 'Envoyez votre premier pitch à votre coach';
      case 'challenge-top':
        return `Terminez un challenge dans les ${number(rule.rank)} premiers`;
    }
  },
  mindBadgesNewBadge: (title: string) => `Nouveau badge\u00a0: ${title}`,
  mindBadgesForbidden: 'Seuls les coachs et les managers peuvent voir les badges d’un autre vendeur.',
  mindBadgesError: 'Vos badges n’ont pas pu être chargés.',
};

export default badgesFr;
