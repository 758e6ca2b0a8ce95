import { MindError } from '../errors/mind-error.js';
import { compareEntries, compareKeys, type LeaderboardEntry } from './leaderboard-entry.js';
import type { EntityAggregate } from './leaderboard.schema.js';

/** One partner company or team and its sellers' counted scores on one challenge. */
export interface EntityGroup {
  /** The partner id or the team name; unique among the groups ranked together. */
  readonly id: string;
  /** Sellers of the group the challenge is for (targeted and ranked), whether or not they finished. */
  readonly eligible: number;
  /** The counted score of each of its eligible sellers who finished (at most `eligible` of them). */
  readonly entries: readonly LeaderboardEntry[];
}

/** How {@link rankEntities} turns a group's scores into one (see `EntityAggregateSchema`). */
export interface EntityRule {
  readonly aggregate: EntityAggregate;
  /** A whole number ≥ 1: the best scores `best-k` averages; fewer participants flag a group `incomplete`. */
  readonly k: number;
}

/** A group as ranked. */
export interface EntityStanding {
  readonly id: string;
  /** Competition rank (1, 2, 2, 4): 1 + the groups with a strictly higher score. */
  readonly rank: number;
  /** 0-based place in the listing. */
  readonly position: number;
  /** The aggregate. */
  readonly score: number;
  /** When the aggregate was reached: the latest completion among the scores it counts (epoch ms). */
  readonly completedAt: number;
  /** Sellers who finished. */
  readonly participants: number;
  readonly eligible: number;
  /** `participants ÷ eligible`, in [0, 1]. */
  readonly participation: number;
  /** Fewer than `k` sellers finished: ranked with what it has. */
  readonly incomplete: boolean;
}

/**
 * Ranks partner companies or teams by an aggregate of their sellers' counted scores:
 * - `best-k`: the mean of the best `k` scores (of all of them when fewer finished);
 * - `participation`: mean score × participation = the sum of the scores ÷ `eligible`, so a group
 *   whose sellers all took part is not outranked by one whose single best seller did.
 *
 * A group with fewer than `k` participants is ranked with what it has and flagged `incomplete`;
 * a group with none is not ranked. Sums run over the scores in listing order, so the same scores
 * give the same aggregate to the last bit whatever order they came in.
 *
 * Order, as on seller boards: higher aggregate first, then the earlier `completedAt` (the group
 * that reached it first), then `id` by UTF-16 code unit. Equal aggregates share a rank.
 *
 * @throws MindError `MIND_INVALID_INPUT` when `k` is not a whole number ≥ 1, an id repeats, or a
 * group has more entries than eligible sellers.
 */
export function rankEntities(groups: Iterable<EntityGroup>, rule: EntityRule): EntityStanding[] {
  if (!Number.isInteger(rule.k) || rule.k < 1) {
    throw new MindError('MIND_INVALID_INPUT', `k must be a whole number ≥ 1, got ${String(rule.k)}.`, {
      path: ['k'],
    });
  }
  const seen = new Set<string>();
  const unranked: Omit<EntityStanding, 'rank' | 'position'>[] = [];
  for (const group of groups) {
    if (seen.has(group.id)) {
      throw new MindError('MIND_INVALID_INPUT', `The group "${group.id}" is given twice.`, { path: [group.id] });
    }
    seen.add(group.id);
    const participants = group.entries.length;
    if (!Number.isInteger(group.eligible) || group.eligible < participants) {
      throw new MindError(
        'MIND_INVALID_INPUT',
        `The group "${group.id}" has ${participants} scores but ${String(group.eligible)} eligible sellers.`,
        { path: [group.id, 'eligible'] },
      );
    }
    if (participants === 0) continue;
    const sorted = [...group.entries].sort(compareEntries);
    const counted = rule.aggregate === 'best-k' ? sorted.slice(0, rule.k) : sorted;
    let sum = 0;
    let completedAt = -Infinity;
    for (const entry of counted) {
      sum += entry.score;
      if (entry.completedAt > completedAt) completedAt = entry.completedAt;
    }
    unranked.push({
      id: group.id,
      score: sum / (rule.aggregate === 'best-k' ? counted.length : group.eligible),
      completedAt,
      participants,
      eligible: group.eligible,
      participation: participants / group.eligible,
      incomplete: participants < rule.k,
    });
  }
  unranked.sort((a, b) => compareKeys(a.score, a.completedAt, a.id, b.score, b.completedAt, b.id));
  let rank = 1;
  return unranked.map((standing, position) => {
    if (position > 0 && standing.score !== unranked[position - 1]!.score) rank = position + 1;
    return { ...standing, rank, position };
  });
}
