import type { LeaderboardScope } from './leaderboard.schema.js';

/** The groups a seller belongs to; a missing key means "on no board of that scope". */
export interface LeaderboardScopes {
  readonly tier?: string;
  readonly partner?: string;
  readonly region?: string;
  readonly team?: string;
}

/** The scopes other than `global`, each a board per group. */
export const GROUP_SCOPES = ['tier', 'partner', 'region', 'team'] as const;

/**
 * The name of one board in a leaderboard store: `<challengeId>|global` or
 * `<challengeId>|<scope>|<group>`. Challenge ids cannot hold `|` (see `IdSchema`) and the group
 * (a free-text region or team) is URI-encoded, so two boards never share a name.
 */
export function boardName(challengeId: string, scope: LeaderboardScope, group?: string): string {
  return scope === 'global' || group === undefined
    ? `${challengeId}|global`
    : `${challengeId}|${scope}|${encodeURIComponent(group)}`;
}

/** Every board a seller with `scopes` is ranked on for one challenge: the global one first. */
export function boardsOf(challengeId: string, scopes: LeaderboardScopes): string[] {
  const names = [boardName(challengeId, 'global')];
  for (const scope of GROUP_SCOPES) {
    const group = scopes[scope];
    if (group !== undefined) names.push(boardName(challengeId, scope, group));
  }
  return names;
}

/** Whether two sellers' (or one seller's old and new) groups are the same. */
export function sameScopes(a: LeaderboardScopes, b: LeaderboardScopes): boolean {
  return a.tier === b.tier && a.partner === b.partner && a.region === b.region && a.team === b.team;
}
