import type { Challenge } from '../challenge/challenge.schema.js';
import { isTargeted } from '../challenge/targeting.schema.js';
import type { EngineContext } from './engine-context.js';
import { withoutUndefined } from './engine-input.js';

/** Whether a challenge targets the viewer (their tier, partner, role and region). */
export function targetsViewer(context: EngineContext, challenge: Challenge): boolean {
  const { viewer } = context;
  return isTargeted(
    challenge.targeting,
    withoutUndefined({ tier: viewer.tierId, partnerId: viewer.partnerId, role: viewer.role, region: viewer.region }),
  );
}

/** Whether the viewer may see a challenge and its results: it targets them, or they coach or manage. */
export function mayReadChallenge(context: EngineContext, challenge: Challenge): boolean {
  return context.viewer.role !== 'seller' || targetsViewer(context, challenge);
}

/**
 * Whether `owner` (a nugget's, or the one stored with an answer to it) names the viewer: the person
 * of the directory a poll's results and an open question's answers are addressed to.
 */
export function isOwner(context: EngineContext, owner: string | null | undefined): boolean {
  return owner === context.viewer.id;
}
