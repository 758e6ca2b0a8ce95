import type { LeaderboardScope } from '@mindshare/core';
import type { leaderboardEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';
import { entityBoardFr } from './entity-board/fr.js';
import type { BoardPeriod } from '../engagement-board.js';

const { number, plural } = termFormats('fr');

const scopeNames: Record<LeaderboardScope, string> = {
  global: 'Tout le monde',
  tier: 'Mon niveau',
  partner: 'Mon entreprise',
  region: 'Ma région',
  team: 'Mon équipe',
};

/** Chaînes d'interface françaises de l'élément leaderboard : mêmes clés, mêmes arguments que l'anglais. */
const leaderboardFr: typeof leaderboardEn = {
  ...entityBoardFr,
  mindLeaderboardTitle: 'Classement',
  mindLeaderboardScopeLabel: 'Se classer parmi',
  mindLeaderboardScopeName: (scope: LeaderboardScope) => scopeNames[scope] ?? scope,
  mindLeaderboardRank: 'Rang',
  mindLeaderboardName: 'Nom',
  mindLeaderboardScore: 'Points',
  mindLeaderboardYou: 'vous',
  mindLeaderboardYouHidden: 'vous, masqué',
  mindLeaderboardPseudonym: (code: string) => `Vendeur ${code}`,
  mindLeaderboardReward: 'Récompense\u00a0:',
  mindLeaderboardGap: 'Des rangs entre le haut du classement et votre position ne sont pas affichés',
  mindLeaderboardEmpty: 'Personne n’est encore classé. Terminez le challenge pour apparaître ici.',
  mindLeaderboardError: 'Impossible de charger le classement.',
  mindLeaderboardMovedUp: (places: number) => `En hausse de ${number(places)} ${plural(places, 'place', 'places')}`,
  mindLeaderboardMovedDown: (places: number) => `En baisse de ${number(places)} ${plural(places, 'place', 'places')}`,
  mindLeaderboardRange: (first: number, last: number, total: number) =>
    `Rangs ${number(first)} à ${number(last)} sur ${number(total)} ${plural(total, 'vendeur', 'vendeurs')}`,
  mindLeaderboardMine: (rank: number, total: number) => `Votre rang\u00a0: ${number(rank)} sur ${number(total)}`,
  mindLeaderboardMineHidden: (rank: number, total: number) =>
    `Masqué\u00a0: vous seriez au rang ${number(rank)} sur ${number(total)}`,
  mindLeaderboardForbidden: 'Ce classement est réservé aux vendeurs visés par le challenge.',
  mindLeaderboardVisibility: 'M’afficher dans les classements publics',
  mindLeaderboardVisibilityNote: 'Les vendeurs masqués ne gagnent pas de récompense.',
  mindLeaderboardVisibilitySaved: (visible: boolean) =>
    visible ? 'Affiché dans les classements publics.' : 'Masqué des classements publics.',
  mindLeaderboardVisibilityError: 'Non enregistré.',
  mindLeaderboardNext: 'Voir plus',
  mindLeaderboardPrevious: 'Rangs précédents',
  mindLeaderboardPages: 'Pages du classement',
  mindLeaderboardEngagementTitle: (period: BoardPeriod) =>
    period === 'all' ? 'Les plus actifs, depuis le début' : 'Les plus actifs cette semaine',
  mindLeaderboardEngagementEmpty:
    'Aucune activité comptée pour l’instant. Lisez une fiche ou répondez à un sondage pour apparaître ici.',
  mindLeaderboardPoints: 'Points',
  mindLeaderboardPeriodLabel: 'Période',
  mindLeaderboardPeriodName: (period: BoardPeriod) => (period === 'all' ? 'Depuis le début' : 'Cette semaine'),
};

export default leaderboardFr;
