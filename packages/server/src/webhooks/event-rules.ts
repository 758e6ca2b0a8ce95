import { COLLECTIONS, type Recording, type Review } from '@mindshare/core';
import type { EventRule } from '../storage/event-records.js';
import { webhookEvent } from './webhook-queue.js';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The events that engine writes cause, each written in the batch of its write. One rule per
 * event type: the collection and operation that mean it happened, and the event's data.
 */
export const EVENT_RULES: readonly EventRule[] = [
  {
    // `reviewPitch` adds the review beside the recording it updates.
    collection: COLLECTIONS.reviews,
    type: 'add',
    event: (value, batch) => {
      const review = value as Review;
      const recording = batch.find(
        (operation) =>
          operation.type === 'put' &&
          operation.collection === COLLECTIONS.recordings &&
          (operation.value as Recording).id === review.recordingId,
      );
      if (!recording || recording.type !== 'put') return undefined;
      const { sellerId, promptId } = recording.value as Recording;
      return webhookEvent(
        'review.published',
        {
          recordingId: review.recordingId,
          sellerId,
          coachId: review.coachId,
          promptId,
          weightedTotal: review.weightedTotal,
          maxTotal: review.maxTotal,
          reviewedAt: iso(review.at),
        },
        { at: review.at, key: `${review.recordingId}:${review.at}` },
      );
    },
  },
];
