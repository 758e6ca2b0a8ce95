import { MindError } from '../errors/mind-error.js';
import { publish } from '../pitch/consent.js';
import { parseReviewInput } from '../pitch/parse-pitch-input.js';
import { canPublish, canReviewRecording } from '../pitch/permissions.js';
import type { Recording } from '../pitch/recording.schema.js';
import { applyReview, createReview } from '../pitch/review.js';
import type { Review } from '../pitch/review.schema.js';
import type { EngineContext } from './engine-context.js';
import { COLLECTIONS } from './engine-schema.js';
import { promptOf, recordingOf } from './pitch-operations.js';

/** A coach's review: rubric scores, time-stamped comments and feedback, written with the recording's new status. */
export async function reviewPitch(context: EngineContext, recordingId: unknown, input: unknown): Promise<Review> {
  const recording = await recordingOf(context, recordingId);
  if (!canReviewRecording(context.viewer, recording)) {
    throw new MindError('MIND_FORBIDDEN', 'Only a coach or a manager may review a pitch, and never their own.');
  }
  const prompt = promptOf(context, recording.promptId);
  const review = createReview(prompt.rubric, recording, parseReviewInput(input), {
    coachId: context.viewer.id,
    at: context.now(),
  });
  await context.write(
    [
      { type: 'add', collection: COLLECTIONS.reviews, value: review },
      { type: 'put', collection: COLLECTIONS.recordings, value: applyReview(recording, review) },
    ],
    ['pitch'],
  );
  return review;
}

/** Publishes a reviewed pitch to the best-practice gallery (needs the seller's consent). */
export async function publishPitch(context: EngineContext, recordingId: unknown): Promise<Recording> {
  const recording = await recordingOf(context, recordingId);
  if (!canPublish(context.viewer.role))
    throw new MindError('MIND_FORBIDDEN', 'Only a coach or a manager may publish a pitch.');
  const published = publish(recording, context.now());
  await context.write([{ type: 'put', collection: COLLECTIONS.recordings, value: published }], ['pitch']);
  return published;
}
