import type { LeaderboardScope } from '@mindshare/core';
import { termFormats } from '../../shared/i18n/term-formats.js';
import { entityBoardEn } from './entity-board/en.js';
import type { BoardPeriod } from '../engagement-board.js';

const { number, plural } = termFormats('en');

const scopeNames: Record<LeaderboardScope, string> = {
  global: 'Everyone',
  tier: 'My tier',
  partner: 'My company',
  region: 'My region',
  team: 'My team',
};

/** English UI strings of the leaderboard element (term keys start with `mindLeaderboard`). */
export const leaderboardEn = {
  ...entityBoardEn,
  mindLeaderboardTitle: 'Leaderboard',
  mindLeaderboardScopeLabel: 'Rank among',
  mindLeaderboardScopeName: (scope: LeaderboardScope) => scopeNames[scope] ?? scope,
  mindLeaderboardRank: 'Rank',
  mindLeaderboardName: 'Name',
  mindLeaderboardScore: 'Score',
  mindLeaderboardYou: 'you',
  mindLeaderboardYouHidden: 'you, hidden',
  /** A seller shown by pseudonym: the code the engine gives (`4F2A9C`). */
  mindLeaderboardPseudonym: (code: string) => `Seller ${code}`,
  mindLeaderboardReward: 'Reward:',
  mindLeaderboardGap: 'Some ranks between the top and your position are not shown',
  mindLeaderboardEmpty: 'No one is ranked yet. Finish the challenge to appear here.',
  mindLeaderboardError: 'The leaderboard could not be loaded.',
  mindLeaderboardMovedUp: (places: number) => `Up ${number(places)} ${plural(places, 'place', 'places')}`,
  mindLeaderboardMovedDown: (places: number) => `Down ${number(places)} ${plural(places, 'place', 'places')}`,
  mindLeaderboardRange: (first: number, last: number, total: number) =>
    `Ranks ${number(first)}–${number(last)} of ${number(total)} ${plural(total, 'seller', 'sellers')}`,
  mindLeaderboardMine: (rank: number, total: number) => `Your rank: ${number(rank)} of ${number(total)}`,
  mindLeaderboardMineHidden: (rank: number, total: number) =>
    `Hidden: you would rank ${number(rank)} of ${number(total)}`,
  mindLeaderboardForbidden: 'This board is for the sellers the challenge targets.',
  mindLeaderboardVisibility: 'Show me on public boards',
  mindLeaderboardVisibilityNote: 'Hidden sellers are not eligible for prizes.',
  mindLeaderboardVisibilitySaved: (visible: boolean): string =>
    visible ? 'Shown on public boards.' : 'Hidden from public boards.',
  mindLeaderboardVisibilityError: 'Not saved.',
  mindLeaderboardNext: 'Show more',
  mindLeaderboardPrevious: 'Previous ranks',
  mindLeaderboardPages: 'Leaderboard pages',
  mindLeaderboardEngagementTitle: (period: BoardPeriod): string =>
    period === 'all' ? 'Most engaged, all time' : 'Most engaged this week',
  mindLeaderboardEngagementEmpty: 'No activity counted yet. Read a nugget or answer a poll to appear here.',
  mindLeaderboardPoints: 'Points',
  mindLeaderboardPeriodLabel: 'Period',
  mindLeaderboardPeriodName: (period: BoardPeriod): string => (period === 'all' ? 'All time' : 'This week'),
};
