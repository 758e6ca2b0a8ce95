import type { FeedItemSchema, FeedItemStatusSchema } from '../api/feed-item.schema.js';
import type { z } from '../content/zod.js';
import { MindError } from '../errors/mind-error.js';
import type { Nugget } from '../nugget/nugget.schema.js';
import { isKnownTimeZone } from '../time/zone-offset.js';
import { planReleases, releaseAt, releasedCount } from './release-times.js';
import type { ReleasePlan } from './release-times.js';
import type { Schedule } from './schedule.schema.js';
import { matchesSegment } from './segment.js';
import type { SegmentMember } from './segment.js';

/** Who the feed is for: the segment facts, plus the locale and IANA time zone of their clock. */
export interface FeedViewer extends SegmentMember {
  readonly sellerId: string;
  readonly locale: string;
  readonly timeZone: string;
}

/** Nugget ids marked by the seller, as a set or as a record of id → when (epoch ms). */
export type NuggetMarks = ReadonlySet<string> | Readonly<Record<string, number>>;

/** What the seller has done so far: nuggets opened, and nuggets voted on, answered or quizzed. */
export interface FeedProgress {
  readonly seen: NuggetMarks;
  readonly answered: NuggetMarks;
}

/** Everything a feed is computed from; `now` comes from the engine's clock. */
export interface FeedInput {
  readonly schedules: readonly Schedule[];
  /** The pack's nuggets. A scheduled id missing here (removed in a republish) keeps its slot but is not shown. */
  readonly nuggets: readonly Nugget[] | ReadonlyMap<string, Nugget>;
  readonly viewer: FeedViewer;
  readonly progress: FeedProgress;
  readonly now: number;
}

/** Where a seller is with a nugget: not opened yet, opened, or answered (which implies seen). */
export type FeedItemStatus = z.infer<typeof FeedItemStatusSchema>;

/** A released nugget in the seller's feed (see {@link FeedItemSchema}). */
export type FeedItem = z.infer<typeof FeedItemSchema>;

/** The seller's feed at one instant. */
export interface Feed {
  /** Released nuggets, oldest release first. */
  readonly items: readonly FeedItem[];
  /** Items with status `new`. */
  readonly unread: number;
  /** When the next nugget not yet in the feed is released (epoch ms), for a timer; `undefined` when none is left. */
  readonly nextReleaseAt: number | undefined;
}

interface Candidate {
  readonly nuggetId: string;
  readonly scheduleId: string;
  readonly releasedAt: number;
  readonly scheduleOrder: number;
  readonly position: number;
}

function isNuggetList(nuggets: FeedInput['nuggets']): nuggets is readonly Nugget[] {
  return Array.isArray(nuggets);
}

function has(marks: NuggetMarks, id: string): boolean {
  // A record's values are timestamps, never functions, so even a nugget id "has" cannot fool this.
  return typeof marks.has === 'function' ? (marks as ReadonlySet<string>).has(id) : Object.hasOwn(marks, id);
}

function statusOf(progress: FeedProgress, id: string): FeedItemStatus {
  if (has(progress.answered, id)) return 'answered';
  return has(progress.seen, id) ? 'seen' : 'new';
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return a.releasedAt - b.releasedAt || a.scheduleOrder - b.scheduleOrder || a.position - b.position;
}

/**
 * The nuggets released to a viewer at `now`, from every schedule whose segment includes them, in
 * release order (ties: schedule order, then position in the schedule). A nugget listed by several
 * schedules appears once, at its earliest release. Pure: the same input gives the same feed, and
 * as `now` advances items are only ever added, never removed or reordered.
 *
 * Throws `MIND_INVALID_INPUT` (path `viewer.timeZone`) for an unknown time zone.
 */
export function computeFeed(input: FeedInput): Feed {
  const { viewer, now, progress } = input;
  if (!isKnownTimeZone(viewer.timeZone)) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `unknown time zone "${viewer.timeZone}"; expected an IANA name such as "Europe/Paris"`,
      {
        path: ['viewer', 'timeZone'],
      },
    );
  }
  const known: { has(id: string): boolean } = isNuggetList(input.nuggets)
    ? new Set(input.nuggets.map((nugget) => nugget.id))
    : input.nuggets;
  const released = new Map<string, Candidate>();
  const pending: { plan: ReleasePlan; schedule: Schedule; from: number }[] = [];

  input.schedules.forEach((schedule, scheduleOrder) => {
    if (!matchesSegment(schedule.segment, viewer)) return;
    const plan = planReleases(schedule, viewer.timeZone);
    const count = releasedCount(plan, now);
    for (let position = 0; position < count; position++) {
      const nuggetId = schedule.nuggets[position]!;
      if (!known.has(nuggetId)) continue;
      const releasedAt = releaseAt(plan, position)!;
      const candidate = { nuggetId, scheduleId: schedule.id, releasedAt, scheduleOrder, position };
      const previous = released.get(nuggetId);
      if (previous === undefined || compareCandidates(candidate, previous) < 0) released.set(nuggetId, candidate);
    }
    pending.push({ plan, schedule, from: count });
  });

  let nextReleaseAt: number | undefined;
  for (const { plan, schedule, from } of pending) {
    // Releases increase along a schedule, so its first nugget that is still to come is its next.
    for (let position = from; position < plan.count; position++) {
      const nuggetId = schedule.nuggets[position]!;
      if (!known.has(nuggetId) || released.has(nuggetId)) continue;
      const at = releaseAt(plan, position)!;
      if (nextReleaseAt === undefined || at < nextReleaseAt) nextReleaseAt = at;
      break;
    }
  }

  let unread = 0;
  const items = [...released.values()].sort(compareCandidates).map((candidate): FeedItem => {
    const status = statusOf(progress, candidate.nuggetId);
    if (status === 'new') unread++;
    return { nuggetId: candidate.nuggetId, scheduleId: candidate.scheduleId, releasedAt: candidate.releasedAt, status };
  });
  return { items, unread, nextReleaseAt };
}
