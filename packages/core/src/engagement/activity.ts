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

/** `a` before `b` (negative), after (positive) or neither (zero); absent values after present ones. */
function compare(a: number | undefined, b: number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/**
 * Whether `event` is kept over `kept`, a copy of the same action: the earlier, then the fewer
 * points, then the better rank and the earlier `rankedAt`. A total order, so the copy kept never
 * depends on the order the copies arrive in.
 */
function keptOver(event: ActivityEvent, kept: ActivityEvent): boolean {
  return (
    (compare(event.at, kept.at) ||
      compare(event.points, kept.points) ||
      compare(event.rank, kept.rank) ||
      compare(event.rankedAt ?? event.at, kept.rankedAt ?? kept.at)) < 0
  );
}

/**
 * One event per kind and subject, the earliest kept: the same action recorded twice (two tabs,
 * a retried request) counts once, whatever order the copies arrive in. Sorted by time, then kind
 * and subject.
 */
export function distinctEvents(events: readonly ActivityEvent[]): ActivityEvent[] {
  const first = new Map<string, ActivityEvent>();
  for (const event of events) {
    const key = `${event.kind}\u0000${event.subjectId}`;
    const kept = first.get(key);
    if (kept === undefined || keptOver(event, kept)) first.set(key, event);
  }
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...first.values()].sort((a, b) => a.at - b.at || text(a.kind, b.kind) || text(a.subjectId, b.subjectId));
}

/** The points of a seller's events, each action counted once. */
export function totalPoints(events: readonly ActivityEvent[]): number {
  return distinctEvents(events).reduce((sum, event) => sum + event.points, 0);
}
