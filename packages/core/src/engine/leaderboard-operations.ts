// Reading a challenge's leaderboard as the viewer may see it: loaded with the boards, on first need.
import { rewardScopeOf } from '../challenge/challenge.schema.js';
import { MindError } from '../errors/mind-error.js';
import { rewardForRank } from '../leaderboard/rewards.js';
import { viewLeaderboard, type LeaderboardRow } from '../leaderboard/leaderboard-view.js';
import {
  LeaderboardEntitySchema,
  LeaderboardScopeSchema,
  type LeaderboardScope,
} from '../leaderboard/leaderboard.schema.js';
import { readEntityLeaderboard } from './entity-leaderboard-operations.js';
import type { LeaderboardQuery, LeaderboardResult } from '../api/mindshare-api.js';
import type { EngineContext } from './engine-context.js';
import { requireId } from './engine-input.js';
import { mayReadChallenge } from './viewer-targeting.js';
import { ranksPerson, scopesOf } from './people.js';
import { isHidden } from './board-visibility.js';
import { boardCode } from './board-code.js';
import { boardCount } from './board-count.js';
import { COLLECTIONS } from './engine-schema.js';
import type { SellerSettings, StoredScore } from './stored-records.schema.js';
import type { Challenge } from '../challenge/challenge.schema.js';
import type { LeaderboardEntry } from '../leaderboard/leaderboard-entry.js';

/** Ranked rows of one challenge's board in the requested scope, as the viewer may see them. */
export async function readLeaderboard(context: EngineContext, query: LeaderboardQuery): Promise<LeaderboardResult> {
  if (typeof query !== 'object' || query === null) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      'leaderboard() takes { challengeId, scope?, limit?, around?, offset?, entity? }.',
    );
  }
  const challengeId = requireId(query.challengeId, 'challengeId');
  const challenge = context.challenges.get(challengeId);
  if (!challenge) throw new MindError('MIND_NOT_FOUND', `No challenge "${challengeId}".`);
  if (!mayReadChallenge(context, challenge)) {
    throw new MindError(
      'MIND_FORBIDDEN',
      `The leaderboard of "${challengeId}" is for the sellers the challenge targets.`,
    );
  }
  const entity = await entityBoardOf(context, challenge, query);
  if (entity !== undefined) return entity;
  const parsedScope = LeaderboardScopeSchema.safeParse(query.scope ?? 'global');
  if (!parsedScope.success) {
    throw new MindError('MIND_INVALID_INPUT', `scope must be one of global, tier, partner, region, team.`, {
      path: ['scope'],
    });
  }
  const scope: LeaderboardScope = parsedScope.data;
  if (!challenge.leaderboard.scopes.includes(scope)) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `The leaderboard of "${challengeId}" offers ${challenge.leaderboard.scopes.join(', ')}, not ${scope}.`,
      {
        path: ['scope'],
      },
    );
  }
  const scopes = scopesOf(context.host.people, context.viewer.id);
  const group = scope === 'global' ? undefined : scopes[scope];
  const boards = await context.host.loadBoards(boardCode);
  // A hidden viewer is on no board: their place is worked out from their stored score.
  const settings = await context.storage.get<SellerSettings>(COLLECTIONS.sellerSettings, context.viewer.id);
  const visible = !isHidden(settings, context.sellers.get(context.viewer.id));
  const hiddenViewer = visible ? undefined : await hiddenEntry(context, challenge);
  // Keyed by the challenge, not the scope: rows of one challenge carry their score and time on
  // every scope anyway, so one code per challenge hides nothing more and keeps a seller
  // recognisable when the viewer switches scope.
  const pseudonymOf = async (sellerId: string) =>
    (await context.host.pseudonyms(boardCode)).code(challengeId, sellerId);
  const view = await viewLeaderboard(
    scope !== 'global' && group === undefined ? undefined : await boards.reader(challengeId, scope, group),
    {
      privacy: challenge.leaderboard.privacy,
      pseudonymOf,
      viewerId: context.viewer.id,
      limit: boardCount(query.limit, 'limit', 10, 500),
      offset: boardCount(query.offset, 'offset', 0, Number.MAX_SAFE_INTEGER),
      around: boardCount(query.around, 'around', 2, 50),
      displayNameOf: (sellerId) => context.sellers.get(sellerId)?.displayName,
      ...(hiddenViewer === undefined ? {} : { hiddenViewer }),
    },
  );
  // Only the board the rewards belong to shows them, and only for scores above the minimum.
  const { rewardsAbove } = challenge.leaderboard;
  const rewards =
    scope === rewardScopeOf(challenge)
      ? challenge.rewards.map((reward) => ({ upToRank: reward.upToRank, reward: reward.label }))
      : [];
  // Rewards follow the ranking others see: a hidden seller wins none (docs/authoring.md).
  const withReward = (row: LeaderboardRow) => {
    const reward = row.score > rewardsAbove && !row.hidden ? rewardForRank(rewards, row.rank) : undefined;
    return reward === undefined ? row : { ...row, reward };
  };
  return {
    ...view,
    rows: view.rows.map(withReward),
    around: view.around.map(withReward),
    me: view.me && withReward(view.me),
    scope,
    scopes: challenge.leaderboard.scopes,
    privacy: challenge.leaderboard.privacy,
    visible,
    ...entitiesOf(challenge),
  };
}

/** The partner and team boards a challenge offers, when it offers any. */
function entitiesOf(challenge: Challenge): Pick<LeaderboardResult, 'entities'> {
  const { entities } = challenge.leaderboard;
  return entities.length === 0 ? {} : { entities: entities.map((board) => board.entity) };
}

/** The partner or team board the query asks for, or `undefined` for the sellers' board. */
async function entityBoardOf(
  context: EngineContext,
  challenge: Challenge,
  query: LeaderboardQuery,
): Promise<LeaderboardResult | undefined> {
  const parsed = LeaderboardEntitySchema.safeParse(query.entity ?? 'seller');
  if (!parsed.success) {
    throw new MindError('MIND_INVALID_INPUT', 'entity must be one of seller, partner, team.', { path: ['entity'] });
  }
  if (parsed.data === 'seller') return undefined;
  const declaration = challenge.leaderboard.entities.find((board) => board.entity === parsed.data);
  if (declaration === undefined) {
    const offered = challenge.leaderboard.entities.map((board) => board.entity);
    throw new MindError(
      'MIND_INVALID_INPUT',
      `The leaderboard of "${challenge.id}" has no ${parsed.data} board (it offers ${['seller', ...offered].join(', ')}); declare it in leaderboard.entities.`,
      { path: ['entity'] },
    );
  }
  const settings = await context.storage.get<SellerSettings>(COLLECTIONS.sellerSettings, context.viewer.id);
  return readEntityLeaderboard(context, query, {
    challenge,
    declaration,
    limit: boardCount(query.limit, 'limit', 10, 500),
    offset: boardCount(query.offset, 'offset', 0, Number.MAX_SAFE_INTEGER),
    around: boardCount(query.around, 'around', 2, 50),
    visible: !isHidden(settings, context.sellers.get(context.viewer.id)),
  });
}

/** The hidden viewer's stored score on this challenge, when the challenge ranks them. */
async function hiddenEntry(context: EngineContext, challenge: Challenge): Promise<LeaderboardEntry | undefined> {
  const id = context.viewer.id;
  const score = await context.storage.get<StoredScore>(COLLECTIONS.scores, [challenge.id, id]);
  if (score === undefined || !ranksPerson(context.host.people, challenge.leaderboard.roles, id, score.role))
    return undefined;
  return { sellerId: id, score: score.score, completedAt: score.completedAt };
}
