import { MindError } from '../errors/mind-error.js';
import { publish } from '../pitch/consent.js';
import { parseReviewInput } from '../pitch/parse-pitch-input.js';
import { canPublish, canReviewRecording } from '../pitch/permissions.js';
import type { Recording } from '../pitch/recording.schema.js';
import { applyReview, createReview } from '../pitch/review.js';
import type { Review } from '../pitch/review.schema.js';
import type { EngineContext } from './engine-context.js';
import { COLLECTIONS } from './engine-schema.js';
import { promptOf, recordingOf, recordingStep, underRecording } from './pitch-operations.js';
import { claimStep, underClaim } from './review-claim-operations.js';
import { heldByAnother, liveClaim } from '../pitch/review-claim.js';

/**
 * A coach's review: rubric scores, time-stamped comments and feedback, written with the
 * recording's new status. Refused by name while another coach's claim holds the recording (a
 * lapsed claim does not); the review ends the claim. Runs as a change of the claim (see
 * review-claim-operations.ts), so a take-over racing it cannot both succeed.
 */
export async function reviewPitch(context: EngineContext, recordingId: unknown, input: unknown): Promise<Review> {
  const recording = await recordingOf(context, recordingId);
  if (!canReviewRecording(context.viewer, recording)) {
    throw new MindError('MIND_FORBIDDEN', 'Only a coach or a manager may review a pitch, and never their own.');
  }
  const prompt = promptOf(context, recording.promptId);
  const reviewInput = parseReviewInput(input);
  return underClaim(context, recording.id, async (current, stored) => {
    const now = context.now();
    const holder = liveClaim(stored, now);
    if (holder && holder.coachId !== context.viewer.id) throw heldByAnother(holder, 'your review was not saved');
    const review = createReview(prompt.rubric, current, reviewInput, { coachId: context.viewer.id, at: now });
    await context.write(
      [
        claimStep(current, stored),
        // The recording's step too: a consent change read before this review fails, or this does.
        recordingStep(current),
        { type: 'add', collection: COLLECTIONS.reviews, value: review },
        { type: 'put', collection: COLLECTIONS.recordings, value: applyReview(current, review) },
        ...(stored ? [{ type: 'delete', collection: COLLECTIONS.reviewClaims, key: current.id } as const] : []),
      ],
      ['pitch'],
    );
    return review;
  });
}

/**
 * Publishes a reviewed pitch to the best-practice gallery (needs the seller's consent). Runs in
 * the seller's queue with the recording's step (see `underRecording`), so a withdrawal of consent
 * racing it either lands after it, and takes the take down again, or before it, and refuses it.
 */
export async function publishPitch(context: EngineContext, recordingId: unknown): Promise<Recording> {
  return underRecording(context, recordingId, async (recording) => {
    if (!canPublish(context.viewer.role))
      throw new MindError('MIND_FORBIDDEN', 'Only a coach or a manager may publish a pitch.');
    const published = publish(recording, context.now());
    await context.write(
      [recordingStep(recording), { type: 'put', collection: COLLECTIONS.recordings, value: published }],
      ['pitch'],
    );
    return published;
  });
}

// Review claims load with the rest of coaching (one chunk: a chunk of their own cost every page more).
export { claimReview, releaseReview } from './review-claim-operations.js';
