import type { ActivityKind } from './engagement.schema.js';

/** One counted action of a seller: what they did, to what, when, and the points it earned then. */
export interface ActivityEvent {
  readonly kind: ActivityKind;
  /** The nugget, question, prompt or challenge acted on: one event per kind and subject. */
  readonly subjectId: string;
  /** Epoch ms. */
  readonly at: number;
  readonly points: number;
  /** For `challenge-finished`: the global rank when the attempt was finished. */
  readonly rank?: number;
  /** When `rank` was reached, when later than `at`. */
  readonly rankedAt?: number;
}

/**
 * Whether `event` is kept over `kept`, a copy of the same action: the earlier, then the fewer
 * points, then the better rank and the earlier `rankedAt`. A total order, so the copy kept never
 * depends on the order the copies arrive in; the better rank, so adding a copy never takes a
 * podium away.
 */
function keptOver(event: ActivityEvent, kept: ActivityEvent): boolean {
  const rank = (e: ActivityEvent) => e.rank ?? Number.POSITIVE_INFINITY;
  const rankedAt = (e: ActivityEvent) => e.rankedAt ?? e.at;
  return (
    (event.at - kept.at || event.points - kept.points || rank(event) - rank(kept) || rankedAt(event) - rankedAt(kept)) <
    0
  );
}

/**
 * One event per kind and subject, the earliest kept: the same action recorded twice (two tabs,
 * a retried request) counts once, whatever order the copies arrive in.
 */
export function distinctEvents(events: readonly ActivityEvent[]): ActivityEvent[] {
  const first = new Map<string, ActivityEvent>();
  for (const event of events) {
    const key = `${event.kind}\u0000${event.subjectId}`;
    const kept = first.get(key);
    if (kept === undefined || keptOver(event, kept)) first.set(key, event);
  }
  return [...first.values()].sort((a, b) => a.at - b.at || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

/** The points of a seller's events, each action counted once. */
export function totalPoints(events: readonly ActivityEvent[]): number {
  return distinctEvents(events).reduce((sum, event) => sum + event.points, 0);
}
