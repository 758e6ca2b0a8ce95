// Reading engagement (issue 17): a seller's points and badges, and the engagement board. Loaded
// on first use; the board's code comes with the leaderboards.
import type { Badge } from '../engagement/engagement.schema.js';
import { ActivityKindSchema } from '../engagement/engagement.schema.js';
import type { ActivityEvent } from '../engagement/activity.js';
import { distinctEvents } from '../engagement/activity.js';
import { judgeBadges } from '../engagement/badges.js';
import { localWeek, weekName } from '../engagement/calendar.js';
import { activeWeeks, currentStreak } from '../engagement/streak.js';
import { MindError } from '../errors/mind-error.js';
import { viewLeaderboard } from '../leaderboard/leaderboard-view.js';
import { LeaderboardScopeSchema, type LeaderboardScope } from '../leaderboard/leaderboard.schema.js';
import type { LeaderboardEntry } from '../leaderboard/leaderboard-entry.js';
import { computeFeed } from '../schedule/feed.js';
import type {
  EngagementBoardQuery,
  EngagementQuery,
  EngagementSummary,
  LeaderboardResult,
  Viewer,
} from '../api/mindshare-api.js';
import { isHidden } from './board-visibility.js';
import type { EngineContext } from './engine-context.js';
import { requireId } from './engine-input.js';
import { COLLECTIONS } from './engine-schema.js';
import { ranksPerson, resolveViewer, scopesOf } from './people.js';
import type { ActivityRecord } from './stored-activity.schema.js';
import type { SellerSettings } from './stored-records.schema.js';

/** The pseudonyms of the engagement board: one code per seller, unrelated to their codes on challenges' boards. */
const PSEUDONYM_KEY = '|engagement';

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

/** The nuggets released to a seller so far, for the month-read badge. */
function releasesOf(context: EngineContext, seller: Viewer) {
  const feed = computeFeed({
    schedules: context.pack.schedules,
    nuggets: context.nuggets,
    viewer: {
      sellerId: seller.id,
      tierId: seller.tierId,
      partnerId: seller.partnerId,
      role: seller.role,
      locale: seller.locale,
      timeZone: seller.timeZone,
      ...(seller.region === undefined ? {} : { region: seller.region }),
      ...(seller.team === undefined ? {} : { team: seller.team }),
    },
    progress: { seen: {}, answered: {} },
    now: context.now(),
  });
  return feed.items.map((item) => ({ nuggetId: item.nuggetId, releasedAt: item.releasedAt }));
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
    releases: releasesOf(context, seller),
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

function count(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `${name} must be a whole number from 0 to ${max}, got ${String(value)}.`,
      {
        path: [name],
      },
    );
  }
  return value;
}

/**
 * The engagement board as the viewer may see it: this week (on the viewer's calendar) or all
 * time, in a scope the pack offers, with its privacy mode; hidden sellers are off it like on
 * challenges' boards, and a hidden viewer sees their own row marked `hidden`.
 */
export async function readEngagementBoard(
  context: EngineContext,
  query: EngagementBoardQuery | undefined,
): Promise<LeaderboardResult> {
  const options = objectOrEmpty(query, 'engagementBoard()');
  const period = options.period ?? 'week';
  if (period !== 'week' && period !== 'all') {
    throw new MindError('MIND_INVALID_INPUT', `period must be "week" or "all", got ${JSON.stringify(period)}.`, {
      path: ['period'],
    });
  }
  const board = context.pack.engagement?.board ?? { privacy: 'pseudonym' as const, scopes: ['global' as const] };
  const parsedScope = LeaderboardScopeSchema.safeParse(options.scope ?? 'global');
  if (!parsedScope.success || !board.scopes.includes(parsedScope.data)) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `The engagement board offers ${board.scopes.join(', ')}, not ${String(options.scope)}.`,
      {
        path: ['scope'],
      },
    );
  }
  const scope: LeaderboardScope = parsedScope.data;
  const limit = count(options.limit, 'limit', 10, 500);
  const offset = count(options.offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
  const around = count(options.around, 'around', 2, 50);
  const week = localWeek(context.now(), context.viewer.timeZone);
  const boards = await context.host.loadEngagement();
  const group = scope === 'global' ? undefined : scopesOf(context.host.people, context.viewer.id)[scope];
  const settings = await context.storage.get<SellerSettings>(COLLECTIONS.sellerSettings, context.viewer.id);
  const visible = !isHidden(settings, context.sellers.get(context.viewer.id));
  const hiddenViewer = visible ? undefined : await ownEntry(context, period === 'all' ? undefined : week);
  const view = await viewLeaderboard(
    scope !== 'global' && group === undefined
      ? undefined
      : await boards.reader(period === 'all' ? 'all' : week, scope, group),
    {
      privacy: board.privacy,
      pseudonymOf: async (sellerId) => (await context.host.pseudonyms()).code(PSEUDONYM_KEY, sellerId),
      viewerId: context.viewer.id,
      limit,
      offset,
      around,
      displayNameOf: (sellerId) => context.sellers.get(sellerId)?.displayName,
      ...(hiddenViewer === undefined ? {} : { hiddenViewer }),
    },
  );
  return { ...view, scope, scopes: board.scopes, privacy: board.privacy, visible };
}

/** The hidden viewer's own points for the period, when the board ranks them. */
async function ownEntry(context: EngineContext, week: number | undefined): Promise<LeaderboardEntry | undefined> {
  const id = context.viewer.id;
  if (!ranksPerson(context.host.people, ['seller'], id)) return undefined;
  const records = (await recordsOf(context, id)).filter((record) => week === undefined || record.week === week);
  if (records.length === 0) return undefined;
  return {
    sellerId: id,
    score: records.reduce((sum, record) => sum + record.points, 0),
    completedAt: Math.max(...records.map((record) => record.at)),
  };
}
