import { MindError } from '../errors/mind-error.js';
import type { RankedEntry } from './leaderboard-entry.js';

/** A reward for every seller ranked `upToRank` or better (and not covered by a better declaration). */
export interface RewardDeclaration<R> {
  /** A whole number ≥ 1. */
  readonly upToRank: number;
  readonly reward: R;
}

/** One seller's reward. */
export interface RewardGrant<R> {
  readonly sellerId: string;
  readonly rank: number;
  readonly reward: R;
}

/**
 * Who gets which reward. Each seller with rank ≤ N gets the reward of the smallest `upToRank` ≥
 * their rank, so with `[{ upToRank: 1, reward: gold }, { upToRank: 3, reward: silver }]` rank 1
 * gets gold and ranks 2–3 silver. Because equal scores share a rank (1, 2, 2, 4), a tie at the
 * edge shares the reward: more than N sellers can be rewarded, and a rank that no one holds
 * (3 above) simply has no one to reward. Every seller gets at most one reward.
 *
 * Hidden sellers are not on the boards the engine ranks (see `viewLeaderboard`), so they win
 * nothing: a prize others could see missing would give them away, and the prizes follow the
 * ranking everyone else sees.
 *
 * `ranked` must be in listing order with ranks, e.g. `board.entries()`; it is read only as far
 * as the last rewarded rank, so the cost is O(log n + rewarded sellers).
 *
 * @throws MindError `MIND_INVALID_INPUT` when an `upToRank` is not a whole number ≥ 1 or appears twice.
 */
export function grantRewards<R>(
  ranked: Iterable<RankedEntry>,
  declarations: readonly RewardDeclaration<R>[],
): RewardGrant<R>[] {
  const sorted = [...declarations].sort((a, b) => a.upToRank - b.upToRank);
  sorted.forEach((declaration, i) => {
    if (!Number.isInteger(declaration.upToRank) || declaration.upToRank < 1) {
      throw new MindError(
        'MIND_INVALID_INPUT',
        `upToRank must be a whole number ≥ 1, got ${String(declaration.upToRank)}.`,
        {
          path: [declarations.indexOf(declaration), 'upToRank'],
        },
      );
    }
    if (i > 0 && sorted[i - 1]!.upToRank === declaration.upToRank) {
      throw new MindError(
        'MIND_INVALID_INPUT',
        `upToRank ${declaration.upToRank} is declared twice; keep one reward per rank.`,
        {
          path: [declarations.lastIndexOf(declaration), 'upToRank'],
        },
      );
    }
  });
  const grants: RewardGrant<R>[] = [];
  const last = sorted[sorted.length - 1];
  if (last === undefined) return grants;
  for (const row of ranked) {
    const reward = rewardForRank(sorted, row.rank);
    if (reward === undefined) break;
    grants.push({ sellerId: row.sellerId, rank: row.rank, reward });
  }
  return grants;
}

/**
 * The reward a rank earns: that of the smallest `upToRank` at or above it, or `undefined` past
 * the last one. The one rule behind {@link grantRewards} and the rewards shown on board rows.
 */
export function rewardForRank<R>(declarations: readonly RewardDeclaration<R>[], rank: number): R | undefined {
  let best: RewardDeclaration<R> | undefined;
  for (const declaration of declarations) {
    if (rank <= declaration.upToRank && (best === undefined || declaration.upToRank < best.upToRank))
      best = declaration;
  }
  return best?.reward;
}
