import type { PostgresQueryable } from '@mindshare/adapters/postgres';
import type { MindshareHost, StorageAdapter } from '@mindshare/core';
import type { Logger } from 'pino';
import type { Database } from '../storage/database.js';
import { EVENT_OUTBOX } from '../storage/event-records.js';
import { webhookHeaders } from './signature.js';
import type { WebhookEndpoint } from './webhook-endpoints.schema.js';
import type { WebhookEvent, WebhookEventData, WebhookEventType } from './webhook-events.schema.js';
import { webhookEvent, WebhookQueue, type ClaimedDelivery, type RetryPolicy } from './webhook-queue.js';
import { schedulerTick } from './webhook-scheduler.js';

/** How the server sends webhooks (from the settings). */
export interface WebhookOptions {
  readonly endpoints: readonly WebhookEndpoint[];
  readonly database: Database;
  /** The engine's store as given (its outbox is read and emptied through it). */
  readonly storage: StorageAdapter;
  readonly host: () => MindshareHost;
  readonly clock: () => number;
  readonly random?: () => number;
  readonly logger: Logger;
  readonly retry: Omit<RetryPolicy, 'leaseMs'>;
  /** Time allowed to a receiver to answer an attempt. */
  readonly timeoutMs: number;
  /** How often a process looks for deliveries due. */
  readonly pollMs: number;
  /** How often the scheduler looks for time-driven events. */
  readonly tickMs: number;
  readonly closingSoonMs: number;
  /** How long delivered and failed events are kept for the admin routes. */
  readonly retentionMs: number;
  /** Picks up a pack or directory another process published, before a tick reads them. */
  readonly refresh?: () => Promise<void>;
}

/** The server's webhooks: the port that emits events, and the loops that deliver them. */
export interface Webhooks {
  readonly queue: WebhookQueue;
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
  /** Moves events written with engine changes to the queue, then sends what is due until nothing is. */
  deliverDue(): Promise<number>;
  /** One scheduler tick (see `schedulerTick`). */
  tick(): Promise<number>;
  /** Stops the loops; an attempt in flight finishes (within the timeout) and is recorded. */
  close(): Promise<void>;
}

/** Attempts one process makes per round before it looks at its timers again. */
const ROUND_LIMIT = 500;
const PURGE_MS = 60 * 60 * 1000;

/** Starts delivering (and scheduling) webhooks; nothing runs when no endpoint is configured. */
export function startWebhooks(options: WebhookOptions): Webhooks {
  const { endpoints, clock, logger } = options;
  const queue = new WebhookQueue(
    options.database,
    endpoints,
    // A lease outlives the attempt's timeout: a live process always records its own attempt.
    { ...options.retry, leaseMs: options.timeoutMs + Math.min(options.timeoutMs, 5_000) },
    clock,
    options.random,
  );

  /** Events committed with engine changes wait in the store's outbox: queue them, then clear them. */
  async function pump(): Promise<void> {
    for (;;) {
      const waiting = await options.storage.query<WebhookEvent>(EVENT_OUTBOX, { limit: 200 });
      if (waiting.length === 0) return;
      // Queued by id: a crash between these two steps queues nothing twice.
      await queue.enqueue(waiting);
      await options.storage.batch(
        waiting.map((event) => ({ type: 'delete' as const, collection: EVENT_OUTBOX, key: event.id })),
      );
    }
  }

  async function attempt(endpoint: WebhookEndpoint, claim: ClaimedDelivery): Promise<void> {
    const timestamp = Math.floor(clock() / 1000);
    let outcome: Parameters<WebhookQueue['settle']>[1];
    try {
      const response = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          ...webhookHeaders(endpoint.secret, claim.eventId, timestamp, claim.body),
          'user-agent': 'mindshare-webhooks',
        },
        body: claim.body,
        // A redirect is a failure: following it would send the signed body somewhere unconfigured.
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      await response.body?.cancel();
      outcome =
        response.status >= 200 && response.status < 300
          ? { ok: true, status: response.status }
          : { ok: false, status: response.status, error: `HTTP ${response.status}` };
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      outcome = {
        ok: false,
        error: timedOut ? `no answer within ${options.timeoutMs} ms` : String((error as Error).cause ?? error),
      };
    }
    const status = await queue.settle(claim, outcome);
    const log = { endpoint: endpoint.id, eventId: claim.eventId, attempt: claim.attempt, status, http: outcome.status };
    if (status === 'failed')
      logger.error({ ...log, error: !outcome.ok && outcome.error }, 'webhook delivery failed for good');
    else if (status === 'pending')
      logger.warn({ ...log, error: !outcome.ok && outcome.error }, 'webhook attempt failed; retrying later');
    else logger.debug(log, 'webhook delivered');
  }

  let stopped = false;
  async function deliverDue(): Promise<number> {
    await pump();
    let sent = 0;
    // Endpoints are served side by side, each one attempt at a time (its order).
    await Promise.all(
      endpoints.map(async (endpoint) => {
        while (!stopped && sent < ROUND_LIMIT) {
          const claim = await queue.claim(endpoint.id);
          if (!claim) return;
          sent++;
          await attempt(endpoint, claim);
        }
      }),
    );
    return sent;
  }

  const tick = async () => {
    // A tick with a stale pack would move the cursor past a window it does not know of.
    await options.refresh?.();
    return schedulerTick({
      database: options.database,
      queue,
      host: options.host,
      clock,
      closingSoonMs: options.closingSoonMs,
    });
  };

  // Loops that wait for the previous round to end: a slow receiver never stacks rounds up.
  const running = new Set<Promise<unknown>>();
  const loop = (every: number, work: () => Promise<unknown>, what: string) => {
    let timer: NodeJS.Timeout | undefined;
    const next = () => {
      if (stopped) return;
      timer = setTimeout(() => {
        const round = work()
          .catch((error: unknown) => logger.warn({ err: error }, `${what} failed`))
          .finally(() => {
            running.delete(round);
            next();
          });
        running.add(round);
      }, every);
      timer.unref();
    };
    next();
    return () => clearTimeout(timer);
  };
  const stops =
    endpoints.length === 0
      ? []
      : [
          loop(PURGE_MS, () => queue.purge(clock() - options.retentionMs), 'webhook purge'),
          loop(options.pollMs, deliverDue, 'webhook delivery'),
          loop(options.tickMs, tick, 'webhook scheduler'),
        ];

  return {
    queue,
    async emit(type, data, emitOptions = {}) {
      const event = webhookEvent(type, data, { at: emitOptions.at ?? clock(), key: emitOptions.key });
      // Without endpoints nobody would ever receive it: nothing is kept.
      if (endpoints.length > 0) await queue.enqueue([event], emitOptions.tx);
      return event.id;
    },
    deliverDue,
    tick,
    async close() {
      stopped = true;
      for (const stop of stops) stop();
      await Promise.all([...running]);
    },
  };
}
