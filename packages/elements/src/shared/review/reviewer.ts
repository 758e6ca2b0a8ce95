import { canReview, isMindError, MindError, type MindshareApi } from '@mindshare/core';

/**
 * Refuses a seller's page before anything is asked for: only coaches and managers review pitches,
 * so the review and the queue say so at once instead of loading takes the engine would refuse.
 */
export function requireReviewer(api: MindshareApi): void {
  if (!canReview(api.viewer.role)) throw new MindError('MIND_FORBIDDEN', 'Only coaches and managers review pitches.');
}

/** Names a failed load of a coach's view: a seller's page (`forbidden`) apart from any other failure. */
export function reviewerFailure(error: unknown): 'forbidden' | 'error' {
  return isMindError(error, 'MIND_FORBIDDEN') ? 'forbidden' : 'error';
}
