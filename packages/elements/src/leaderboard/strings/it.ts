import type { LeaderboardScope } from '@mindshare/core';
import type { leaderboardEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';
import type { BoardPeriod } from '../engagement-board.js';
import { entityBoardIt } from './entity-board/it.js';

const { number, plural } = termFormats('it');

const scopeNames: Record<LeaderboardScope, string> = {
  global: 'Tutti',
  tier: 'Il mio livello',
  partner: 'La mia azienda',
  region: 'La mia regione',
  team: 'Il mio team',
};

/** Testi dell'interfaccia in italiano dell'elemento leaderboard: stesse chiavi e stessi argomenti dell'inglese. */
const leaderboardIt: typeof leaderboardEn = {
  ...entityBoardIt,
  mindLeaderboardTitle: 'Classifica',
  mindLeaderboardScopeLabel: 'Classificarmi tra',
  mindLeaderboardScopeName: (scope: LeaderboardScope) => scopeNames[scope] ?? scope,
  mindLeaderboardRank: 'Posizione',
  mindLeaderboardName: 'Nome',
  mindLeaderboardScore: 'Punti',
  mindLeaderboardYou: 'lei',
  mindLeaderboardYouHidden: 'lei, nascosto',
  mindLeaderboardPseudonym: (code: string) => `Venditore ${code}`,
  mindLeaderboardReward: 'Premio:',
  mindLeaderboardGap: 'Alcune posizioni tra la vetta e la sua posizione non sono mostrate',
  mindLeaderboardEmpty: 'Nessuno è ancora in classifica. Completi la sfida per comparire qui.',
  mindLeaderboardError: 'Impossibile caricare la classifica.',
  mindLeaderboardMovedUp: (places: number) => `Su di ${number(places)} ${plural(places, 'posizione', 'posizioni')}`,
  mindLeaderboardMovedDown: (places: number) => `Giù di ${number(places)} ${plural(places, 'posizione', 'posizioni')}`,
  mindLeaderboardRange: (first: number, last: number, total: number) =>
    `Posizioni ${number(first)}–${number(last)} di ${number(total)} ${plural(total, 'venditore', 'venditori')}`,
  mindLeaderboardMine: (rank: number, total: number) => `La sua posizione: ${number(rank)} di ${number(total)}`,
  mindLeaderboardMineHidden: (rank: number, total: number) =>
    `Nascosto: sarebbe in posizione ${number(rank)} di ${number(total)}`,
  mindLeaderboardForbidden: 'Questa classifica è riservata ai venditori a cui si rivolge la sfida.',
  mindLeaderboardVisibility: 'Mostrami nelle classifiche pubbliche',
  mindLeaderboardVisibilityNote: 'I venditori nascosti non possono vincere premi.',
  mindLeaderboardVisibilitySaved: (visible: boolean) =>
    visible ? 'Visibile nelle classifiche pubbliche.' : 'Nascosto dalle classifiche pubbliche.',
  mindLeaderboardVisibilityError: 'Non salvato.',
  mindLeaderboardNext: 'Mostra altri',
  mindLeaderboardPrevious: 'Posizioni precedenti',
  mindLeaderboardPages: 'Pagine della classifica',
  mindLeaderboardEngagementTitle: (period: BoardPeriod) =>
    period === 'all' ? 'I più attivi dall’inizio' : 'I più attivi questa settimana',
  mindLeaderboardEngagementEmpty:
    'Nessuna attività ancora conteggiata. Legga una pillola o risponda a un sondaggio per comparire qui.',
  mindLeaderboardPoints: 'Punti',
  mindLeaderboardPeriodLabel: 'Periodo',
  mindLeaderboardPeriodName: (period: BoardPeriod) => (period === 'all' ? 'Dall’inizio' : 'Questa settimana'),
};

export default leaderboardIt;
