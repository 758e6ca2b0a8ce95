import * as z from 'zod/mini';

const id = z.string().check(z.minLength(1));
/** An instant as ISO 8601 (UTC), which every receiver's language parses. */
const instant = z.iso.datetime();

/**
 * The `data` of every event type a receiver may subscribe to, by type: the one list the
 * configuration, the emitters and the docs read. Adding a type is one line here; emitting it is
 * one call to `WebhookEvents.emit`.
 */
export const WEBHOOK_EVENT_DATA = {
  /** A coach saved the review of a pitch: the seller can read it. */
  'review.published': z.object({
    recordingId: id,
    sellerId: id,
    coachId: id,
    promptId: id,
    weightedTotal: z.number(),
    maxTotal: z.number(),
    reviewedAt: instant,
  }),
  /** A nugget of a schedule was released to a seller, at the schedule's time in the seller's zone. */
  'nugget.released': z.object({ sellerId: id, nuggetId: id, scheduleId: id, releasedAt: instant }),
  /** A question a seller missed is due again by spaced repetition. */
  'question.due': z.object({ sellerId: id, questionId: id, dueAt: instant }),
  /** A challenge's window opened. */
  'challenge.opening': z.object({ challengeId: id, opensAt: instant, closesAt: instant }),
  /** A challenge's window closes within the configured notice (24 hours by default). */
  'challenge.closing_soon': z.object({ challengeId: id, opensAt: instant, closesAt: instant }),
  /** A seller earned a certification. */
  'certification.awarded': z.object({
    sellerId: id,
    certificationId: id,
    awardedAt: instant,
    expiresAt: z.optional(instant),
  }),
  /** A seller's certification expires soon. */
  'certification.expiring': z.object({ sellerId: id, certificationId: id, expiresAt: instant }),
  /** A seller earned a badge. */
  'badge.earned': z.object({ sellerId: id, badgeId: id, earnedAt: instant }),
} as const;

/** Every event type, in the order the docs list them. */
export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENT_DATA) as WebhookEventType[];

/** The name of an event type, such as `review.published`. */
export type WebhookEventType = keyof typeof WEBHOOK_EVENT_DATA;

/** The `data` of events of type `T`. */
export type WebhookEventData<T extends WebhookEventType> = z.infer<(typeof WEBHOOK_EVENT_DATA)[T]>;

/** An event as queued: its stable id (receivers deduplicate on it), type, time and data. */
export interface WebhookEvent<T extends WebhookEventType = WebhookEventType> {
  readonly id: string;
  readonly type: T;
  /** Epoch ms of what happened (the body's `timestamp`). */
  readonly at: number;
  readonly data: WebhookEventData<T>;
}

/** The JSON body a receiver gets (Standard Webhooks): `{ type, timestamp, data }`. */
export function webhookBody(event: WebhookEvent): string {
  return JSON.stringify({ type: event.type, timestamp: new Date(event.at).toISOString(), data: event.data });
}
