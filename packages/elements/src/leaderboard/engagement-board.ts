import type { LeaderboardResult, LeaderboardScope, MindshareApi } from '@mindshare/core';

/** Which board `<mind-leaderboard>` shows: a challenge's scores, or activity points. */
export type BoardKind = 'challenge' | 'engagement';

/** The engagement board's periods: this week on the viewer's calendar, or all time. */
export const BOARD_PERIODS = ['week', 'all'] as const;

/** The engagement board's period: `week` (this week on the viewer's calendar) or `all` (all time). */
export type BoardPeriod = (typeof BOARD_PERIODS)[number];

/** What a board load asks for, whichever board it is. */
export interface BoardRequest {
  readonly challengeId: string;
  readonly period: BoardPeriod;
  readonly scope: LeaderboardScope;
  readonly limit: number;
  readonly around: number;
  readonly offset: number;
}

/**
 * Reads the board `kind` names: the engagement board for `engagement` (a `period` other than
 * `all` reads this week), else the challenge's.
 */
export function loadBoard(api: MindshareApi, kind: BoardKind, request: BoardRequest): Promise<LeaderboardResult> {
  const { challengeId, period, ...rows } = request;
  return kind === 'engagement'
    ? api.engagementBoard({ period: period === 'all' ? 'all' : 'week', ...rows })
    : api.leaderboard({ challengeId, ...rows });
}
