import { MindError } from '../errors/mind-error.js';
import { canReviewRecording } from '../pitch/permissions.js';
import type { Recording } from '../pitch/recording.schema.js';
import { nextClaim, releasedClaim, liveClaim, publicClaim, type Claimant } from '../pitch/review-claim.js';
import type { StoredReviewClaim } from '../pitch/review-claim.schema.js';
import type { BatchOperation } from '../storage/storage-adapter.js';
import type { ClaimOptions, ReviewClaim } from '../api/mindshare-api.js';
import { changeClaim } from './challenge-operations.js';
import type { EngineContext } from './engine-context.js';
import { requireId, requireStaff } from './engine-input.js';
import { COLLECTIONS } from './engine-schema.js';
import { underRecording } from './pitch-operations.js';

// What holds when two coaches claim one recording at once:
// - on one engine (a browser, one server process) every change of a recording's claim, and its
//   review, runs in the recording's seller's queue (`host.exclusive`): the second coach reads the
//   first one's claim and is refused by name;
// - across processes sharing one store (servers over PostgreSQL), each change also `add`s the
//   claim of the step it read (`review-<step>` in `attemptSteps`) in the same batch as the claim.
//   The storage port applies a batch all or nothing and refuses an `add` over an existing key, so
//   of two changes made from the same read one commits and the other fails with MIND_CONFLICT;
//   the loser reads again and is refused by name (or renews its own claim). Steps are never
//   deleted while the recording lives, so however late a read, its step is taken.
// A claim is advisory for everything but reviews: `review()` refuses a coach other than the live
// holder, under the same queue and step.
// A review also writes the recording, which its seller's consent changes and a publication write
// too (pitch-operations.ts, `underRecording`): it runs in the same queue, and claims the
// recording's step (`recordingStep`) as they do, so neither writes the other's change away.

/** The claim of the change of `recording`'s review claim from the state `stored` (none: step 0). */
export function claimStep(recording: Recording, stored: StoredReviewClaim | undefined): BatchOperation {
  return changeClaim(recording.id, recording.sellerId, `review-${stored?.step ?? 0}`);
}

/** The stored claim of a recording, live or not. */
export function storedClaim(context: EngineContext, recordingId: string): Promise<StoredReviewClaim | undefined> {
  return context.storage.get<StoredReviewClaim>(COLLECTIONS.reviewClaims, recordingId);
}

/**
 * Runs `change` in the queue of the recording's seller, from the recording and claim as stored
 * now, again when another process changed either first (its batch failed with MIND_CONFLICT).
 */
export function underClaim<T>(
  context: EngineContext,
  recordingId: unknown,
  change: (recording: Recording, stored: StoredReviewClaim | undefined) => Promise<T>,
): Promise<T> {
  return underRecording(context, recordingId, change, {
    read: (id) => storedClaim(context, id),
    version: (stored) => stored?.step,
  });
}

function takeOverOption(options: unknown): boolean {
  if (options === undefined) return false;
  const takeOver = typeof options === 'object' && options !== null ? (options as ClaimOptions).takeOver : options;
  if (takeOver !== undefined && typeof takeOver !== 'boolean') {
    throw new MindError('MIND_INVALID_INPUT', 'claimReview takes { takeOver?: true or false }.', {
      path: ['takeOver'],
    });
  }
  return takeOver === true;
}

/**
 * Claims a submitted recording for the viewer's review, or renews their claim (see
 * `REVIEW_CLAIM_MS`). Another coach's live claim refuses with MIND_CONFLICT naming them, unless
 * `takeOver`, which is recorded on the new claim.
 */
export async function claimReview(
  context: EngineContext,
  recordingId: unknown,
  options?: unknown,
): Promise<ReviewClaim> {
  requireId(recordingId, 'recordingId');
  requireStaff(context, 'claim a recording for review');
  const takeOver = takeOverOption(options);
  const coach: Claimant = context.viewer;
  return underClaim(context, recordingId, async (recording, stored) => {
    if (!canReviewRecording(context.viewer, recording)) {
      throw new MindError('MIND_FORBIDDEN', 'Nobody reviews their own pitch, so nobody claims it either.');
    }
    const claim = nextClaim(recording, stored, coach, context.now(), takeOver);
    await context.write(
      [claimStep(recording, stored), { type: 'put', collection: COLLECTIONS.reviewClaims, value: claim }],
      ['pitch'],
    );
    return publicClaim(claim);
  });
}

/**
 * Drops the viewer's own live claim on a recording. When they hold none there (it lapsed, another
 * coach took it over, the review was sent) there is nothing to drop, and it resolves all the same:
 * what the caller asked for, not holding it, is true.
 */
export async function releaseReview(context: EngineContext, recordingId: unknown): Promise<void> {
  requireId(recordingId, 'recordingId');
  requireStaff(context, 'release a review claim');
  await underClaim(context, recordingId, async (recording, stored) => {
    const now = context.now();
    if (!stored || liveClaim(stored, now)?.coachId !== context.viewer.id) return;
    await context.write(
      [
        claimStep(recording, stored),
        { type: 'put', collection: COLLECTIONS.reviewClaims, value: releasedClaim(stored, now) },
      ],
      ['pitch'],
    );
  });
}
