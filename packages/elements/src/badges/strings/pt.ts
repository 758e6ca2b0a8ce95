import type { BadgeRule } from '@mindshare/core';
import type { badgesEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('pt');

/** Textos de interface em português de <mind-badges>: mesmas chaves e argumentos do inglês. */
const badgesPt: typeof badgesEn = {
  mindBadgesTitle: 'Engajamento',
  mindBadgesPoints: (points: number) => `${number(points)} ${plural(points, 'ponto', 'pontos')}`,
  mindBadgesWeekPoints: (points: number) => `${number(points)} nesta semana`,
  mindBadgesStreak: (weeks: number) =>
    weeks === 0 ? 'Nenhuma sequência ainda' : `Sequência de ${number(weeks)} ${plural(weeks, 'semana', 'semanas')}`,
  mindBadgesEarned: 'Emblemas conquistados',
  mindBadgesEarnedNone: 'Nenhum emblema ainda: continue lendo, votando e praticando.',
  mindBadgesEarnedOn: (date: string) => `Conquistado em ${date}`,
  mindBadgesNext: 'Próximos emblemas',
  mindBadgesNextNone: 'Você conquistou todos os emblemas.',
  mindBadgesProgress: (rule: BadgeRule, current: number, target: number): string => {
    switch (rule.kind) {
      case 'streak':
        return `${number(current)} de ${number(target)} semanas seguidas`;
      case 'month-read':
        return `${number(current)} de ${number(target)} ${plural(target, 'pílula', 'pílulas')} deste mês lidas`;
      case 'first-pitch':
        return 'Envie seu primeiro pitch para avaliação';
      case 'challenge-top':
        return `Termine um desafio entre os ${number(rule.rank)} primeiros`;
    }
  },
  mindBadgesNewBadge: (title: string) => `Novo emblema: ${title}`,
  mindBadgesForbidden: 'Somente coaches e gerentes podem ver os emblemas de outro vendedor.',
  mindBadgesError: 'Não foi possível carregar seus emblemas.',
};

export default badgesPt;
