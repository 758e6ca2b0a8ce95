import { MindError } from '../errors/mind-error.js';
import { assertCount } from './assert-count.js';
import { assertLeaderboardEntry, compareEntries } from './leaderboard-entry.js';
import type { LeaderboardEntry, RankedEntry } from './leaderboard-entry.js';
import type { LeaderboardScope } from './leaderboard.schema.js';
import { Ranking } from './ranking.js';
import type { RankingOptions } from './ranking.js';

/** The groups a seller belongs to; a missing key means "on no board of that scope". */
export interface LeaderboardScopes {
  readonly tier?: string;
  readonly partner?: string;
  readonly region?: string;
  readonly team?: string;
}

/** A seller's row and groups, as given to {@link createLeaderboardIndex}. */
export interface LeaderboardIndexRow {
  readonly entry: LeaderboardEntry;
  readonly scopes?: LeaderboardScopes;
}

/** The read side of a {@link Ranking}: what callers of the index may do with a board. */
export type ReadonlyRanking = Pick<
  Ranking,
  | 'size'
  | 'get'
  | 'has'
  | 'rank'
  | 'rankOfScore'
  | 'positionOf'
  | 'at'
  | 'top'
  | 'around'
  | 'slice'
  | 'entries'
  | 'entriesBackward'
>;

/** Which board to read: the global one, or one group's (`scopeKey` = the tier, partner, region or team id). */
export interface LeaderboardBoardRef {
  readonly scope: LeaderboardScope;
  /** Required unless `scope` is `global`. */
  readonly scopeKey?: string;
}

/** A query over one board of a {@link LeaderboardIndex}. */
export interface LeaderboardIndexQuery extends LeaderboardBoardRef {
  /** How many rows from the top (from `offset`). */
  readonly limit: number;
  /** First row of the top list, 0-based, for paging (default 0). */
  readonly offset?: number;
  /** Rows on each side of the viewer (default 0: the viewer's row alone). */
  readonly around?: number;
  /** Whose neighbourhood and own row to return. */
  readonly viewerId?: string;
}

/**
 * Raw ranked rows of one board (no privacy applied: see `viewLeaderboard` for what a viewer may see).
 * `around` is the viewer's row with up to `around` rows either side and may overlap `rows`.
 */
export interface LeaderboardIndexResult {
  readonly rows: readonly RankedEntry[];
  readonly around: readonly RankedEntry[];
  readonly me: RankedEntry | undefined;
  /** Sellers on this board. */
  readonly total: number;
}

/**
 * Every leaderboard of one challenge at once: the global board plus one board per tier, partner,
 * region and team, all kept up to date on each upsert, so a scoped query never re-sorts anything.
 */
export interface LeaderboardIndex {
  /** Sellers on the global board. */
  readonly size: number;
  /**
   * Adds or updates a seller on the global board and on the board of each of their groups. When
   * `scopes` is given it replaces the seller's groups (a seller who changed team is moved from the
   * old team's board to the new one); when omitted the seller keeps their current groups.
   * O(log n) per board: five boards at most.
   * @throws MindError `MIND_INVALID_INPUT` for a malformed entry or an empty scope key.
   */
  upsert(entry: LeaderboardEntry, scopes?: LeaderboardScopes): void;
  /** Removes a seller from every board. @returns whether they were on the index. */
  remove(sellerId: string): boolean;
  /** The seller's groups, or `undefined` when they are not on the index. */
  scopesOf(sellerId: string): LeaderboardScopes | undefined;
  /** One board, or `undefined` when no seller is in that group (an empty board). */
  board(ref: LeaderboardBoardRef): ReadonlyRanking | undefined;
  /** The keys of the non-empty boards of a scope (e.g. every team with someone ranked). */
  scopeKeys(scope: Exclude<LeaderboardScope, 'global'>): string[];
  /**
   * Top rows, the viewer's neighbourhood and own row on one board. O(log n + limit + around).
   * An unknown `scopeKey` is an empty board, not an error: a team may simply have no score yet.
   * @throws MindError `MIND_INVALID_INPUT` for an unknown scope, a missing scopeKey, or a
   * negative or fractional limit, offset or around.
   */
  query(query: LeaderboardIndexQuery): LeaderboardIndexResult;
}

/** Options of {@link createLeaderboardIndex}. */
export interface LeaderboardIndexOptions {
  /** Passed to every board; see {@link RankingOptions}. */
  readonly ranking?: RankingOptions;
}

const GROUP_SCOPES = ['tier', 'partner', 'region', 'team'] as const;
type GroupScope = (typeof GROUP_SCOPES)[number];

/**
 * Creates a {@link LeaderboardIndex}, bulk-loaded from `rows` in O(n log n).
 * @throws MindError `MIND_INVALID_INPUT` for a malformed row or a sellerId given twice.
 *
 * @example
 * ```ts
 * const index = createLeaderboardIndex();
 * index.upsert({ sellerId: 'ana', score: 80, completedAt: Date.now() }, { partner: 'acme', team: 'north' });
 * index.query({ scope: 'partner', scopeKey: 'acme', limit: 10, around: 2, viewerId: 'ana' });
 * ```
 */
export function createLeaderboardIndex(
  rows: Iterable<LeaderboardIndexRow> = [],
  options: LeaderboardIndexOptions = {},
): LeaderboardIndex {
  const rankingOptions = options.ranking ?? {};
  const scopesBySeller = new Map<string, LeaderboardScopes>();
  const groups = new Map<GroupScope, Map<string, Ranking>>(GROUP_SCOPES.map((scope) => [scope, new Map()]));

  // Bulk load: validate once, sort once, then hand each board its rows already in order (the
  // sort inside Ranking.from is then a linear pass). Boards copy the numbers they keep.
  const seeds: { entry: LeaderboardEntry; scopes: LeaderboardScopes }[] = [];
  let index = 0;
  for (const row of rows) {
    assertLeaderboardEntry(row.entry, [index, 'entry']);
    const scopes = copyScopes(row.scopes ?? {}, [index, 'scopes']);
    if (scopesBySeller.has(row.entry.sellerId)) {
      throw new MindError(
        'MIND_INVALID_INPUT',
        `Seller "${row.entry.sellerId}" appears twice; give one row per seller.`,
        {
          path: [index, 'entry', 'sellerId'],
        },
      );
    }
    scopesBySeller.set(row.entry.sellerId, scopes);
    seeds.push({ entry: row.entry, scopes });
    index++;
  }
  seeds.sort((a, b) => compareEntries(a.entry, b.entry));
  const groupRows = new Map<GroupScope, Map<string, LeaderboardEntry[]>>(GROUP_SCOPES.map((s) => [s, new Map()]));
  for (const { entry, scopes } of seeds) {
    for (const scope of GROUP_SCOPES) {
      const key = scopes[scope];
      if (key === undefined) continue;
      const byKey = groupRows.get(scope)!;
      let list = byKey.get(key);
      if (list === undefined) byKey.set(key, (list = []));
      list.push(entry);
    }
  }
  const global = Ranking.from(
    seeds.map((seed) => seed.entry),
    rankingOptions,
  );
  seeds.length = 0;
  for (const scope of GROUP_SCOPES) {
    for (const [key, list] of groupRows.get(scope)!) groups.get(scope)!.set(key, Ranking.from(list, rankingOptions));
  }

  // Each seller's group boards, filled lazily on their first score update (not at build time,
  // where it would cost four map lookups per seller up front).
  const boardsBySeller = new Map<string, Ranking[]>();
  const boardsOf = (scopes: LeaderboardScopes): Ranking[] => {
    const boards: Ranking[] = [];
    for (const scope of GROUP_SCOPES) {
      const key = scopes[scope];
      const board = key === undefined ? undefined : groups.get(scope)!.get(key);
      if (board !== undefined) boards.push(board);
    }
    return boards;
  };

  const boardOf = (ref: LeaderboardBoardRef): Ranking | undefined => {
    if (ref.scope === 'global') return global;
    if (!(GROUP_SCOPES as readonly string[]).includes(ref.scope)) {
      throw new MindError(
        'MIND_INVALID_INPUT',
        `Unknown leaderboard scope "${String(ref.scope)}"; use global, tier, partner, region or team.`,
        { path: ['scope'] },
      );
    }
    if (typeof ref.scopeKey !== 'string' || ref.scopeKey.length === 0) {
      throw new MindError(
        'MIND_INVALID_INPUT',
        `A "${ref.scope}" leaderboard needs a scopeKey (the ${ref.scope} id).`,
        {
          path: ['scopeKey'],
        },
      );
    }
    return groups.get(ref.scope)!.get(ref.scopeKey);
  };

  return {
    get size() {
      return global.size;
    },

    upsert(input, scopes) {
      assertLeaderboardEntry(input);
      const sellerId = input.sellerId;
      const previous = scopesBySeller.get(sellerId);
      if (previous !== undefined && (scopes === undefined || sameScopes(previous, scopes))) {
        // The common case, a new score in the same groups: straight to the seller's boards.
        let boards = boardsBySeller.get(sellerId);
        if (boards === undefined) boardsBySeller.set(sellerId, (boards = boardsOf(previous)));
        global.upsert(input);
        for (const board of boards) board.upsert(input);
        return;
      }
      const next = scopes === undefined ? {} : copyScopes(scopes, ['scopes']);
      global.upsert(input);
      for (const scope of GROUP_SCOPES) {
        const before = previous?.[scope];
        const after = next[scope];
        const byKey = groups.get(scope)!;
        if (before !== undefined && before !== after) {
          const board = byKey.get(before);
          if (board !== undefined) {
            board.remove(sellerId);
            // Empty boards are dropped so groups that emptied out do not pile up.
            if (board.size === 0) byKey.delete(before);
          }
        }
        if (after !== undefined) {
          let board = byKey.get(after);
          if (board === undefined) byKey.set(after, (board = new Ranking(rankingOptions)));
          board.upsert(input);
        }
      }
      scopesBySeller.set(sellerId, next);
      boardsBySeller.set(sellerId, boardsOf(next));
    },

    remove(sellerId) {
      const scopes = scopesBySeller.get(sellerId);
      if (scopes === undefined) return false;
      scopesBySeller.delete(sellerId);
      boardsBySeller.delete(sellerId);
      global.remove(sellerId);
      for (const scope of GROUP_SCOPES) {
        const key = scopes[scope];
        if (key === undefined) continue;
        const byKey = groups.get(scope)!;
        const board = byKey.get(key);
        if (board === undefined) continue;
        board.remove(sellerId);
        if (board.size === 0) byKey.delete(key);
      }
      return true;
    },

    scopesOf(sellerId) {
      return scopesBySeller.get(sellerId);
    },

    board(ref) {
      return boardOf(ref);
    },

    scopeKeys(scope) {
      const byKey = groups.get(scope);
      if (byKey === undefined) {
        throw new MindError(
          'MIND_INVALID_INPUT',
          `Unknown group scope "${String(scope)}"; use tier, partner, region or team.`,
          {
            path: ['scope'],
          },
        );
      }
      return [...byKey.keys()];
    },

    query(query) {
      const limit = assertCount(query.limit, 'limit');
      const offset = assertCount(query.offset ?? 0, 'offset');
      const radius = assertCount(query.around ?? 0, 'around');
      const board = boardOf(query);
      if (board === undefined) return { rows: [], around: [], me: undefined, total: 0 };
      const viewerId = query.viewerId;
      const position = viewerId === undefined ? undefined : board.positionOf(viewerId);
      let around: RankedEntry[] = [];
      let me: RankedEntry | undefined;
      if (position !== undefined) {
        const start = Math.max(0, position - radius);
        around = board.slice(start, position + radius + 1 - start);
        me = around[position - start];
      }
      return { rows: board.slice(offset, limit), around, me, total: board.size };
    },
  };
}

function sameScopes(stored: LeaderboardScopes, given: LeaderboardScopes): boolean {
  return (
    typeof given === 'object' &&
    given !== null &&
    given.tier === stored.tier &&
    given.partner === stored.partner &&
    given.region === stored.region &&
    given.team === stored.team
  );
}

function copyScopes(scopes: LeaderboardScopes, path: readonly (string | number)[]): LeaderboardScopes {
  if (typeof scopes !== 'object' || scopes === null) {
    throw new MindError('MIND_INVALID_INPUT', 'scopes must be an object { tier?, partner?, region?, team? }.', {
      path,
    });
  }
  const copy: { -readonly [K in GroupScope]?: string } = {};
  for (const scope of GROUP_SCOPES) {
    const key: unknown = scopes[scope];
    if (key === undefined) continue;
    if (typeof key !== 'string' || key.length === 0) {
      throw new MindError('MIND_INVALID_INPUT', `scopes.${scope} must be a non-empty string or absent.`, {
        path: [...path, scope],
      });
    }
    copy[scope] = key;
  }
  return copy;
}
