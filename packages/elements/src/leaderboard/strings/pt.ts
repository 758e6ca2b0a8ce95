import type { LeaderboardScope } from '@mindshare/core';
import type { leaderboardEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';
import type { BoardPeriod } from '../engagement-board.js';
import { entityBoardPt } from './entity-board/pt.js';

const { number, plural } = termFormats('pt');

const scopeNames: Record<LeaderboardScope, string> = {
  global: 'Todos',
  tier: 'Meu nível',
  partner: 'Minha empresa',
  region: 'Minha região',
  team: 'Minha equipe',
};

/** Textos de interface em português do elemento leaderboard: mesmas chaves e argumentos do inglês. */
const leaderboardPt: typeof leaderboardEn = {
  ...entityBoardPt,
  mindLeaderboardTitle: 'Ranking',
  mindLeaderboardScopeLabel: 'Classificar entre',
  mindLeaderboardScopeName: (scope: LeaderboardScope) => scopeNames[scope] ?? scope,
  mindLeaderboardRank: 'Posição',
  mindLeaderboardName: 'Nome',
  mindLeaderboardScore: 'Pontuação',
  mindLeaderboardYou: 'você',
  mindLeaderboardYouHidden: 'você, oculto',
  mindLeaderboardPseudonym: (code: string) => `Vendedor ${code}`,
  mindLeaderboardReward: 'Recompensa:',
  mindLeaderboardGap: 'Algumas posições entre o topo e a sua não são exibidas',
  mindLeaderboardEmpty: 'Ninguém está no ranking ainda. Conclua o desafio para aparecer aqui.',
  mindLeaderboardError: 'Não foi possível carregar o ranking.',
  mindLeaderboardMovedUp: (places: number) => `Subiu ${number(places)} ${plural(places, 'posição', 'posições')}`,
  mindLeaderboardMovedDown: (places: number) => `Caiu ${number(places)} ${plural(places, 'posição', 'posições')}`,
  mindLeaderboardRange: (first: number, last: number, total: number) =>
    `Posições ${number(first)}–${number(last)} de ${number(total)} ${plural(total, 'vendedor', 'vendedores')}`,
  mindLeaderboardMine: (rank: number, total: number) => `Sua posição: ${number(rank)} de ${number(total)}`,
  mindLeaderboardMineHidden: (rank: number, total: number) =>
    `Oculto: você estaria na posição ${number(rank)} de ${number(total)}`,
  mindLeaderboardForbidden: 'Este ranking é para os vendedores a quem o desafio se destina.',
  mindLeaderboardVisibility: 'Mostrar meu nome nos rankings públicos',
  mindLeaderboardVisibilityNote: 'Vendedores ocultos não concorrem a prêmios.',
  mindLeaderboardVisibilitySaved: (visible: boolean): string =>
    visible ? 'Visível nos rankings públicos.' : 'Oculto dos rankings públicos.',
  mindLeaderboardVisibilityError: 'Não salvo.',
  mindLeaderboardNext: 'Mostrar mais',
  mindLeaderboardPrevious: 'Posições anteriores',
  mindLeaderboardPages: 'Páginas do ranking',
  mindLeaderboardEngagementTitle: (period: BoardPeriod) =>
    period === 'all' ? 'Os mais ativos desde o início' : 'Os mais ativos nesta semana',
  mindLeaderboardEngagementEmpty:
    'Nenhuma atividade contabilizada ainda. Leia uma pílula ou responda a uma enquete para aparecer aqui.',
  mindLeaderboardPoints: 'Pontos',
  mindLeaderboardPeriodLabel: 'Período',
  mindLeaderboardPeriodName: (period: BoardPeriod) => (period === 'all' ? 'Desde o início' : 'Esta semana'),
};

export default leaderboardPt;
