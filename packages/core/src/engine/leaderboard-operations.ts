// The leaderboard indexes and their reads, loaded by the engine on first need (a leaderboard read
// or a finished attempt) rather than with it: see `loadBoards` in create-mindshare.ts.
import type { LocalizedText } from '../content/localized-text.schema.js';
import { MindError } from '../errors/mind-error.js';
import {
  createLeaderboardIndex,
  type LeaderboardIndex,
  type LeaderboardScopes,
} from '../leaderboard/leaderboard-index.js';
import { viewLeaderboard, type LeaderboardRow } from '../leaderboard/leaderboard-view.js';
import { LeaderboardScopeSchema, type LeaderboardScope } from '../leaderboard/leaderboard.schema.js';
import type { LeaderboardQuery, LeaderboardResult } from '../api/mindshare-api.js';
import type { EngineContext } from './engine-context.js';
import { requireId } from './engine-input.js';
import { mayReadChallenge } from './viewer-targeting.js';
import { COLLECTIONS } from './engine-schema.js';
import { viewerScopes, type StoredScore } from './score-records.js';

/** Rebuilds every challenge's leaderboard index from the stored counted scores (on first need, and when another tab wrote scores). */
export async function rebuildBoards(context: EngineContext): Promise<void> {
  let version: number;
  let scores: StoredScore[];
  // A local score written while the read was in flight would be lost by replacing the boards with
  // the older read: read again until no local update happened meanwhile.
  do {
    version = context.boardVersion;
    scores = await context.storage.query<StoredScore>(COLLECTIONS.scores);
  } while (version !== context.boardVersion);
  const rows = new Map<string, { entry: StoredScore; scopes: LeaderboardScopes }[]>();
  for (const challengeId of context.challenges.keys()) rows.set(challengeId, []);
  for (const score of scores) {
    rows.get(score.challengeId)?.push({ entry: score, scopes: viewerScopes(context, score.sellerId) });
  }
  context.boards.clear();
  for (const [challengeId, entries] of rows) {
    const index: LeaderboardIndex = createLeaderboardIndex(
      entries.map(({ entry, scopes }) => ({
        entry: { sellerId: entry.sellerId, score: entry.score, completedAt: entry.completedAt },
        scopes,
      })),
    );
    context.boards.set(challengeId, index);
  }
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

/** The reward a rank earns on a challenge: the smallest `upToRank` at or above it. */
function rewardFor(
  rewards: readonly { upToRank: number; label: LocalizedText }[],
  rank: number,
): LocalizedText | undefined {
  return [...rewards].sort((a, b) => a.upToRank - b.upToRank).find((reward) => rank <= reward.upToRank)?.label;
}

/** Ranked rows of one challenge's board in the requested scope, as the viewer may see them. */
export function readLeaderboard(context: EngineContext, query: LeaderboardQuery): LeaderboardResult {
  if (typeof query !== 'object' || query === null) {
    throw new MindError('MIND_INVALID_INPUT', 'leaderboard() takes { challengeId, scope?, limit?, around?, offset? }.');
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
  const scopes = viewerScopes(context, context.viewer.id);
  const scopeKey = scope === 'global' ? undefined : scopes[scope];
  const board =
    scope !== 'global' && scopeKey === undefined
      ? undefined
      : context.boards.get(challengeId)?.board(scopeKey === undefined ? { scope } : { scope, scopeKey });
  const view = viewLeaderboard(board, {
    privacy: challenge.leaderboard.privacy,
    salt: challenge.id,
    viewerId: context.viewer.id,
    limit: count(query.limit, 'limit', 10, 500),
    offset: count(query.offset, 'offset', 0, Number.MAX_SAFE_INTEGER),
    around: count(query.around, 'around', 2, 50),
    displayNameOf: (sellerId) => context.sellers.get(sellerId)?.displayName,
    isOptedOut: (sellerId) => context.sellers.get(sellerId)?.privacy === 'opted-out',
  });
  const withReward = (row: LeaderboardRow) => {
    const reward = rewardFor(challenge.rewards, row.rank);
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
  };
}
