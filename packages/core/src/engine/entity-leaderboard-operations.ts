// Reading a challenge's partner or team board as the viewer may see it (see entity-boards.ts).
import type { Challenge, EntityBoard } from '../challenge/challenge.schema.js';
import { MindError } from '../errors/mind-error.js';
import type { EntityStanding } from '../leaderboard/entity-ranking.js';
import { viewLeaderboard, type BoardReader, type LeaderboardRow } from '../leaderboard/leaderboard-view.js';
import { rewardForRank } from '../leaderboard/rewards.js';
import type { LeaderboardQuery, LeaderboardResult, LeaderboardResultRow } from '../api/mindshare-api.js';
import { boardCode } from './board-code.js';
import type { EngineContext } from './engine-context.js';

/** What {@link readEntityLeaderboard} needs beyond the query: what the seller board's read already checked. */
export interface EntityRead {
  readonly challenge: Challenge;
  readonly declaration: EntityBoard;
  readonly limit: number;
  readonly offset: number;
  readonly around: number;
  /** Whether others see the viewer on the seller boards (returned as is). */
  readonly visible: boolean;
}

/**
 * The partner or team board of a challenge, as the viewer may see it: the same paging, "around
 * me" and `self-only` rules as a seller board (`viewLeaderboard`), over groups instead of
 * sellers. Rows name partners and teams, never a seller; the viewer's own partner or team is
 * `isViewer`. Rewards go to rows ranked within the declaration's `rewards`, above its
 * `rewardsAbove`, and never to an `incomplete` row: a partner of one seller who took part must
 * not take the prize from partners whose k best all did.
 */
export async function readEntityLeaderboard(
  context: EngineContext,
  query: LeaderboardQuery,
  read: EntityRead,
): Promise<LeaderboardResult> {
  const { challenge, declaration } = read;
  if (query.scope !== undefined && query.scope !== 'global') {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `The ${declaration.entity} board of "${challenge.id}" ranks every ${declaration.entity}: leave scope out or set it to global.`,
      { path: ['scope'] },
    );
  }
  const board = await (await context.host.entityBoards(boardCode)).read(challenge, declaration);
  const byId = new Map(board.standings.map((standing) => [standing.id, standing]));
  const { viewer } = context;
  const mine = declaration.entity === 'partner' ? viewer.partnerId : viewer.team;
  const nameOf = (id: string) => (declaration.entity === 'partner' ? (context.partners.get(id)?.name ?? id) : id);
  const view = await viewLeaderboard(standingsReader(board.standings), {
    // Partners and teams are not people: named in every mode but `self-only`, which shows the viewer's own alone.
    privacy: challenge.leaderboard.privacy === 'self-only' ? 'self-only' : 'full-name',
    pseudonymOf: async (id) => id,
    ...(mine === undefined ? {} : { viewerId: mine }),
    limit: read.limit,
    offset: read.offset,
    around: read.around,
    displayNameOf: nameOf,
  });
  const rewards = declaration.rewards.map((reward) => ({ upToRank: reward.upToRank, reward: reward.label }));
  const present = (row: LeaderboardRow): LeaderboardResultRow => {
    // Every row here has its entity id: `viewLeaderboard` sets it in `full-name` mode and on the viewer's row.
    const standing = byId.get(row.sellerId!)!;
    const reward =
      !standing.incomplete && standing.score > declaration.rewardsAbove ? rewardForRank(rewards, row.rank) : undefined;
    return {
      rank: row.rank,
      displayName: row.displayName,
      score: row.score,
      completedAt: row.completedAt,
      isViewer: row.isViewer,
      entityId: standing.id,
      participants: standing.participants,
      eligible: standing.eligible,
      incomplete: standing.incomplete,
      ...(reward === undefined ? {} : { reward }),
    };
  };
  return {
    rows: view.rows.map(present),
    around: view.around.map(present),
    gap: view.gap,
    me: view.me && present(view.me),
    total: view.total,
    visible: read.visible,
    scope: 'global',
    scopes: challenge.leaderboard.scopes,
    privacy: challenge.leaderboard.privacy,
    entity: declaration.entity,
    aggregate: declaration.aggregate,
    k: declaration.k,
    entities: challenge.leaderboard.entities.map((entity) => entity.entity),
  };
}

/** The standings of one board as the `BoardReader` `viewLeaderboard` reads, entity ids as seller ids. */
function standingsReader(standings: readonly EntityStanding[]): BoardReader {
  const ranked = (standing: EntityStanding) => ({
    sellerId: standing.id,
    score: standing.score,
    completedAt: standing.completedAt,
    rank: standing.rank,
    position: standing.position,
  });
  return {
    count: async () => standings.length,
    page: async (offset, limit) => standings.slice(offset, offset + limit).map(ranked),
    around: async (id, radius) => {
      const at = standings.findIndex((standing) => standing.id === id);
      return at === -1 ? [] : standings.slice(Math.max(0, at - radius), at + radius + 1).map(ranked);
    },
  };
}
