import type { MindshareHost, StorageAdapter } from '@mindshare/core';
import type { Logger } from 'pino';
import type { ServerSettings } from '../settings.js';
import type { Database } from '../storage/database.js';
import type { WebhookEndpoint } from '../webhooks/webhook-endpoints.schema.js';
import { EVENT_OUTBOX, STATEMENT_OUTBOX, type OutboxRecord } from '../storage/event-records.js';
import { eventPerson, webhookEntry, webhookEvent } from '../webhooks/webhook-event.js';
import { schedulerTick } from '../webhooks/webhook-scheduler.js';
import { webhookChannel, type Webhooks } from '../webhooks/webhooks.js';
import { waitingStatementPerson, type LearningRecords } from '../xapi/learning-records.js';
import { DeliveryQueue, type RetryPolicy } from './delivery-queue.js';
import type { DeliveryRoutes } from './delivery-routes.js';
import { startOutbound } from './outbound.js';

/** What the server sends out: webhooks, and learning records when an LRS is configured. */
export interface Deliveries {
  readonly webhooks: Webhooks;
  /** The learning records' side, `undefined` when no LRS is configured. */
  readonly xapi:
    | {
        /** The statements waiting to be sent. */
        readonly queue: DeliveryQueue;
        /** One round of delivery (the loops run one every poll); resolves to how many were sent. */
        deliverDue(): Promise<number>;
        /**
         * A scheduler tick, shared with webhooks: queues the time-driven events (and the badges
         * earned) that fell due; resolves to how many events it queued.
         */
        tick(): Promise<number>;
      }
    | undefined;
}

/** What starting the deliveries needs of the server. */
export interface DeliveryOptions {
  readonly settings: ServerSettings;
  readonly endpoints: readonly WebhookEndpoint[];
  readonly learning: LearningRecords | undefined;
  readonly database: Database;
  /** The engine's store as given (its outbox is read and emptied through it). */
  readonly storage: StorageAdapter;
  readonly host: () => MindshareHost;
  readonly clock: () => number;
  readonly random?: (() => number) | undefined;
  readonly logger: Logger;
  /** Picks up a pack or directory another process published, before a tick reads them. */
  readonly refresh: () => Promise<void>;
}

/** The retry policy of every delivery, from the webhook settings (which learning records share). */
export function retryPolicy(settings: ServerSettings): RetryPolicy {
  const timeoutMs = settings.webhookTimeoutMs;
  return {
    baseDelayMs: settings.webhookRetryBaseMs,
    maxDelayMs: settings.webhookRetryMaxMs,
    retryForMs: settings.webhookRetryHours * 60 * 60 * 1000,
    // A lease outlives the attempt's timeout: a live process always records its own attempt.
    leaseMs: timeoutMs + Math.min(timeoutMs, 5_000),
  };
}

/**
 * Starts the delivery loops over the channels that are on (webhooks with endpoints, learning
 * records with an LRS) and the scheduler that finds time-driven events for both; nothing runs
 * when neither is configured.
 */
export function startDeliveries(options: DeliveryOptions): Deliveries & {
  /** The queues that are on, with where their admin routes sit. */
  readonly admin: readonly { readonly queue: DeliveryQueue; readonly routes: DeliveryRoutes }[];
  /** Erasure: deletes every queued or waiting event and statement about a person (see `Outbound.forget`). */
  forget(personId: string): Promise<number>;
  close(): Promise<void>;
} {
  const { settings, endpoints, clock } = options;
  const webhook = webhookChannel({
    endpoints,
    database: options.database,
    clock,
    random: options.random,
    policy: retryPolicy(settings),
    timeoutMs: settings.webhookTimeoutMs,
  });
  const tick = async () => {
    // A tick with a stale pack would move the cursor past a window it does not know of.
    await options.refresh();
    return schedulerTick({
      database: options.database,
      enqueue: (events, tx) => outbound.enqueue(events, tx),
      host: options.host,
      clock,
      closingSoonMs: settings.webhookClosingSoonHours * 60 * 60 * 1000,
    });
  };
  /** Deletes the records of `outbox` about `personId` (as `about` reads them); how many. */
  const forgetWaiting = async (
    outbox: string,
    personId: string,
    about: (record: OutboxRecord) => string | undefined,
  ): Promise<number> => {
    const theirs = (await options.storage.query<OutboxRecord>(outbox)).filter((record) => about(record) === personId);
    if (theirs.length > 0)
      await options.storage.batch(
        theirs.map((record) => ({ type: 'delete' as const, collection: outbox, key: record.id })),
      );
    return theirs.length;
  };
  const outbound = startOutbound({
    channels: [...(endpoints.length > 0 ? [webhook] : []), ...(options.learning ? [options.learning.channel] : [])],
    storage: options.storage,
    clock,
    logger: options.logger,
    pollMs: settings.webhookPollMs,
    retentionMs: settings.keyRetentionDays * 24 * 60 * 60 * 1000,
    tick: { everyMs: settings.webhookTickMs, run: tick },
  });
  return {
    webhooks: {
      queue: webhook.queue,
      async emit(type, data, emitOptions = {}) {
        const event = webhookEvent(type, data, { at: emitOptions.at ?? clock(), key: emitOptions.key });
        // Without endpoints nobody would ever receive it: nothing is kept.
        if (endpoints.length > 0) await webhook.queue.enqueue([webhookEntry(event)], emitOptions.tx);
        return event.id;
      },
      deliverDue: outbound.deliverDue,
      tick,
      close: outbound.close,
    },
    xapi: options.learning && { queue: options.learning.channel.queue, deliverDue: outbound.deliverDue, tick },
    admin: [
      ...(endpoints.length > 0
        ? [
            {
              queue: webhook.queue,
              routes: {
                base: '/admin/webhooks',
                items: 'events',
                noun: 'webhook endpoint',
                list: 'endpoints',
                describe: (id: string) => {
                  const { url, events } = endpoints.find((endpoint) => endpoint.id === id)!;
                  return { id, url, events };
                },
              },
            },
          ]
        : []),
      ...(options.learning
        ? [
            {
              queue: options.learning.channel.queue,
              routes: {
                base: '/admin/xapi',
                items: 'statements',
                noun: 'learning record store',
                list: 'stores',
                describe: (id: string) => ({ id, url: options.learning!.endpoint }),
              },
            },
          ]
        : []),
    ],
    async forget(personId) {
      let deleted = await outbound.forget(personId);
      // A channel that is off now may hold rows from when it was on, queued (its tables exist
      // either way) or still in its outbox, which nothing pumps until it is on again: by then the
      // erased id is no longer remembered, and they would be sent.
      if (endpoints.length === 0) {
        deleted += await webhook.queue.forget(personId);
        deleted += await forgetWaiting(EVENT_OUTBOX, personId, (record) => eventPerson(record).personId);
      }
      if (!options.learning) {
        deleted += await new DeliveryQueue(options.database, 'xapi', [], retryPolicy(settings), clock).forget(personId);
        deleted += await forgetWaiting(STATEMENT_OUTBOX, personId, waitingStatementPerson);
      }
      return deleted;
    },
    close: outbound.close,
  };
}
