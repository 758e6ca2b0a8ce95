import { COLLECTIONS, type Recording, type Review } from '@mindshare/core';
import type { EventRule } from '../storage/event-records.js';
import { webhookEvent } from './webhook-event.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** What a rule reads of a seller's stored certification record (the engine's CertificationRecord). */
interface CertificationStanding {
  readonly certificationId: string;
  readonly sellerId: string;
  readonly awardedAt?: number;
  readonly renewedAt?: number;
  readonly expiresAt?: number;
}

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
  {
    // A finish writes the seller's record of each certification it counts for; an award or a
    // renewal moves its date, so the event's key (that date) makes every award one event however
    // often the record is written again (a better score, another finish).
    collection: COLLECTIONS.certifications,
    type: 'put',
    event: (value, batch) => {
      const record = value as CertificationStanding;
      if (record.awardedAt === undefined) return undefined;
      const at = record.renewedAt ?? record.awardedAt;
      // Only the finish that awarded or renewed it, whose attempt ends at that instant: a later
      // finish that only improves a best score writes the record too, and says nothing new.
      const awarding = batch.some(
        (operation) =>
          operation.type === 'put' &&
          operation.collection === COLLECTIONS.attempts &&
          (operation.value as { finishedAt?: number }).finishedAt === at,
      );
      if (!awarding) return undefined;
      return webhookEvent(
        'certification.awarded',
        {
          sellerId: record.sellerId,
          certificationId: record.certificationId,
          awardedAt: iso(at),
          ...(record.expiresAt === undefined ? {} : { expiresAt: iso(record.expiresAt) }),
        },
        { at, key: `${record.certificationId}:${record.sellerId}:${at}` },
      );
    },
  },
];
