import type { MindshareHost } from '@mindshare/core';
import { readPublished } from '../content/published.js';
import type { PostgresQueryable } from '@mindshare/adapters/postgres';
import type { Database } from '../storage/database.js';
import type { WebhookEvent } from './webhook-events.schema.js';
import { webhookEvent } from './webhook-event.js';

const CURSOR = 'scheduler';
/** How far a window reaches back into the one before it. */
const SETTLE_MS = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** What the scheduler reads. */
export interface SchedulerOptions {
  readonly database: Database;
  /** Queues events in the tick's transaction, in every channel that sends them; returns how many were new. */
  readonly enqueue: (events: readonly WebhookEvent[], tx: PostgresQueryable) => Promise<number>;
  readonly host: () => MindshareHost;
  readonly clock: () => number;
  /** How long before a challenge closes `challenge.closing_soon` is sent. */
  readonly closingSoonMs: number;
}

interface Person {
  readonly id: string;
  readonly role?: string;
}

/**
 * Finds the time-driven events (releases, questions due, challenge windows) that fell due since
 * the last tick of any process, and queues them. The window `(until, now]` is claimed with
 * `FOR UPDATE SKIP LOCKED` on the cursor row: a process that finds it locked skips its tick, and
 * every event has a stable id, so a window looked at twice still queues each event once.
 * The first tick only sets the cursor: a new server does not announce the past.
 * @returns how many events were queued.
 */
export async function schedulerTick(options: SchedulerOptions): Promise<number> {
  const { database, enqueue, clock } = options;
  const cursor = `${ident(database.schema)}."server$webhook_cursor"`;
  const now = clock();
  const rows = await database.query<{ until: string }>(`SELECT until FROM ${cursor} WHERE name = $1`, [CURSOR]);
  if (rows.length === 0) {
    await database.query(`INSERT INTO ${cursor} (name, until) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [CURSOR, now]);
    return 0;
  }
  const from = Number(rows[0]!.until);
  if (now <= from) return 0;
  // Computed before the transaction: PGlite has one connection, which the transaction holds.
  const events = await dueEvents(options, from, now);
  return database.transaction(async (tx) => {
    const { rows: claimed } = await tx.query(`SELECT until FROM ${cursor} WHERE name = $1 FOR UPDATE SKIP LOCKED`, [
      CURSOR,
    ]);
    // Locked by another process's tick, or moved on since we read it: that tick covers the window.
    if (claimed.length === 0 || Number((claimed[0] as { until: string }).until) !== from) return 0;
    const added = await enqueue(events, tx);
    await tx.query(`UPDATE ${cursor} SET until = $2 WHERE name = $1`, [CURSOR, now]);
    return added;
  });
}

/** Events whose time falls in `(from, to]`. */
async function dueEvents(options: SchedulerOptions, from: number, to: number): Promise<WebhookEvent[]> {
  const host = options.host();
  // Each window reaches back a minute into the last: what a write stamped before that tick read
  // but committed after it (a badge's action, a podium rank) is still found. Stable ids make an
  // event seen by two windows one event.
  const within = (at: number) => at > from - SETTLE_MS && at <= to;
  const directory = (await readPublished(options.database)).directory?.body as { sellers?: Person[] } | undefined;
  const people = directory?.sellers ?? [];
  const events: WebhookEvent[] = [];

  // Coaches and managers see every challenge, targeted or not.
  const overseer = people.find((person) => person.role === 'coach' || person.role === 'manager');
  if (overseer) {
    for (const challenge of await host.as({ id: overseer.id }).challenges()) {
      const data = { challengeId: challenge.id, opensAt: iso(challenge.opensAt), closesAt: iso(challenge.closesAt) };
      if (within(challenge.opensAt))
        events.push(
          webhookEvent('challenge.opening', data, {
            at: challenge.opensAt,
            key: `${challenge.id}:${challenge.opensAt}`,
          }),
        );
      const notice = challenge.closesAt - options.closingSoonMs;
      if (within(Math.max(notice, challenge.opensAt)) && challenge.closesAt > to)
        events.push(
          webhookEvent('challenge.closing_soon', data, {
            at: Math.max(notice, challenge.opensAt),
            key: `${challenge.id}:${challenge.closesAt}`,
          }),
        );
    }
  }

  // Spaced repetition: states whose due time passed in the window (read in SQL, one query)...
  const s = ident(options.database.schema);
  const due = await options.database.query<{ seller: string; question: string; due: number }>(
    `SELECT value->>'sellerId' AS seller, value->>'questionId' AS question, (value->>'due')::float8 AS due
     FROM ${s}."repetition" WHERE (value->>'due')::float8 > $1 AND (value->>'due')::float8 <= $2`,
    [from, to],
  );
  const dueBySeller = new Map<string, { question: string; due: number }[]>();
  for (const row of due) dueBySeller.set(row.seller, [...(dueBySeller.get(row.seller) ?? []), row]);

  for (const seller of people.filter((person) => (person.role ?? 'seller') === 'seller')) {
    // ...and releases: the seller's feed applies the segment, the tier and the seller's time zone.
    const feed = await host.as({ id: seller.id }).feed();
    for (const item of feed.items) {
      if (!within(item.releasedAt)) continue;
      events.push(
        webhookEvent(
          'nugget.released',
          {
            sellerId: seller.id,
            nuggetId: item.nuggetId,
            scheduleId: item.scheduleId,
            releasedAt: iso(item.releasedAt),
          },
          { at: item.releasedAt, key: `${seller.id}:${item.nuggetId}:${item.releasedAt}` },
        ),
      );
    }
    events.push(...(await standingEvents(host, seller.id, within, to)));
    // Only questions the engine asks again (still in the pack, repetition not on hold).
    const asked = new Set(feed.due.map((question) => question.questionId));
    for (const state of dueBySeller.get(seller.id) ?? []) {
      if (!asked.has(state.question)) continue;
      events.push(
        webhookEvent(
          'question.due',
          { sellerId: seller.id, questionId: state.question, dueAt: iso(state.due) },
          { at: state.due, key: `${seller.id}:${state.question}:${state.due}` },
        ),
      );
    }
  }
  return events.sort((a, b) => a.at - b.at);
}

/**
 * A seller's badges earned in the window, and the certifications that have entered their renewal
 * reminder (`expiring`): one `certification.expiring` per expiry date, keyed on it, so a reminder
 * is sent once however many ticks see it (a renewal moves the date and so earns a new one). A pack
 * without engagement or certifications has nothing to say here.
 */
async function standingEvents(
  host: MindshareHost,
  sellerId: string,
  within: (at: number) => boolean,
  now: number,
): Promise<WebhookEvent[]> {
  const api = host.as({ id: sellerId });
  const events: WebhookEvent[] = [];
  const { certifications } = await api.certifications();
  for (const standing of certifications) {
    if (standing.status !== 'expiring' || standing.expiresAt === undefined) continue;
    events.push(
      webhookEvent(
        'certification.expiring',
        { sellerId, certificationId: standing.certificationId, expiresAt: iso(standing.expiresAt) },
        { at: now, key: `${standing.certificationId}:${sellerId}:${standing.expiresAt}` },
      ),
    );
  }
  const { earned } = await api.engagement();
  for (const badge of earned) {
    if (!within(badge.earnedAt)) continue;
    events.push(
      webhookEvent(
        'badge.earned',
        { sellerId, badgeId: badge.badgeId, earnedAt: iso(badge.earnedAt) },
        { at: badge.earnedAt, key: `${sellerId}:${badge.badgeId}` },
      ),
    );
  }
  return events;
}
