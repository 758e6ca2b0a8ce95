import { MindError } from '../errors/mind-error.js';
import { decayFactor } from './mastery-model.js';
import type { MasteryRecord } from './mastery-record.schema.js';

/** One answer's evidence about one topic. */
export type MasteryAnswer = {
  readonly sellerId: string;
  readonly topicId: string;
  /** When the seller answered, epoch ms from the engine's clock. */
  readonly at: number;
} & (
  | { readonly correct: boolean; readonly credit?: never }
  /** Partial credit in [0, 1], as the challenge scored it. */
  | { readonly credit: number; readonly correct?: never }
);

/**
 * The record after one more answer. A question carries several topics: apply the answer to each
 * topic's record, with full weight (an answer is evidence about every topic it touches).
 *
 * An answer older than the record's `lastAt` (an offline device syncing late) is decayed to
 * `lastAt` instead of moving it back, so the record is the same whatever the order answers
 * arrive in, up to floating-point rounding (exactly the same for right/wrong answers sharing one
 * timestamp).
 *
 * @throws {MindError} `MIND_INVALID_INPUT` when `at` is not finite, the credit is outside [0, 1], or
 *   `record` is another seller's or topic's.
 */
export function applyAnswer(record: MasteryRecord | undefined, answer: MasteryAnswer): MasteryRecord {
  const credit = answer.credit ?? (answer.correct ? 1 : 0);
  if (!Number.isFinite(answer.at)) {
    throw new MindError('MIND_INVALID_INPUT', `answer.at must be a finite epoch-ms time, got ${answer.at}`, {
      path: ['at'],
    });
  }
  if (!(credit >= 0 && credit <= 1)) {
    throw new MindError('MIND_INVALID_INPUT', `answer.credit must be in [0, 1], got ${credit}`, { path: ['credit'] });
  }
  const single: MasteryRecord = {
    sellerId: answer.sellerId,
    topicId: answer.topicId,
    weightedCorrect: credit,
    weight: 1,
    count: 1,
    lastAt: answer.at,
  };
  return record === undefined ? single : mergeMastery(record, single);
}

/**
 * Two records of one seller and topic over disjoint answers (two devices, two shards) as one:
 * both are decayed to the later `lastAt` and added. `mergeMastery(a, b)` equals
 * `mergeMastery(b, a)` exactly.
 *
 * @throws {MindError} `MIND_INVALID_INPUT` when the records are not of the same seller and topic.
 */
export function mergeMastery(a: MasteryRecord, b: MasteryRecord): MasteryRecord {
  if (a.sellerId !== b.sellerId || a.topicId !== b.topicId) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `cannot merge mastery of seller "${a.sellerId}", topic "${a.topicId}" with seller "${b.sellerId}", ` +
        `topic "${b.topicId}": pass the record stored under the answer's key`,
    );
  }
  const lastAt = Math.max(a.lastAt, b.lastAt);
  const fa = decayFactor(lastAt - a.lastAt);
  const fb = decayFactor(lastAt - b.lastAt);
  return {
    sellerId: a.sellerId,
    topicId: a.topicId,
    weightedCorrect: a.weightedCorrect * fa + b.weightedCorrect * fb,
    weight: a.weight * fa + b.weight * fb,
    count: a.count + b.count,
    lastAt,
  };
}
