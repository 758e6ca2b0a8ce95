import { randomUUID } from 'node:crypto';
import type { PostgresQueryable } from '@mindshare/adapters/postgres';
import type { Database } from '../storage/database.js';
import type { DeliveryKind } from './delivery-tables.js';

/** How failed deliveries are retried. */
export interface RetryPolicy {
  /** Delay before the second attempt; each next one doubles, up to `maxDelayMs`. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** How long after its first attempt a delivery is retried before it is marked failed. */
  readonly retryForMs: number;
  /** How long a process holds a delivery it is sending; another takes it over after. */
  readonly leaseMs: number;
}

/** What is queued: an event (or statement) with a stable id, its type, when it happened and the body to send. */
export interface QueueEntry {
  readonly id: string;
  readonly type: string;
  /** Epoch ms of what happened: deliveries go oldest first. */
  readonly at: number;
  readonly body: string;
  /**
   * Why it cannot be sent, when it cannot (a statement that could not be built): its deliveries
   * are recorded as failed with this as their last error, for the admin routes to show.
   */
  readonly error?: string | undefined;
  /**
   * The directory person it is about (the seller of a webhook event, the actor of a statement),
   * so that erasing that person's data deletes it too (see {@link DeliveryQueue.forget}).
   */
  readonly personId?: string | undefined;
}

/** Where deliveries go: a name that stays the same across restarts, and the types it receives. */
export interface Destination {
  readonly id: string;
  wants(type: string): boolean;
}

/** How an attempt went. */
export type DeliveryOutcome = { ok: true; status: number } | { ok: false; status?: number | undefined; error: string };

/** A delivery a process holds under its lease, with what to send. */
export interface ClaimedDelivery {
  readonly endpoint: string;
  readonly eventId: string;
  readonly body: string;
  readonly attempt: number;
  readonly firstAt: number;
  readonly leaseId: string;
}

/** One delivery as the admin routes list it (times as ISO 8601). */
export interface DeliveryRow {
  readonly endpoint: string;
  readonly eventId: string;
  readonly type: string;
  readonly eventAt: string;
  readonly status: 'pending' | 'delivered' | 'failed';
  readonly attempts: number;
  readonly nextAt: string | null;
  readonly lastAt: string | null;
  readonly lastStatus: number | null;
  readonly lastError: string | null;
  readonly deliveredAt: string | null;
}

/** How long an erased person is remembered, so that no record read before the erasure is queued after it. */
export const FORGOTTEN_MS = 24 * 60 * 60 * 1000;

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const iso = (ms: unknown): string | null =>
  ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString();

/**
 * The durable queue of one kind of deliveries in PostgreSQL (or PGlite): events fanned out to the
 * destinations that want them, leased one at a time per destination, retried with exponential
 * backoff and jitter, marked failed after `retryForMs`. Webhooks and xAPI statements each have
 * one, over tables of their own (see delivery-tables.ts).
 */
export class DeliveryQueue {
  readonly #database: Database;
  readonly #kind: DeliveryKind;
  readonly #endpoints: readonly Destination[];
  readonly #clock: () => number;
  readonly #random: () => number;
  readonly #policy: RetryPolicy;
  readonly #t: (name: string) => string;
  /**
   * People erased within the last day ({@link FORGOTTEN_MS}), shared by every kind: nothing about
   * them is queued. A day, not for ever: a directory may add a person again under the same id.
   */
  readonly #forgotten: string;

  constructor(
    database: Database,
    kind: DeliveryKind,
    endpoints: readonly Destination[],
    policy: RetryPolicy,
    clock: () => number,
    random: () => number = Math.random,
  ) {
    this.#database = database;
    this.#kind = kind;
    this.#endpoints = endpoints;
    this.#policy = policy;
    this.#clock = clock;
    this.#random = random;
    this.#t = (name) => `${ident(database.schema)}.${ident(`server$${kind}_${name}`)}`;
    this.#forgotten = `${ident(database.schema)}.${ident('server$forgotten_people')}`;
  }

  /** The destinations deliveries are made to (for webhooks, the configured endpoints). */
  get endpoints(): readonly Destination[] {
    return this.#endpoints;
  }

  /**
   * Queues events, each once by id, with a delivery for every destination that wants its type (an
   * event nobody wants is not kept); in `tx` when given (the transaction of the change).
   * @returns how many events were new.
   */
  async enqueue(events: readonly QueueEntry[], tx?: PostgresQueryable): Promise<number> {
    if (events.length === 0) return 0;
    const run = (work: (q: PostgresQueryable) => Promise<number>) => (tx ? work(tx) : this.#database.transaction(work));
    const now = this.#clock();
    return run(async (q) => {
      let added = 0;
      for (const event of events) {
        const receivers = this.#endpoints.filter((candidate) => candidate.wants(event.type));
        if (receivers.length === 0) continue; // nobody would ever receive it
        const { rows } = await q.query(
          // Never about a person just erased: a pump that read the outbox before the erasure
          // (this process or another) must not queue again what the erasure deleted.
          `INSERT INTO ${this.#t('events')} (id, type, at, body, queued_at, person_id)
           SELECT $1, $2, $3, $4, $5, $6::text
           WHERE $6::text IS NULL OR NOT EXISTS (SELECT 1 FROM ${this.#forgotten} WHERE person_id = $6::text)
           ON CONFLICT (id) DO NOTHING RETURNING id`,
          [event.id, event.type, event.at, event.body, now, event.personId ?? null],
        );
        if (rows.length === 0) continue;
        added++;
        for (const endpoint of receivers) {
          await q.query(
            `INSERT INTO ${this.#t('deliveries')} (endpoint, event_id, event_at, first_at, next_at, status, last_at, last_error)
             VALUES ($1, $2, $3, $4, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
            [
              endpoint.id,
              event.id,
              event.at,
              now,
              event.error === undefined ? 'pending' : 'failed',
              event.error === undefined ? null : now,
              event.error?.slice(0, 500) ?? null,
            ],
          );
        }
      }
      return added;
    });
  }

  /**
   * Deletes every event about `personId` with its deliveries, whatever their status: a delivered
   * one's body is still kept for the admin routes, and holds what the person did.
   * @returns how many events were deleted.
   */
  async forget(personId: string): Promise<number> {
    await this.#database.query(
      `INSERT INTO ${this.#forgotten} (person_id, at) VALUES ($1, $2) ON CONFLICT (person_id) DO UPDATE SET at = excluded.at`,
      [personId, this.#clock()],
    );
    const deleted = await this.#database.query(`DELETE FROM ${this.#t('events')} WHERE person_id = $1 RETURNING id`, [
      personId,
    ]);
    return deleted.length;
  }

  /**
   * Leases the next delivery due for `endpoint`, oldest event first, unless a delivery of that
   * endpoint is already held under a live lease (by this process or another): one attempt in
   * flight per endpoint keeps the order of first attempts. `undefined` when there is nothing to do.
   */
  async claim(endpoint: string): Promise<ClaimedDelivery | undefined> {
    const now = this.#clock();
    const deliveries = this.#t('deliveries');
    return this.#database.transaction(async (tx) => {
      // Two processes claiming for one endpoint take turns; the loser comes back at its next poll.
      const { rows: locked } = await tx.query('SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS ok', [
        `mindshare-${this.#kind}:${this.#database.schema}:${endpoint}`,
      ]);
      if (!(locked[0] as { ok: boolean }).ok) return undefined;
      const { rows: busy } = await tx.query(
        `SELECT 1 FROM ${deliveries} WHERE endpoint = $1 AND status = 'pending' AND lease_until > $2 LIMIT 1`,
        [endpoint, now],
      );
      if (busy.length > 0) return undefined;
      const { rows } = await tx.query(
        `SELECT d.event_id, d.attempts, d.first_at, e.body FROM ${deliveries} AS d JOIN ${this.#t('events')} AS e ON e.id = d.event_id
         WHERE d.endpoint = $1 AND d.status = 'pending' AND d.next_at <= $2 AND (d.lease_until IS NULL OR d.lease_until <= $2)
         ORDER BY d.event_at, d.event_id LIMIT 1 FOR UPDATE OF d SKIP LOCKED`,
        [endpoint, now],
      );
      const row = rows[0] as { event_id: string; attempts: number; first_at: string; body: string } | undefined;
      if (!row) return undefined;
      const leaseId = randomUUID();
      await tx.query(
        `UPDATE ${deliveries} SET attempts = attempts + 1, lease_id = $3, lease_until = $4, last_at = $5 WHERE endpoint = $1 AND event_id = $2`,
        [endpoint, row.event_id, leaseId, now + this.#policy.leaseMs, now],
      );
      return {
        endpoint,
        eventId: row.event_id,
        body: row.body,
        attempt: row.attempts + 1,
        firstAt: Number(row.first_at),
        leaseId,
      };
    });
  }

  /**
   * Records how an attempt went, if the lease is still this process's (a lease that lapsed and was
   * taken over is the other process's to record). A failure is retried after an exponential delay
   * with jitter, or marked failed once `retryForMs` after the first attempt has passed.
   * @returns the new status, or `undefined` when the lease was lost.
   */
  async settle(
    claim: ClaimedDelivery,
    outcome: DeliveryOutcome,
  ): Promise<'delivered' | 'pending' | 'failed' | undefined> {
    const now = this.#clock();
    let status: 'delivered' | 'pending' | 'failed' = 'delivered';
    let nextAt: number | null = null;
    if (!outcome.ok) {
      const { baseDelayMs, maxDelayMs, retryForMs } = this.#policy;
      const deadline = claim.firstAt + retryForMs;
      const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(claim.attempt - 1, 40));
      // Equal jitter: half the delay fixed, half random, so receivers that failed together do not
      // get their retries together.
      const jittered = Math.round(delay / 2 + (this.#random() * delay) / 2);
      if (now >= deadline) status = 'failed';
      else {
        status = 'pending';
        nextAt = Math.min(now + jittered, deadline);
      }
    }
    const { rows } = await this.#database.transaction((tx) =>
      tx.query(
        `UPDATE ${this.#t('deliveries')} SET status = $4, next_at = coalesce($5, next_at), lease_id = NULL, lease_until = NULL,
           last_status = $6, last_error = $7, delivered_at = $8
         WHERE endpoint = $1 AND event_id = $2 AND lease_id = $3 RETURNING event_id`,
        [
          claim.endpoint,
          claim.eventId,
          claim.leaseId,
          status,
          nextAt,
          outcome.status ?? null,
          outcome.ok ? null : outcome.error.slice(0, 500),
          outcome.ok ? now : null,
        ],
      ),
    );
    return rows.length === 0 ? undefined : status;
  }

  /**
   * Deletes events queued before `before` (epoch ms) that no endpoint still has to receive, with
   * their deliveries: the admin routes list what happened within the retention.
   * @returns how many events were deleted.
   */
  async purge(before: number): Promise<number> {
    await this.#database.query(`DELETE FROM ${this.#forgotten} WHERE at < $1`, [this.#clock() - FORGOTTEN_MS]);
    const rows = await this.#database.query(
      `DELETE FROM ${this.#t('events')} AS e WHERE e.queued_at < $1
         AND NOT EXISTS (SELECT 1 FROM ${this.#t('deliveries')} AS d WHERE d.event_id = e.id AND d.status = 'pending')
       RETURNING e.id`,
      [before],
    );
    return rows.length;
  }

  /** Recent deliveries, newest attempt first, optionally of one endpoint and status. */
  async deliveries(query: { endpoint?: string; status?: string; limit?: number } = {}): Promise<DeliveryRow[]> {
    const rows = await this.#database.query(
      `SELECT d.*, e.type FROM ${this.#t('deliveries')} AS d JOIN ${this.#t('events')} AS e ON e.id = d.event_id
       WHERE ($1::text IS NULL OR d.endpoint = $1) AND ($2::text IS NULL OR d.status = $2)
       ORDER BY coalesce(d.last_at, d.first_at) DESC, d.event_at DESC LIMIT $3`,
      [query.endpoint ?? null, query.status ?? null, Math.min(query.limit ?? 100, 1000)],
    );
    return rows.map((row) => ({
      endpoint: row['endpoint'] as string,
      eventId: row['event_id'] as string,
      type: row['type'] as string,
      eventAt: iso(row['event_at'])!,
      status: row['status'] as DeliveryRow['status'],
      attempts: Number(row['attempts']),
      nextAt: row['status'] === 'pending' ? iso(row['next_at']) : null,
      lastAt: iso(row['last_at']),
      lastStatus: row['last_status'] === null ? null : Number(row['last_status']),
      lastError: (row['last_error'] as string | null) ?? null,
      deliveredAt: iso(row['delivered_at']),
    }));
  }

  /** Per destination: how many deliveries are pending, delivered and failed. */
  async summary(): Promise<{ id: string; pending: number; delivered: number; failed: number }[]> {
    const rows = await this.#database.query<{ endpoint: string; status: string; n: string }>(
      `SELECT endpoint, status, count(*) AS n FROM ${this.#t('deliveries')} GROUP BY endpoint, status`,
    );
    return this.#endpoints.map((endpoint) => {
      const count = (status: string) =>
        Number(rows.find((row) => row.endpoint === endpoint.id && row.status === status)?.n ?? 0);
      return {
        id: endpoint.id,
        pending: count('pending'),
        delivered: count('delivered'),
        failed: count('failed'),
      };
    });
  }

  /**
   * Sends events again: one event (to every endpoint that had it, or one), or every delivery that
   * failed since `since`. The deliveries start over (new retry window) with the same event id.
   * @returns how many deliveries were queued again.
   */
  async replay(query: { eventId?: string; failedSince?: number; endpoint?: string }): Promise<number> {
    const now = this.#clock();
    const rows = await this.#database.query(
      `UPDATE ${this.#t('deliveries')} SET status = 'pending', attempts = 0, first_at = $1, next_at = $1, lease_id = NULL, lease_until = NULL, delivered_at = NULL
       WHERE ($2::text IS NULL OR event_id = $2) AND ($3::text IS NULL OR endpoint = $3)
         AND ($4::bigint IS NULL OR (status = 'failed' AND last_at >= $4))
         AND NOT (status = 'pending' AND lease_until > $1)
       RETURNING event_id`,
      [now, query.eventId ?? null, query.endpoint ?? null, query.failedSince ?? null],
    );
    return rows.length;
  }
}
