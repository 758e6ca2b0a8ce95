import type { LeaderboardResult } from '@mindshare/core';
import { LoadController } from '../shared/loading/load-controller.js';
import { RankMovement } from './rank-movement.js';

/** Where a board stands: waiting for data, showing it, or failed. */
export type LeaderboardStatus = 'loading' | 'ready' | 'error';

/**
 * Loads one leaderboard from the Mindshare API (see {@link LoadController}) and keeps, besides the
 * result and the error, the rank movement since the previous load.
 */
export class LeaderboardController extends LoadController<LeaderboardResult> {
  readonly movement = new RankMovement();
  /** Successful loads so far: a view keys its movement marks on it so their animation replays. */
  loads = 0;

  protected override loaded(result: LeaderboardResult): void {
    this.movement.record([...result.rows, ...result.around]);
    this.loads++;
  }
}
