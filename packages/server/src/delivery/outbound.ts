import type { PostgresQueryable } from '@mindshare/adapters/postgres';
import type { StorageAdapter } from '@mindshare/core';
import type { Logger } from 'pino';
import type { OutboxRecord } from '../storage/event-records.js';
import type { Database } from '../storage/database.js';
import type { ClaimedDelivery, DeliveryOutcome, DeliveryQueue, QueueEntry, RetryPolicy } from './delivery-queue.js';

/** What every channel's queue and sender need. */
export interface ChannelOptions {
  readonly database: Database;
  readonly clock: () => number;
  readonly random?: (() => number) | undefined;
  readonly policy: RetryPolicy;
  /** Time allowed to the receiver to answer an attempt. */
  readonly timeoutMs: number;
}

/** One kind of outgoing deliveries (webhooks, xAPI statements): its queue, what it takes and how it sends. */
export interface DeliveryChannel {
  /** Names the channel in logs: `webhook`, `xapi`. */
  readonly name: string;
  readonly queue: DeliveryQueue;
  /** The collection of the engine's store where its records wait (see event-records.ts). */
  readonly outbox: string;
  /**
   * The queue entries this channel makes of outbox records or scheduler events; none for those
   * it does not send. One that cannot be sent (a statement that does not validate) carries its
   * `error` and is recorded as failed. Should not throw: if it does, only this channel skips the records.
   */
  entries(records: readonly OutboxRecord[]): QueueEntry[];
  /** Makes one attempt of a claimed delivery. */
  send(claim: ClaimedDelivery): Promise<DeliveryOutcome>;
}

/** What runs the channels. */
export interface OutboundOptions {
  readonly channels: readonly DeliveryChannel[];
  /** The engine's store as given (its outbox is read and emptied through it). */
  readonly storage: StorageAdapter;
  readonly clock: () => number;
  readonly logger: Logger;
  /** How often a process looks for deliveries due. */
  readonly pollMs: number;
  /** How long delivered and failed events are kept for the admin routes. */
  readonly retentionMs: number;
  /** The scheduler: how often, and one tick (see `schedulerTick`). */
  readonly tick: { readonly everyMs: number; readonly run: () => Promise<number> };
}

/** The delivery loops of every channel, over one outbox. */
export interface Outbound {
  /** Queues records (outbox records, scheduler events) in every channel that sends them; in `tx` when given. */
  enqueue(records: readonly OutboxRecord[], tx?: PostgresQueryable): Promise<number>;
  /** Moves records written with engine changes to the queues, then sends what is due until nothing is. */
  deliverDue(): Promise<number>;
  /**
   * Erasure: deletes every event and statement about a person, queued or waiting in an outbox,
   * in every channel (after the engine erased their data, so no write of theirs adds more).
   * @returns how many were deleted from the queues.
   */
  forget(personId: string): Promise<number>;
  /** Stops the loops; an attempt in flight finishes (within its timeout) and is recorded. */
  close(): Promise<void>;
}

/** Attempts one process makes per round before it looks at its timers again. */
const ROUND_LIMIT = 500;
const PURGE_MS = 60 * 60 * 1000;

/** Starts the loops (delivery, scheduler, purge); nothing runs when no channel is on. */
export function startOutbound(options: OutboundOptions): Outbound {
  const { channels, clock, logger } = options;

  /**
   * One channel's entries of `records`, those it cannot send logged (they are recorded failed);
   * `undefined`, logged, when the channel could not make them at all.
   */
  function entriesOf(channel: DeliveryChannel, records: readonly OutboxRecord[]): QueueEntry[] | undefined {
    let entries: QueueEntry[];
    try {
      entries = channel.entries(records);
    } catch (error) {
      logger.error({ err: error, channel: channel.name }, `${channel.name} entries could not be made; skipped`);
      return undefined;
    }
    for (const entry of entries.filter((candidate) => candidate.error !== undefined))
      logger.error(
        { channel: channel.name, eventId: entry.id, error: entry.error },
        `${channel.name} entry could not be made; recorded as a failed delivery`,
      );
    return entries;
  }

  async function enqueue(records: readonly OutboxRecord[], tx?: PostgresQueryable): Promise<number> {
    // Each channel apart: one whose entries cannot be made must not stop the others (nor, in the
    // scheduler's tick, hold the cursor back forever).
    let added = 0;
    for (const channel of channels) {
      const entries = entriesOf(channel, records);
      if (entries) added += await channel.queue.enqueue(entries, tx);
    }
    return added;
  }

  /**
   * Records committed with engine changes wait in each channel's outbox: queue them, then clear
   * them. A channel that cannot make its entries keeps its records, and stops no other channel.
   */
  async function pump(): Promise<void> {
    for (const channel of channels) {
      for (;;) {
        const waiting = await options.storage.query<OutboxRecord>(channel.outbox, { limit: 200 });
        const entries = waiting.length === 0 ? undefined : entriesOf(channel, waiting);
        if (!entries) break;
        // Queued by id: a crash between these two steps queues nothing twice.
        await channel.queue.enqueue(entries);
        await options.storage.batch(
          waiting.map((record) => ({ type: 'delete' as const, collection: channel.outbox, key: record.id })),
        );
      }
    }
  }

  async function attempt(channel: DeliveryChannel, claim: ClaimedDelivery): Promise<void> {
    const outcome = await channel.send(claim);
    const status = await channel.queue.settle(claim, outcome);
    const log = {
      endpoint: claim.endpoint,
      eventId: claim.eventId,
      attempt: claim.attempt,
      status,
      http: outcome.status,
    };
    if (status === 'failed')
      logger.error({ ...log, error: !outcome.ok && outcome.error }, `${channel.name} delivery failed for good`);
    else if (status === 'pending')
      logger.warn({ ...log, error: !outcome.ok && outcome.error }, `${channel.name} attempt failed; retrying later`);
    else logger.debug(log, `${channel.name} delivered`);
  }

  let stopped = false;
  async function deliverDue(): Promise<number> {
    await pump();
    let sent = 0;
    // Destinations are served side by side, each one attempt at a time (its order).
    await Promise.all(
      channels.flatMap((channel) =>
        channel.queue.endpoints.map(async (endpoint) => {
          while (!stopped && sent < ROUND_LIMIT) {
            const claim = await channel.queue.claim(endpoint.id);
            if (!claim) return;
            sent++;
            await attempt(channel, claim);
          }
        }),
      ),
    );
    return sent;
  }

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
  const purge = async () => {
    for (const channel of channels) await channel.queue.purge(clock() - options.retentionMs);
  };
  const stops =
    channels.length === 0
      ? []
      : [
          loop(PURGE_MS, purge, 'delivery purge'),
          loop(options.pollMs, deliverDue, 'delivery'),
          loop(options.tick.everyMs, options.tick.run, 'scheduler'),
        ];

  return {
    enqueue,
    deliverDue,
    async forget(personId) {
      // Remembered first (nothing about them is queued from then on), then what waits in an
      // outbox is moved to the queues and deleted there with what was queued before.
      for (const channel of channels) await channel.queue.forget(personId);
      await pump();
      let deleted = 0;
      for (const channel of channels) deleted += await channel.queue.forget(personId);
      return deleted;
    },
    async close() {
      stopped = true;
      for (const stop of stops) stop();
      await Promise.all([...running]);
    },
  };
}
