import type { CountedScore } from '../challenge/counted-score.js';
import type { LeaderboardScopes } from '../leaderboard/leaderboard-index.js';
import type { BatchOperation } from '../storage/storage-adapter.js';
import type { EngineContext } from './engine-context.js';
import { withoutUndefined } from './engine-input.js';
import { COLLECTIONS } from './engine-schema.js';

/** A seller's counted score on a challenge, as stored (derived state; leaderboards are rebuilt from it). */
export interface StoredScore {
  readonly challengeId: string;
  readonly sellerId: string;
  readonly attemptId: string;
  readonly score: number;
  readonly completedAt: number;
}

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

/**
 * Puts a seller's counted score on the challenge's boards (after the write that stored it). Before
 * the boards are built this only bumps their version: the build reads every stored score.
 */
export function rankSeller(context: EngineContext, challengeId: string, sellerId: string, counted: CountedScore): void {
  context.boardVersion++;
  context.boards
    .get(challengeId)
    ?.upsert({ sellerId, score: counted.score, completedAt: counted.finishedAt }, viewerScopes(context, sellerId));
}

/** The groups a seller is ranked in, from the directory and the tier policy. */
export function viewerScopes(context: EngineContext, sellerId: string): LeaderboardScopes {
  const seller = context.sellers.get(sellerId);
  if (!seller) return {};
  return withoutUndefined({
    partner: seller.partnerId,
    tier: seller.partnerId === undefined ? undefined : context.partnerTier.get(seller.partnerId),
    region: seller.region,
    team: seller.team,
  });
}
