import { MindError } from '../errors/mind-error.js';
import { assertCount } from './assert-count.js';
import type { RankedEntry } from './leaderboard-entry.js';
import type { ReadonlyRanking } from './leaderboard-index.js';
import type { LeaderboardPrivacy } from './leaderboard.schema.js';
import { initialsOf } from './initials.js';
import { defaultPseudonymLabel, pseudonymCode } from './pseudonym.js';

/** One row as a viewer sees it. */
export interface LeaderboardRow {
  /** Competition rank over everyone on the board, opted-out sellers included (1, 2, 2, 4). */
  readonly rank: number;
  /** Only on the viewer's own row and in `full-name` mode. */
  readonly sellerId?: string;
  /** The name, initials or pseudonym the board's privacy mode allows. */
  readonly displayName: string;
  readonly score: number;
  readonly completedAt: number;
  readonly isViewer: boolean;
}

/** What a viewer sees of one board. */
export interface LeaderboardView {
  /** The top of the board (from `offset`), `limit` rows the viewer may see. */
  readonly rows: readonly LeaderboardRow[];
  /**
   * The viewer's row and up to `around` visible rows either side, minus rows already in `rows`:
   * a UI renders `rows`, then `around`. Empty when the viewer is not on the board. (When `offset`
   * pages past the viewer, the neighbourhood lies above the page instead: compare `rank`.)
   */
  readonly around: readonly LeaderboardRow[];
  /** Whether visible rows lie between `rows` and `around` (render a "…" between them). */
  readonly gap: boolean;
  /** The viewer's own row (also when they opted out), or `undefined` when they are not ranked. */
  readonly me: LeaderboardRow | undefined;
  /** Sellers on the board, opted-out ones included, so "12th of 40" stays true. */
  readonly total: number;
}

/** Options of {@link viewLeaderboard}. */
export interface LeaderboardViewOptions {
  /** The board's privacy mode. */
  readonly privacy: LeaderboardPrivacy;
  /** Per-board salt of pseudonyms, so a seller's pseudonym differs from board to board. */
  readonly salt: string;
  /** Who is looking; omitted for an anonymous view (no `me`, no `around`). */
  readonly viewerId?: string;
  /** Rows from the top. */
  readonly limit: number;
  /** Visible rows to skip before `rows`, for paging (default 0). */
  readonly offset?: number;
  /** Rows on each side of the viewer (default 0: the viewer's row alone). */
  readonly around?: number;
  /** The seller's display name from the directory; `undefined` falls back to the pseudonym. */
  readonly displayNameOf: (sellerId: string) => string | undefined;
  /** Whether the seller opted out of being shown to others (default: nobody did). */
  readonly isOptedOut?: (sellerId: string) => boolean;
  /** Turns a pseudonym code into a label (default "Seller 4F2A9C"); pass a translated one. */
  readonly pseudonymLabel?: (code: string) => string;
}

const PRIVACY_MODES: ReadonlySet<string> = new Set<LeaderboardPrivacy>([
  'full-name',
  'initials',
  'pseudonym',
  'self-only',
]);

const EMPTY_VIEW: LeaderboardView = Object.freeze({ rows: [], around: [], gap: false, me: undefined, total: 0 });

/**
 * The rows a viewer may see of one board.
 *
 * Privacy rules, chosen so ranks stay honest while rows stay private:
 * - Opted-out sellers are still counted, so every rank and `total` is the same for every viewer;
 *   their rows are left out for everyone but themselves (the ranks around them skip a number).
 *   An opted-out viewer still sees their own row and rank.
 * - `rows`, `around` and `offset` count only rows the viewer may see, so a page is full even when
 *   some sellers above opted out.
 * - Others' rows carry their sellerId only in `full-name` mode; `initials` and `pseudonym` show
 *   "M. D." or "Seller 4F2A9C" (a seller without a directory name is shown by pseudonym in every
 *   mode rather than by id). The viewer's own row always has their sellerId and full name.
 * - `self-only`: only the viewer's row is visible; `rows` holds it when the page starts at the
 *   top, `me` always, and `total` still counts everyone.
 *
 * Cost: O(log n + offset + limit + around) when no one opted out; each opted-out seller walked
 * past adds one step.
 *
 * @throws MindError `MIND_INVALID_INPUT` for an unknown privacy mode or a negative or fractional
 * limit, offset or around.
 */
export function viewLeaderboard(board: ReadonlyRanking | undefined, options: LeaderboardViewOptions): LeaderboardView {
  if (!PRIVACY_MODES.has(options.privacy)) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `Unknown privacy mode "${String(options.privacy)}"; use full-name, initials, pseudonym or self-only.`,
      { path: ['privacy'] },
    );
  }
  const limit = assertCount(options.limit, 'limit');
  const offset = assertCount(options.offset ?? 0, 'offset');
  const radius = assertCount(options.around ?? 0, 'around');
  if (board === undefined || board.size === 0) return EMPTY_VIEW;

  const { privacy, viewerId, isOptedOut } = options;
  const label = options.pseudonymLabel ?? defaultPseudonymLabel;
  const rowCache = new Map<string, LeaderboardRow>();
  const toRow = (entry: RankedEntry): LeaderboardRow => {
    let row = rowCache.get(entry.sellerId);
    if (row === undefined) {
      row = presentRow(entry, entry.sellerId === viewerId, privacy, options.salt, options.displayNameOf, label);
      rowCache.set(entry.sellerId, row);
    }
    return row;
  };

  const viewerPosition = viewerId === undefined ? undefined : board.positionOf(viewerId);
  const meEntry = viewerPosition === undefined ? undefined : board.at(viewerPosition);
  const me = meEntry === undefined ? undefined : toRow(meEntry);

  if (privacy === 'self-only') {
    const rows = me !== undefined && offset === 0 && limit > 0 ? [me] : [];
    const around = me !== undefined && rows.length === 0 ? [me] : [];
    return { rows, around, gap: false, me, total: board.size };
  }

  const visible = (sellerId: string): boolean =>
    sellerId === viewerId || isOptedOut === undefined || !isOptedOut(sellerId);

  const topEntries: RankedEntry[] = [];
  if (limit > 0) {
    // Without opt-outs visible order is board order, so the page can be jumped to directly.
    let skip = isOptedOut === undefined ? 0 : offset;
    for (const entry of board.entries(isOptedOut === undefined ? offset : 0)) {
      if (!visible(entry.sellerId)) continue;
      if (skip > 0) {
        skip--;
        continue;
      }
      topEntries.push(entry);
      if (topEntries.length >= limit) break;
    }
  }
  const rows = topEntries.map(toRow);

  if (meEntry === undefined || viewerPosition === undefined)
    return { rows, around: [], gap: false, me, total: board.size };

  // One extra visible row each way tells whether the neighbourhood touches `rows`.
  const before: RankedEntry[] = [];
  let predecessor: RankedEntry | undefined;
  for (const entry of board.entriesBackward(viewerPosition - 1)) {
    if (!visible(entry.sellerId)) continue;
    if (before.length < radius) before.push(entry);
    else {
      predecessor = entry;
      break;
    }
  }
  const after: RankedEntry[] = [];
  let successor: RankedEntry | undefined;
  for (const entry of board.entries(viewerPosition + 1)) {
    if (!visible(entry.sellerId)) continue;
    if (after.length < radius) after.push(entry);
    else {
      successor = entry;
      break;
    }
  }
  const window = [...before.reverse(), meEntry, ...after];
  const inRows = new Set(topEntries.map((entry) => entry.sellerId));
  const around = window.filter((entry) => !inRows.has(entry.sellerId)).map(toRow);
  const overlapped = around.length < window.length;
  const firstRow = topEntries[0];
  const lastRow = topEntries[topEntries.length - 1];
  const touches =
    (predecessor !== undefined && predecessor.sellerId === lastRow?.sellerId) ||
    (successor !== undefined && successor.sellerId === firstRow?.sellerId);
  const gap = rows.length > 0 && around.length > 0 && !overlapped && !touches;
  return { rows, around, gap, me, total: board.size };
}

function presentRow(
  entry: RankedEntry,
  isViewer: boolean,
  privacy: LeaderboardPrivacy,
  salt: string,
  displayNameOf: (sellerId: string) => string | undefined,
  label: (code: string) => string,
): LeaderboardRow {
  const { sellerId, rank, score, completedAt } = entry;
  const name = displayNameOf(sellerId)?.trim() ?? '';
  if (isViewer || privacy === 'full-name') {
    return { rank, sellerId, displayName: name || label(pseudonymCode(sellerId, salt)), score, completedAt, isViewer };
  }
  const initials = privacy === 'initials' ? initialsOf(name) : undefined;
  return { rank, displayName: initials ?? label(pseudonymCode(sellerId, salt)), score, completedAt, isViewer };
}
