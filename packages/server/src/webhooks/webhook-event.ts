import { createHash, randomUUID } from 'node:crypto';
import { MindError } from '@mindshare/core';
import type { QueueEntry } from '../delivery/delivery-queue.js';
import {
  WEBHOOK_EVENT_DATA,
  webhookBody,
  type WebhookEvent,
  type WebhookEventData,
  type WebhookEventType,
} from './webhook-events.schema.js';

/**
 * A stable event id: the same `key` (what the event is about, such as a recording and the time of
 * its review) always gives the same id, so an event found twice (two scheduler ticks, a retried
 * write) is queued once and a receiver deduplicates on `webhook-id`.
 */
export function eventId(type: WebhookEventType, key?: string): string {
  if (key === undefined) return `evt_${randomUUID().replace(/-/g, '')}`;
  return `evt_${createHash('sha256').update(`${type}\u0000${key}`).digest('base64url').slice(0, 32)}`;
}

/** Builds an event after checking its data against the type's schema (a bug in an emitter throws). */
export function webhookEvent<T extends WebhookEventType>(
  type: T,
  data: WebhookEventData<T>,
  options: { at: number; key?: string | undefined },
): WebhookEvent<T> {
  const parsed = WEBHOOK_EVENT_DATA[type].safeParse(data);
  if (!parsed.success) {
    throw new MindError('MIND_INVALID_INPUT', `Invalid data for the webhook event ${type}: ${parsed.error.message}`, {
      path: ['data'],
    });
  }
  return { id: eventId(type, options.key), type, at: options.at, data: parsed.data as WebhookEventData<T> };
}

/** Whether an outbox record or scheduler event is a webhook event (rather than, say, an xAPI statement). */
export function isWebhookEvent(record: { readonly type: string }): record is WebhookEvent {
  return Object.hasOwn(WEBHOOK_EVENT_DATA, record.type);
}

/**
 * The seller an event is about (`data.sellerId`), when it is about one: erasing them deletes it,
 * and the statements said of it (see DeliveryQueue.forget).
 */
export function eventPerson(event: { readonly data: unknown }): { personId?: string } {
  const sellerId = (event.data as { sellerId?: unknown } | undefined)?.sellerId;
  return typeof sellerId === 'string' ? { personId: sellerId } : {};
}

/** The queue entry of an event: its body as every attempt sends it. */
export function webhookEntry(event: WebhookEvent): QueueEntry {
  return { id: event.id, type: event.type, at: event.at, body: webhookBody(event), ...eventPerson(event) };
}
