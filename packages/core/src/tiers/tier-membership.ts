import { MindError } from '../errors/mind-error.js';
import type { TierAssignment } from './assign-tiers.js';
import type { TierPartner } from './tier-partner.js';

/**
 * Each partner's tier id, after checking that `assignments` and `partners` describe the same set:
 * unique partner ids, exactly one assignment per partner, no assignment for an unknown partner.
 * Reports built from mismatched lists would silently miscount, so they fail instead.
 *
 * @throws {MindError} `MIND_INVALID_INPUT` naming the first mismatch.
 */
export function tierMembership(
  partners: readonly TierPartner[],
  assignments: readonly Pick<TierAssignment, 'partnerId' | 'tierId'>[],
): Map<string, string> {
  const known = new Set<string>();
  partners.forEach((partner, index) => {
    if (known.has(partner.id))
      throw new MindError('MIND_INVALID_INPUT', `partners[${index}]: partner id "${partner.id}" appears twice`, {
        path: ['partners', index, 'id'],
      });
    known.add(partner.id);
  });
  const tierOf = new Map<string, string>();
  assignments.forEach((assignment, index) => {
    if (!known.has(assignment.partnerId))
      throw new MindError(
        'MIND_INVALID_INPUT',
        `assignments[${index}]: partner "${assignment.partnerId}" is not among the partners; pass the partners the tiers were assigned to`,
        { path: ['assignments', index, 'partnerId'] },
      );
    if (tierOf.has(assignment.partnerId))
      throw new MindError(
        'MIND_INVALID_INPUT',
        `assignments[${index}]: partner "${assignment.partnerId}" is assigned twice`,
        {
          path: ['assignments', index, 'partnerId'],
        },
      );
    tierOf.set(assignment.partnerId, assignment.tierId);
  });
  partners.forEach((partner, index) => {
    if (!tierOf.has(partner.id))
      throw new MindError(
        'MIND_INVALID_INPUT',
        `partners[${index}]: partner "${partner.id}" has no tier; assign tiers first`,
        {
          path: ['partners', index, 'id'],
        },
      );
  });
  return tierOf;
}
