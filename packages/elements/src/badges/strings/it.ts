import type { BadgeRule } from '@mindshare/core';
import type { badgesEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('it');

/** Testi dell'interfaccia in italiano di <mind-badges>: stesse chiavi e stessi argomenti dell'inglese. */
const badgesIt: typeof badgesEn = {
  mindBadgesTitle: 'Coinvolgimento',
  mindBadgesPoints: (points: number) => `${number(points)} ${plural(points, 'punto', 'punti')}`,
  mindBadgesWeekPoints: (points: number) => `${number(points)} questa settimana`,
  mindBadgesStreak: (weeks: number) =>
    weeks === 0 ? 'Ancora nessuna serie' : `${number(weeks)} ${plural(weeks, 'settimana', 'settimane')} di fila`,
  mindBadgesEarned: 'Badge ottenuti',
  mindBadgesEarnedNone: 'Ancora nessun badge: continui a leggere, votare ed esercitarsi.',
  mindBadgesEarnedOn: (date: string) => `Ottenuto il ${date}`,
  mindBadgesNext: 'Prossimi badge',
  mindBadgesNextNone: 'Ha ottenuto tutti i badge.',
  mindBadgesProgress: (rule: BadgeRule, current: number, target: number): string => {
    switch (rule.kind) {
      case 'streak':
        return `${number(current)} di ${number(target)} settimane di fila`;
      case 'month-read':
        return `${number(current)} di ${number(target)} ${plural(target, 'pillola', 'pillole')} di questo mese lette`;
      case 'first-pitch':
        return 'Invii il suo primo pitch per la valutazione';
      case 'challenge-top':
        return `Concluda una sfida tra i primi ${number(rule.rank)}`;
    }
  },
  mindBadgesNewBadge: (title: string) => `Nuovo badge: ${title}`,
  mindBadgesForbidden: 'Solo i coach e i responsabili possono vedere i badge di un altro venditore.',
  mindBadgesError: 'Non è stato possibile caricare i suoi badge.',
};

export default badgesIt;
