import { MindError } from '../errors/mind-error.js';
import type { Recording } from './recording.schema.js';
import type { StoredReviewClaim } from './review-claim.schema.js';

/**
 * How long a review claim holds: 30 minutes from the claim, long enough to watch a pitch and
 * write the review, short enough that a coach who walked away does not block it for the day.
 * Claiming again as the same coach renews it for as long again.
 */
export const REVIEW_CLAIM_MS = 30 * 60_000;

/** Who claims: a coach or a manager of the directory. */
export interface Claimant {
  readonly id: string;
  readonly displayName: string;
}

/** The claim when it has not lapsed at `now`, else `undefined`. */
export function liveClaim(claim: StoredReviewClaim | undefined, now: number): StoredReviewClaim | undefined {
  return claim !== undefined && claim.expiresAt > now ? claim : undefined;
}

/** A claim as the API shows it (`ReviewClaim`): who holds it, since and until when. */
export type PublicReviewClaim = Pick<StoredReviewClaim, 'coachId' | 'coachName' | 'at' | 'expiresAt'>;

/** The claim as the API shows it: without its step, its seller and any take-over it records. */
export function publicClaim(claim: StoredReviewClaim): PublicReviewClaim {
  return { coachId: claim.coachId, coachName: claim.coachName, at: claim.at, expiresAt: claim.expiresAt };
}

/** `MIND_CONFLICT` naming the coach who holds the recording (also in `details.coachName`). */
export function heldByAnother(claim: StoredReviewClaim, what: string): MindError {
  const until = new Date(claim.expiresAt).toISOString();
  return new MindError(
    'MIND_CONFLICT',
    `${claim.coachName} is reviewing recording "${claim.recordingId}" (claimed until ${until}); ${what}.`,
    { path: ['recordingId'], details: { coachId: claim.coachId, coachName: claim.coachName } },
  );
}

/**
 * The claim `coach` makes on `recording` at `at`, over the one stored (live, lapsed or released).
 * Only a submitted take can be claimed. A live claim of another coach refuses with
 * {@link heldByAnother} unless `takeOver`, and the take-over is recorded on the new claim.
 */
export function nextClaim(
  recording: Recording,
  stored: StoredReviewClaim | undefined,
  coach: Claimant,
  at: number,
  takeOver: boolean,
): StoredReviewClaim {
  if (recording.status !== 'submitted') {
    throw new MindError(
      'MIND_CONFLICT',
      `Recording "${recording.id}" is ${recording.status}: only a submitted recording waits for a review.`,
      { path: ['status'] },
    );
  }
  const live = liveClaim(stored, at);
  const other = live !== undefined && live.coachId !== coach.id ? live : undefined;
  if (other && !takeOver) throw heldByAnother(other, 'take it over explicitly or choose another');
  const claim: StoredReviewClaim = {
    recordingId: recording.id,
    sellerId: recording.sellerId,
    step: (stored?.step ?? 0) + 1,
    coachId: coach.id,
    coachName: coach.displayName,
    at,
    expiresAt: at + REVIEW_CLAIM_MS,
  };
  return other ? { ...claim, takenOverFrom: { coachId: other.coachId, coachName: other.coachName, at } } : claim;
}

/** The stored claim, released by its holder at `at`: kept lapsed, so its next change claims a new step. */
export function releasedClaim(stored: StoredReviewClaim, at: number): StoredReviewClaim {
  return { ...stored, step: stored.step + 1, expiresAt: Math.min(stored.expiresAt, at) };
}
