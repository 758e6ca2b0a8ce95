import type { NeedsStrengtheningSchema } from '../api/mastery-view.schema.js';
import type { z } from '../content/zod.js';
import { MindError } from '../errors/mind-error.js';
import { masteryBy, compareIds, type MasteryGrouping, type MasteryRow } from './mastery-by.js';
import type { MasteryRecord } from './mastery-record.schema.js';

/** Input of {@link needsStrengthening}. */
export type NeedsStrengtheningQuery = MasteryGrouping & {
  /** Every seller's records, in any order. */
  readonly records: Iterable<MasteryRecord>;
  /** Epoch ms from the engine's clock. */
  readonly now: number;
  /** Only this topic, when given. */
  readonly topic?: string | undefined;
  /** At most this many rows in each list (all when absent). */
  readonly limit?: number | undefined;
};

/** Who must strengthen which topic, and who has not shown enough to say (see {@link NeedsStrengtheningSchema}). */
export type NeedsStrengthening = z.infer<typeof NeedsStrengtheningSchema>;

/**
 * "Who must strengthen which topic": the seller, partner or tier rows below `strong`, worst first.
 *
 * At equal scores the row with more evidence comes first, because its weakness is the better
 * established. Rows with too little evidence are not ranked at all (a single wrong answer is not
 * "the worst seller"): they are listed apart in `unknown`, so a manager can ask them to answer
 * more rather than to study. `strong` rows are in neither list. Deterministic and independent of
 * the order of `records`.
 *
 * @throws {MindError} `MIND_INVALID_INPUT` for a negative or fractional `limit`, and as {@link masteryBy}.
 */
export function needsStrengthening(query: NeedsStrengtheningQuery): NeedsStrengthening {
  const { limit } = query;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    throw new MindError('MIND_INVALID_INPUT', `limit must be a non-negative integer, got ${limit}`, {
      path: ['limit'],
    });
  }
  const all = masteryBy(query);
  const rows = all
    .filter((row) => row.level === 'weak' || row.level === 'developing')
    .sort(
      (a, b) =>
        a.score - b.score || b.evidence - a.evidence || compareIds(a.id, b.id) || compareIds(a.topicId, b.topicId),
    );
  const unknown = all.filter((row) => row.level === 'unknown');
  const cut = (list: MasteryRow[]) => (limit === undefined ? list : list.slice(0, limit));
  return { rows: cut(rows), unknown: cut(unknown) };
}
