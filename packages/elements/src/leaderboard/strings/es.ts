import type { LeaderboardScope } from '@mindshare/core';
import type { leaderboardEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';
import type { BoardPeriod } from '../engagement-board.js';
import { entityBoardEs } from './entity-board/es.js';

const { number, plural } = termFormats('es');

const scopeNames: Record<LeaderboardScope, string> = {
  global: 'Todos',
  tier: 'Mi nivel',
  partner: 'Mi empresa',
  region: 'Mi región',
  team: 'Mi equipo',
};

/** Textos de interfaz en español del elemento leaderboard: mismas claves y mismos argumentos que en inglés. */
const leaderboardEs: typeof leaderboardEn = {
  ...entityBoardEs,
  mindLeaderboardTitle: 'Clasificación',
  mindLeaderboardScopeLabel: 'Clasificarme entre',
  mindLeaderboardScopeName: (scope: LeaderboardScope) => scopeNames[scope] ?? scope,
  mindLeaderboardRank: 'Puesto',
  mindLeaderboardName: 'Nombre',
  mindLeaderboardScore: 'Puntos',
  mindLeaderboardYou: 'usted',
  mindLeaderboardYouHidden: 'usted, oculto',
  mindLeaderboardPseudonym: (code: string) => `Vendedor ${code}`,
  mindLeaderboardReward: 'Premio:',
  mindLeaderboardGap: 'Algunos puestos entre los primeros y su posición no se muestran',
  mindLeaderboardEmpty: 'Todavía no hay nadie clasificado. Termine el reto para aparecer aquí.',
  mindLeaderboardError: 'No se ha podido cargar la clasificación.',
  mindLeaderboardMovedUp: (places: number) => `Sube ${number(places)} ${plural(places, 'puesto', 'puestos')}`,
  mindLeaderboardMovedDown: (places: number) => `Baja ${number(places)} ${plural(places, 'puesto', 'puestos')}`,
  mindLeaderboardRange: (first: number, last: number, total: number) =>
    `Puestos ${number(first)}–${number(last)} de ${number(total)} ${plural(total, 'vendedor', 'vendedores')}`,
  mindLeaderboardMine: (rank: number, total: number) => `Su puesto: ${number(rank)} de ${number(total)}`,
  mindLeaderboardMineHidden: (rank: number, total: number) =>
    `Oculto: estaría en el puesto ${number(rank)} de ${number(total)}`,
  mindLeaderboardForbidden: 'Esta clasificación está reservada a los vendedores a los que se dirige el reto.',
  mindLeaderboardVisibility: 'Mostrarme en las clasificaciones públicas',
  mindLeaderboardVisibilityNote: 'Los vendedores ocultos no optan a premios.',
  mindLeaderboardVisibilitySaved: (visible: boolean) =>
    visible ? 'Visible en las clasificaciones públicas.' : 'Oculto en las clasificaciones públicas.',
  mindLeaderboardVisibilityError: 'No guardado.',
  mindLeaderboardNext: 'Ver más',
  mindLeaderboardPrevious: 'Puestos anteriores',
  mindLeaderboardPages: 'Páginas de la clasificación',
  mindLeaderboardEngagementTitle: (period: BoardPeriod) =>
    period === 'all' ? 'Los más activos desde el principio' : 'Los más activos esta semana',
  mindLeaderboardEngagementEmpty:
    'Todavía no se ha contado ninguna actividad. Lea una cápsula o responda a una encuesta para aparecer aquí.',
  mindLeaderboardPoints: 'Puntos',
  mindLeaderboardPeriodLabel: 'Periodo',
  mindLeaderboardPeriodName: (period: BoardPeriod) => (period === 'all' ? 'Desde el principio' : 'Esta semana'),
};

export default leaderboardEs;
