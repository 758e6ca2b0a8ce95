import type { CountedScore } from '../challenge/counted-score.js';
import type { BatchOperation } from '../storage/storage-adapter.js';
import type { EngineContext } from './engine-context.js';
import { COLLECTIONS } from './engine-schema.js';
import type { StoredScore } from './stored-records.schema.js';

export type { StoredScore } from './stored-records.schema.js';

/** The write that records a seller's counted score. */
export function scoreWrite(challengeId: string, sellerId: string, counted: CountedScore): BatchOperation {
  const value: StoredScore = {
    challengeId,
    sellerId,
    attemptId: counted.attemptId,
    score: counted.score,
    completedAt: counted.finishedAt,
  };
  return { type: 'put', collection: COLLECTIONS.scores, value };
}

/** Puts a committed counted score on the challenge's boards (before they are built, their build reads it). */
export function rankSeller(
  context: EngineContext,
  challengeId: string,
  sellerId: string,
  counted: CountedScore,
): Promise<void> {
  return context.host.placeScore(challengeId, { sellerId, score: counted.score, completedAt: counted.finishedAt });
}
