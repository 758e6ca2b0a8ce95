import type { LeaderboardScope } from '@mindshare/core';
import type { leaderboardEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';
import type { BoardPeriod } from '../engagement-board.js';
import { entityBoardDe } from './entity-board/de.js';

const { number, plural } = termFormats('de');

const scopeNames: Record<LeaderboardScope, string> = {
  global: 'Alle',
  tier: 'Meine Stufe',
  partner: 'Mein Unternehmen',
  region: 'Meine Region',
  team: 'Mein Team',
};

/** Deutsche UI-Texte des Elements leaderboard: dieselben Schlüssel und Argumente wie im Englischen. */
const leaderboardDe: typeof leaderboardEn = {
  ...entityBoardDe,
  mindLeaderboardTitle: 'Rangliste',
  mindLeaderboardScopeLabel: 'Rang unter',
  mindLeaderboardScopeName: (scope: LeaderboardScope) => scopeNames[scope] ?? scope,
  mindLeaderboardRank: 'Platz',
  mindLeaderboardName: 'Name',
  mindLeaderboardScore: 'Punkte',
  mindLeaderboardYou: 'Sie',
  mindLeaderboardYouHidden: 'Sie, verborgen',
  mindLeaderboardPseudonym: (code: string) => `Verkäufer ${code}`,
  mindLeaderboardReward: 'Prämie:',
  mindLeaderboardGap: 'Einige Plätze zwischen der Spitze und Ihrer Position werden nicht angezeigt',
  mindLeaderboardEmpty: 'Noch niemand steht in der Rangliste. Schließen Sie die Challenge ab, um hier zu erscheinen.',
  mindLeaderboardError: 'Die Rangliste konnte nicht geladen werden.',
  mindLeaderboardMovedUp: (places: number) => `${number(places)} ${plural(places, 'Platz', 'Plätze')} nach oben`,
  mindLeaderboardMovedDown: (places: number) => `${number(places)} ${plural(places, 'Platz', 'Plätze')} nach unten`,
  mindLeaderboardRange: (first: number, last: number, total: number) =>
    `Plätze ${number(first)}–${number(last)} von ${number(total)} ${plural(total, 'Verkäufer', 'Verkäufern')}`,
  mindLeaderboardMine: (rank: number, total: number) => `Ihr Platz: ${number(rank)} von ${number(total)}`,
  mindLeaderboardMineHidden: (rank: number, total: number) =>
    `Verborgen: Sie wären auf Platz ${number(rank)} von ${number(total)}`,
  mindLeaderboardForbidden: 'Diese Rangliste ist den Verkäufern vorbehalten, an die sich die Challenge richtet.',
  mindLeaderboardVisibility: 'Mich in öffentlichen Ranglisten zeigen',
  mindLeaderboardVisibilityNote: 'Verborgene Verkäufer können keine Prämien gewinnen.',
  mindLeaderboardVisibilitySaved: (visible: boolean) =>
    visible ? 'In öffentlichen Ranglisten sichtbar.' : 'In öffentlichen Ranglisten verborgen.',
  mindLeaderboardVisibilityError: 'Nicht gespeichert.',
  mindLeaderboardNext: 'Mehr anzeigen',
  mindLeaderboardPrevious: 'Vorherige Plätze',
  mindLeaderboardPages: 'Seiten der Rangliste',
  mindLeaderboardEngagementTitle: (period: BoardPeriod) =>
    period === 'all' ? 'Am aktivsten seit Beginn' : 'Am aktivsten diese Woche',
  mindLeaderboardEngagementEmpty:
    'Noch keine Aktivität gezählt. Lesen Sie einen Beitrag oder beantworten Sie eine Umfrage, um hier zu erscheinen.',
  mindLeaderboardPoints: 'Punkte',
  mindLeaderboardPeriodLabel: 'Zeitraum',
  mindLeaderboardPeriodName: (period: BoardPeriod) => (period === 'all' ? 'Seit Beginn' : 'Diese Woche'),
};

export default leaderboardDe;
