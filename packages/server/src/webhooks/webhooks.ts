import type { PostgresQueryable } from '@mindshare/adapters/postgres';
import { DeliveryQueue } from '../delivery/delivery-queue.js';
import type { ChannelOptions, DeliveryChannel } from '../delivery/outbound.js';
import { postDelivery } from '../delivery/post-delivery.js';
import { EVENT_OUTBOX } from '../storage/event-records.js';
import { webhookHeaders } from './signature.js';
import { wants, type WebhookEndpoint } from './webhook-endpoints.schema.js';
import { isWebhookEvent, webhookEntry } from './webhook-event.js';
import type { WebhookEventData, WebhookEventType } from './webhook-events.schema.js';

/** How the server sends webhooks (from the settings). */
export interface WebhookOptions extends ChannelOptions {
  readonly endpoints: readonly WebhookEndpoint[];
}

/** The server's webhooks: the port that emits events, and the loops that deliver them. */
export interface Webhooks {
  readonly queue: DeliveryQueue;
  /**
   * Queues an event of a known type for every endpoint that wants it; in `tx` when given (the
   * transaction of the change). `key` names what the event is about, so emitting it again gives
   * the same id and queues nothing; without it each call is a new event.
   * @returns the event's id.
   */
  emit<T extends WebhookEventType>(
    type: T,
    data: WebhookEventData<T>,
    options?: { at?: number; key?: string; tx?: PostgresQueryable },
  ): Promise<string>;
  /** Moves records written with engine changes to the queues, then sends what is due until nothing is. */
  deliverDue(): Promise<number>;
  /** One scheduler tick (see `schedulerTick`). */
  tick(): Promise<number>;
  /** Stops the loops; an attempt in flight finishes (within the timeout) and is recorded. */
  close(): Promise<void>;
}

/** The webhook channel: one destination per configured endpoint, each sent the types it wants, signed. */
export function webhookChannel(options: WebhookOptions): DeliveryChannel {
  const { endpoints, clock } = options;
  const queue = new DeliveryQueue(
    options.database,
    'webhook',
    endpoints.map((endpoint) => ({ id: endpoint.id, wants: (type) => wants(endpoint, type as WebhookEventType) })),
    options.policy,
    clock,
    options.random,
  );
  return {
    name: 'webhook',
    queue,
    outbox: EVENT_OUTBOX,
    entries: (records) => records.filter(isWebhookEvent).map(webhookEntry),
    send(claim) {
      const endpoint = endpoints.find((candidate) => candidate.id === claim.endpoint)!;
      const timestamp = Math.floor(clock() / 1000);
      return postDelivery(endpoint.url, {
        headers: {
          ...webhookHeaders(endpoint.secret, claim.eventId, timestamp, claim.body),
          'user-agent': 'mindshare-webhooks',
        },
        body: claim.body,
        timeoutMs: options.timeoutMs,
      });
    },
  };
}
