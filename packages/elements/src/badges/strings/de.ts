import type { BadgeRule } from '@mindshare/core';
import type { badgesEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('de');

/** Deutsche UI-Texte von <mind-badges>: dieselben Schlüssel und Argumente wie im Englischen. */
const badgesDe: typeof badgesEn = {
  mindBadgesTitle: 'Engagement',
  mindBadgesPoints: (points: number) => `${number(points)} ${plural(points, 'Punkt', 'Punkte')}`,
  mindBadgesWeekPoints: (points: number) => `${number(points)} diese Woche`,
  mindBadgesStreak: (weeks: number) =>
    weeks === 0 ? 'Noch keine Serie' : `${number(weeks)} ${plural(weeks, 'Woche', 'Wochen')} in Folge`,
  mindBadgesEarned: 'Erhaltene Abzeichen',
  mindBadgesEarnedNone: 'Noch kein Abzeichen: Lesen Sie weiter, stimmen Sie ab und üben Sie.',
  mindBadgesEarnedOn: (date: string) => `Erhalten am ${date}`,
  mindBadgesNext: 'Nächste Abzeichen',
  mindBadgesNextNone: 'Sie haben alle Abzeichen erhalten.',
  mindBadgesProgress: (rule: BadgeRule, current: number, target: number): string => {
    switch (rule.kind) {
      case 'streak':
        return `${number(current)} von ${number(target)} Wochen in Folge`;
      case 'month-read':
        return `${number(current)} von ${number(target)} ${plural(target, 'Beitrag', 'Beiträgen')} dieses Monats gelesen`;
      case 'first-pitch':
        return 'Senden Sie Ihren ersten Pitch zur Bewertung';
      case 'challenge-top':
        return `Schließen Sie eine Challenge unter den ersten ${number(rule.rank)} ab`;
    }
  },
  mindBadgesNewBadge: (title: string) => `Neues Abzeichen: ${title}`,
  mindBadgesForbidden: 'Nur Coaches und Manager dürfen die Abzeichen anderer Verkäufer sehen.',
  mindBadgesError: 'Ihre Abzeichen konnten nicht geladen werden.',
};

export default badgesDe;
