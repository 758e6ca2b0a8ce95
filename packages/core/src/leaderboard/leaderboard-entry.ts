import { MindError } from '../errors/mind-error.js';

/** One seller's standing on one leaderboard: the score to rank by and when it was reached. */
export interface LeaderboardEntry {
  /** The seller this row belongs to; unique within a leaderboard. */
  readonly sellerId: string;
  /** Higher is better. Any finite number. */
  readonly score: number;
  /** When the score was reached (epoch ms); among equal scores the earlier one is listed first. */
  readonly completedAt: number;
}

/** An entry as listed: with its competition rank (1, 2, 2, 4) and its 0-based place in the listing. */
export interface RankedEntry extends LeaderboardEntry {
  /** 1 + the number of sellers with a strictly higher score: equal scores share a rank. */
  readonly rank: number;
  /** 0-based index in listing order (score desc, completedAt asc, sellerId asc); unique per seller. */
  readonly position: number;
}

/**
 * The listing order: higher score first, then earlier completion, then sellerId by UTF-16 code
 * unit (plain `<`, not `localeCompare`, so the order is the same in every runtime and locale).
 * Returns a negative number when `a` is listed before `b`.
 */
export function compareEntries(a: LeaderboardEntry, b: LeaderboardEntry): number {
  return compareKeys(a.score, a.completedAt, a.sellerId, b.score, b.completedAt, b.sellerId);
}

/** {@link compareEntries} over unpacked fields, for the tree's struct-of-arrays nodes. */
export function compareKeys(
  scoreA: number,
  timeA: number,
  idA: string,
  scoreB: number,
  timeB: number,
  idB: string,
): number {
  if (scoreA !== scoreB) return scoreA > scoreB ? -1 : 1;
  if (timeA !== timeB) return timeA < timeB ? -1 : 1;
  if (idA === idB) return 0;
  return idA < idB ? -1 : 1;
}

/**
 * Throws `MIND_INVALID_INPUT` unless `entry` is a well-formed entry. Non-finite numbers are
 * rejected because NaN breaks the total order the ranking relies on (NaN compares unequal to
 * itself, so a NaN row could never be found again to be removed).
 */
export function assertLeaderboardEntry(entry: LeaderboardEntry, path: readonly (string | number)[] = []): void {
  if (typeof entry !== 'object' || entry === null) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      'A leaderboard entry must be an object { sellerId, score, completedAt }.',
      {
        path,
      },
    );
  }
  if (typeof entry.sellerId !== 'string' || entry.sellerId.length === 0) {
    throw new MindError('MIND_INVALID_INPUT', 'A leaderboard entry needs a non-empty string sellerId.', {
      path: [...path, 'sellerId'],
    });
  }
  if (typeof entry.score !== 'number' || !Number.isFinite(entry.score)) {
    throw new MindError('MIND_INVALID_INPUT', `Seller "${entry.sellerId}": score must be a finite number.`, {
      path: [...path, 'score'],
    });
  }
  if (typeof entry.completedAt !== 'number' || !Number.isFinite(entry.completedAt)) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `Seller "${entry.sellerId}": completedAt must be a finite epoch time in milliseconds.`,
      { path: [...path, 'completedAt'] },
    );
  }
}
