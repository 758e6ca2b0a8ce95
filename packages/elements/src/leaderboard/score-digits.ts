import type { LeaderboardResultRow } from '@mindshare/core';

/**
 * Decimals to show every score of a board with, so the column lines up (47.30 above 47.44, not
 * 47.3): as many as the most precise score shown needs, at most two.
 */
export function scoreDigits(rows: readonly LeaderboardResultRow[]): number {
  let digits = 0;
  for (const { score } of rows) {
    while (digits < 2 && Math.abs(Math.round(score * 10 ** digits) - score * 10 ** digits) > 1e-6) digits++;
  }
  return digits;
}
