import type { CountedScore } from '../challenge/counted-score.js';
import type { SellerRole } from '../directory/directory.schema.js';
import type { BatchOperation } from '../storage/storage-adapter.js';
import type { EngineContext } from './engine-context.js';
import { COLLECTIONS } from './engine-schema.js';
import type { StoredScore } from './stored-records.schema.js';

export type { StoredScore } from './stored-records.schema.js';

/**
 * The write that records a seller's counted score, with their role now: the boards rank by it
 * once the directory no longer lists them, so every process and every rebuild decides alike.
 */
export function scoreWrite(
  challengeId: string,
  seller: { readonly id: string; readonly role: SellerRole },
  counted: CountedScore,
): BatchOperation {
  const value: StoredScore = {
    challengeId,
    sellerId: seller.id,
    attemptId: counted.attemptId,
    score: counted.score,
    completedAt: counted.finishedAt,
    role: seller.role,
  };
  return { type: 'put', collection: COLLECTIONS.scores, value };
}

/** Puts a committed counted score on the challenge's boards (before they are built, their build reads it). */
export function rankSeller(
  context: EngineContext,
  challengeId: string,
  seller: { readonly id: string; readonly role: SellerRole },
  counted: CountedScore,
): Promise<void> {
  return context.host.placeScore(
    challengeId,
    { sellerId: seller.id, score: counted.score, completedAt: counted.finishedAt },
    seller.role,
  );
}
