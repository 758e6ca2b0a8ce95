import type { BadgeRule } from '@mindshare/core';
import type { badgesEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('es');

/** Textos de interfaz en español de <mind-badges>: mismas claves y mismos argumentos que en inglés. */
const badgesEs: typeof badgesEn = {
  mindBadgesTitle: 'Participación',
  mindBadgesPoints: (points: number) => `${number(points)} ${plural(points, 'punto', 'puntos')}`,
  mindBadgesWeekPoints: (points: number) => `${number(points)} esta semana`,
  mindBadgesStreak: (weeks: number) =>
    weeks === 0 ? 'Todavía sin racha' : `Racha de ${number(weeks)} ${plural(weeks, 'semana', 'semanas')}`,
  mindBadgesEarned: 'Insignias obtenidas',
  mindBadgesEarnedNone: 'Todavía no tiene ninguna insignia: siga leyendo, votando y practicando.',
  mindBadgesEarnedOn: (date: string) => `Obtenida el ${date}`,
  mindBadgesNext: 'Próximas insignias',
  mindBadgesNextNone: 'Ha obtenido todas las insignias.',
  mindBadgesProgress: (rule: BadgeRule, current: number, target: number): string => {
    switch (rule.kind) {
      case 'streak':
        return `${number(current)} de ${number(target)} semanas seguidas`;
      case 'month-read':
        return `${number(current)} de ${number(target)} ${plural(target, 'cápsula', 'cápsulas')} de este mes leídas`;
      case 'first-pitch':
        return 'Envíe su primer pitch para que lo evalúen';
      case 'challenge-top':
        return `Termine un reto entre los ${number(rule.rank)} primeros`;
    }
  },
  mindBadgesNewBadge: (title: string) => `Nueva insignia: ${title}`,
  mindBadgesForbidden: 'Solo los coaches y los responsables pueden ver las insignias de otro vendedor.',
  mindBadgesError: 'No se han podido cargar sus insignias.',
};

export default badgesEs;
