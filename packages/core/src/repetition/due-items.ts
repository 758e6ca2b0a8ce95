import { MindError } from '../errors/mind-error.js';
import { isInRepetition, type RepetitionMode } from './repetition-mode.js';
import type { RepetitionState } from './repetition-state.schema.js';

/** A seller's pause (vacation): from `from` included to `until` excluded, epoch ms. */
export interface RepetitionHold {
  readonly from: number;
  readonly until: number;
}

/** Input of {@link dueItems}. */
export interface DueItemsQuery {
  /** One seller's states, in any order (at most one per question). */
  readonly states: Iterable<RepetitionState>;
  /** Epoch ms from the engine's clock. */
  readonly now: number;
  /** The schedule's mode. */
  readonly mode: RepetitionMode;
  /** The seller's pause, if any. */
  readonly hold?: RepetitionHold | undefined;
  /** Ids of the questions in the current pack; any other question is retired. */
  readonly liveQuestionIds: ReadonlySet<string>;
  /** At most this many ids are returned (a non-negative integer). */
  readonly limit: number;
}

/**
 * The ids of the questions due for one seller at `now`, most overdue first, ties by question id, at
 * most `limit` of them. Deterministic: the order of `states` does not matter.
 *
 * - Due means `due <= now`: an item is never asked before FSRS's interval has passed.
 * - `mode` filters as {@link isInRepetition} says (`off` returns nothing).
 * - Questions not in `liveQuestionIds` (removed by a republish) are retired: never returned,
 *   while their state stays stored so a question put back resumes where it was.
 * - Hold: while `now` is inside the hold nothing is due. A due date that fell inside the hold is
 *   pushed to its end, `until`, and ranks among the others held back by its original due date,
 *   oldest first; items due before the hold stay first, being the most overdue. Since nothing is
 *   returned during the hold, this is the same as ranking by the stored due date once it ends, so
 *   no state is rewritten when a seller pauses or resumes. The backlog is asked from the first day
 *   back, `limit` per call, rather than spread over the following weeks, because an item's recall
 *   only weakens the longer it waits; FSRS sees the longer gap at the next review and adjusts.
 *
 * @throws {MindError} `MIND_INVALID_INPUT` for a non-finite `now`, a negative or fractional
 *   `limit`, a hold ending before it starts, or two states for one question.
 */
export function dueItems(query: DueItemsQuery): string[] {
  const { now, mode, hold, liveQuestionIds, limit } = query;
  check(query);
  if (mode === 'off' || limit === 0) return [];
  if (hold !== undefined && now >= hold.from && now < hold.until) return [];

  const seen = new Set<string>();
  const due: RepetitionState[] = [];
  for (const state of query.states) {
    if (seen.has(state.questionId)) {
      throw new MindError('MIND_INVALID_INPUT', `two repetition states for question "${state.questionId}"`, {
        path: ['states'],
      });
    }
    seen.add(state.questionId);
    if (state.due <= now && liveQuestionIds.has(state.questionId) && isInRepetition(state, mode)) due.push(state);
  }
  due.sort((a, b) => a.due - b.due || (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0));
  return due.slice(0, limit).map((state) => state.questionId);
}

function check({ now, hold, limit }: DueItemsQuery): void {
  if (!Number.isFinite(now)) {
    throw new MindError('MIND_INVALID_INPUT', `now must be a finite epoch-ms time, got ${now}`, { path: ['now'] });
  }
  if (!Number.isInteger(limit) || limit < 0) {
    throw new MindError('MIND_INVALID_INPUT', `limit must be a non-negative integer, got ${limit}`, {
      path: ['limit'],
    });
  }
  if (hold !== undefined && !(Number.isFinite(hold.from) && Number.isFinite(hold.until) && hold.from <= hold.until)) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `hold must have finite times with from <= until, got from ${hold.from} until ${hold.until}`,
      { path: ['hold'] },
    );
  }
}
