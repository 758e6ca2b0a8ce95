// Reading the engagement board as the viewer may see it (issue 17): loaded with the boards, whose
// privacy rules it shares, on first need.
import { MindError } from '../errors/mind-error.js';
import { localWeek } from '../engagement/calendar.js';
import { viewLeaderboard } from '../leaderboard/leaderboard-view.js';
import { LeaderboardScopeSchema, type LeaderboardScope } from '../leaderboard/leaderboard.schema.js';
import type { LeaderboardEntry } from '../leaderboard/leaderboard-entry.js';
import type { EngagementBoardQuery, LeaderboardResult } from '../api/mindshare-api.js';
import { isHidden } from './board-visibility.js';
import type { EngineContext } from './engine-context.js';
import { boardCode } from './board-code.js';
import { boardCount } from './board-count.js';
import { COLLECTIONS } from './engine-schema.js';
import { ranksPerson, scopesOf } from './people.js';
import type { ActivityRecord } from './stored-activity.schema.js';
import type { SellerSettings } from './stored-records.schema.js';

/** The pseudonyms of the engagement board: one code per seller, unrelated to their codes on challenges' boards. */
const PSEUDONYM_KEY = '|engagement';

/**
 * The engagement board as the viewer may see it: this week (on the viewer's calendar) or all
 * time, in a scope the pack offers, with its privacy mode; hidden sellers are off it like on
 * challenges' boards, and a hidden viewer sees their own row marked `hidden`.
 */
export async function readEngagementBoard(
  context: EngineContext,
  query: EngagementBoardQuery | undefined,
): Promise<LeaderboardResult> {
  if (query !== undefined && (typeof query !== 'object' || query === null)) {
    throw new MindError('MIND_INVALID_INPUT', 'engagementBoard() takes an object of options.');
  }
  const options: Record<string, unknown> = { ...query };
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
  const limit = boardCount(options.limit, 'limit', 10, 500);
  const offset = boardCount(options.offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
  const around = boardCount(options.around, 'around', 2, 50);
  const week = localWeek(context.now(), context.viewer.timeZone);
  const boards = await context.host.loadEngagement(boardCode);
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
      pseudonymOf: async (sellerId) => (await context.host.pseudonyms(boardCode)).code(PSEUDONYM_KEY, sellerId),
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
  const records = (
    await context.storage.query<ActivityRecord>(COLLECTIONS.activity, { index: 'bySeller', range: { only: id } })
  ).filter((record) => week === undefined || record.week === week);
  if (records.length === 0) return undefined;
  return {
    sellerId: id,
    score: records.reduce((sum, record) => sum + record.points, 0),
    completedAt: Math.max(...records.map((record) => record.at)),
  };
}
