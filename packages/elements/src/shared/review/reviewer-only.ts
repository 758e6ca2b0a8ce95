import { canReview, MindError, type MindshareApi } from '@mindshare/core';

/**
 * Refuses a seller's page before anything is asked of the engine: the review queue and the review
 * form are for coaches and managers. Throws `MIND_FORBIDDEN`, which both show as their
 * "not for you" view.
 */
export function requireReviewer(api: MindshareApi): void {
  if (!canReview(api.viewer.role)) throw new MindError('MIND_FORBIDDEN', 'Only coaches and managers review pitches.');
}
