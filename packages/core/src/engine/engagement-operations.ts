// Reading engagement (issue 17): a seller's points and badges, loaded on first use. The engagement
// board's read is in engagement-board-operations.ts, with the leaderboards.
import type { Badge } from '../engagement/engagement.schema.js';
import { ActivityKindSchema } from '../engagement/engagement.schema.js';
import type { ActivityEvent } from '../engagement/activity.js';
import { distinctEvents } from '../engagement/activity.js';
import { judgeBadges } from '../engagement/badges.js';
import { localWeek, weekName } from '../engagement/calendar.js';
import { activeWeeks, currentStreak } from '../engagement/streak.js';
import { MindError } from '../errors/mind-error.js';
import type { EngagementQuery, EngagementSummary } from '../api/mindshare-api.js';
import type { EngineContext } from './engine-context.js';
import { requireId } from './engine-input.js';
import { COLLECTIONS } from './engine-schema.js';
import { resolveViewer } from './people.js';
import type { ActivityRecord } from './stored-activity.schema.js';

function objectOrEmpty(query: unknown, what: string): Record<string, unknown> {
  if (query === undefined) return {};
  if (typeof query !== 'object' || query === null)
    throw new MindError('MIND_INVALID_INPUT', `${what} takes an object of options.`);
  return query as Record<string, unknown>;
}

async function recordsOf(context: EngineContext, sellerId: string): Promise<ActivityRecord[]> {
  return context.storage.query<ActivityRecord>(COLLECTIONS.activity, { index: 'bySeller', range: { only: sellerId } });
}

function eventOf(record: ActivityRecord): ActivityEvent {
  return {
    kind: record.kind,
    subjectId: record.subjectId,
    at: record.at,
    points: record.points,
    ...(record.rank === undefined ? {} : { rank: record.rank }),
    ...(record.rankedAt === undefined ? {} : { rankedAt: record.rankedAt }),
  };
}

/** A seller's points and badges (their own; coaches and managers may read anyone's). */
export async function readEngagement(
  context: EngineContext,
  query: EngagementQuery | undefined,
): Promise<EngagementSummary> {
  const options = objectOrEmpty(query, 'engagement()');
  const sellerId = options.sellerId === undefined ? context.viewer.id : requireId(options.sellerId, 'sellerId');
  if (sellerId !== context.viewer.id && context.viewer.role === 'seller') {
    throw new MindError('MIND_FORBIDDEN', "Only coaches and managers may read another seller's engagement.");
  }
  if (!context.sellers.has(sellerId))
    throw new MindError('MIND_NOT_FOUND', `No seller "${sellerId}" in the directory.`);
  // Another seller is judged on their own calendar (the directory's time zone), not the reader's.
  const seller =
    sellerId === context.viewer.id
      ? context.viewer
      : resolveViewer(context.pack, context.host.people, { id: sellerId });
  const events = distinctEvents((await recordsOf(context, sellerId)).map(eventOf));
  const now = context.now();
  const thisWeek = localWeek(now, seller.timeZone);
  const badges: readonly Badge[] = context.pack.engagement?.badges ?? [];
  const standing = judgeBadges({
    badges,
    events,
    // The feed's module has the schedule code: loaded, not bundled here, so the two share no chunk.
    releases: (await import('./feed-operations.js')).releasesTo(context, seller),
    timeZone: seller.timeZone,
    now,
  });
  const byId = new Map(badges.map((badge) => [badge.id, badge]));
  const described = (badgeId: string) => {
    const badge = byId.get(badgeId)!;
    return {
      badgeId,
      title: badge.title,
      ...(badge.description === undefined ? {} : { description: badge.description }),
      rule: badge.rule,
    };
  };
  return {
    sellerId,
    points: events.reduce((sum, event) => sum + event.points, 0),
    weekPoints: events
      .filter((event) => localWeek(event.at, seller.timeZone) === thisWeek)
      .reduce((sum, event) => sum + event.points, 0),
    week: weekName(thisWeek),
    streak: currentStreak(activeWeeks(events, seller.timeZone), now, seller.timeZone),
    activity: ActivityKindSchema.options.map((kind) => {
      const ofKind = events.filter((event) => event.kind === kind);
      return { kind, count: ofKind.length, points: ofKind.reduce((sum, event) => sum + event.points, 0) };
    }),
    earned: standing.earned.map((earned) => ({ ...described(earned.badgeId), earnedAt: earned.earnedAt })),
    next: standing.next.map((next) => ({ ...described(next.badgeId), current: next.current, target: next.target })),
  };
}
