import { MindError } from '../errors/mind-error.js';
import { assertCount } from './assert-count.js';
import { compareEntries, type LeaderboardEntry, type RankedEntry } from './leaderboard-entry.js';
import type { LeaderboardStore } from './leaderboard-store.js';
import type { LeaderboardPrivacy } from './leaderboard.schema.js';
import { initialsOf } from './initials.js';
import { defaultPseudonymLabel } from './pseudonym-rules.js';

/** One row as a viewer sees it. */
export interface LeaderboardRow {
  /**
   * Competition rank among the sellers others can see (1, 2, 2, 4); on a hidden viewer's own row,
   * the rank they would have among them.
   */
  readonly rank: number;
  /** Only on the viewer's own row and in `full-name` mode. */
  readonly sellerId?: string;
  /** The name, initials or pseudonym the board's privacy mode allows. */
  readonly displayName: string;
  /**
   * The pseudonym's code ("4F2A9C") when the row is shown by pseudonym, so a UI words it in its
   * own language ("Vendeur 4F2A9C"); `displayName` then holds the engine's label of it.
   */
  readonly pseudonym?: string;
  readonly score: number;
  readonly completedAt: number;
  readonly isViewer: boolean;
  /** Only on the viewer's own row, when others do not see it (they chose to be hidden). */
  readonly hidden?: boolean;
}

/** What a viewer sees of one board. */
export interface LeaderboardView {
  /** The top of the board (from `offset`), `limit` rows the viewer may see. */
  readonly rows: readonly LeaderboardRow[];
  /**
   * The viewer's row and up to `around` visible rows either side, minus rows already in `rows`:
   * a UI renders them in rank order with `leaderboardLines`, which puts the neighbourhood above or below the page. Empty when the viewer is not on the board. (When `offset`
   * pages past the viewer, the neighbourhood lies above the page instead: compare `rank`.)
   */
  readonly around: readonly LeaderboardRow[];
  /** Whether visible rows lie between `rows` and `around` (render a "…" between them). */
  readonly gap: boolean;
  /** The viewer's own row (also when they are hidden), or `undefined` when they are not ranked. */
  readonly me: LeaderboardRow | undefined;
  /**
   * Sellers others see on the board (hidden ones are not counted, so "12th of 40" stays true for
   * every viewer). In `self-only` mode the one thing the viewer learns about others: how many are ranked.
   */
  readonly total: number;
}

/** Options of {@link viewLeaderboard}. */
export interface LeaderboardViewOptions {
  /** The board's privacy mode. */
  readonly privacy: LeaderboardPrivacy;
  /**
   * The pseudonym code of a seller on this board ("4F2A9C"), asked only for rows shown by
   * pseudonym: the host's `Pseudonyms.code` with the board bound (see `createPseudonyms`).
   */
  readonly pseudonymOf: (sellerId: string) => Promise<string>;
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
  /**
   * The viewer's own entry when they are hidden from others: not on the board, which holds only
   * the sellers others see, but shown to them where it would stand (see {@link viewLeaderboard}).
   */
  readonly hiddenViewer?: LeaderboardEntry;
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
 * The read side of one board that {@link viewLeaderboard} needs: a {@link LeaderboardStore}'s reads
 * with the board's name bound.
 */
export interface BoardReader {
  count(): Promise<number>;
  page(offset: number, limit: number): Promise<RankedEntry[]>;
  around(sellerId: string, radius: number): Promise<RankedEntry[]>;
}

/** The reader of `board` in `store`. */
export function boardReader(store: LeaderboardStore, board: string): BoardReader {
  return {
    count: () => store.count(board),
    page: (offset, limit) => store.page(board, offset, limit),
    around: (sellerId, radius) => store.around(board, sellerId, radius),
  };
}

/**
 * The rows a viewer may see of one board.
 *
 * Privacy rules, chosen so ranks stay honest while rows stay private:
 * - Hidden sellers (their own choice, else the directory's opt-out) are not on the board others
 *   read: ranks and `total` are those of the sellers others can see (1, 2, 2, 4 among them), so
 *   no rank skips a number where a hidden seller stands and nothing gives them away. A hidden
 *   viewer (`hiddenViewer`) still sees their own row, marked `hidden`, with the rank they would
 *   have among the visible sellers, and the visible rows around where they would stand.
 * - Others' rows carry their sellerId only in `full-name` mode; `initials` and `pseudonym` show
 *   "M. D." or "Seller 4F2A9C" (a seller without a directory name is shown by pseudonym in every
 *   mode rather than by id). The viewer's own row always has their sellerId and full name.
 * - `self-only` promises the viewer their own row and rank and nothing of anyone else: `rows`
 *   holds that row when the page starts at the top, `around` when `offset` pages past it, `me`
 *   always; no other row, id, name or score, whatever `limit`, `offset` and `around` ask.
 *   `total` still counts everyone ranked, so the viewer learns their rank out of how many, and,
 *   by reading again, when that number changes (someone finished) or their rank does.
 * - Pseudonyms come from `pseudonymOf` (the host's keyed codes), asked only for rows shown by one.
 *
 * Cost: a count, one page and one neighbourhood read; a hidden viewer's own place is found by a
 * binary search of one-row reads, O(log n) of them.
 *
 * @throws MindError `MIND_INVALID_INPUT` for an unknown privacy mode or a negative or fractional
 * limit, offset or around.
 */
export async function viewLeaderboard(
  board: BoardReader | undefined,
  options: LeaderboardViewOptions,
): Promise<LeaderboardView> {
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
  if (board === undefined) return EMPTY_VIEW;
  const total = await board.count();
  const { privacy, viewerId } = options;
  const hiddenViewer = viewerId === undefined ? undefined : options.hiddenViewer;
  if (total === 0 && hiddenViewer === undefined) return EMPTY_VIEW;

  const label = options.pseudonymLabel ?? defaultPseudonymLabel;
  const rowCache = new Map<string, Promise<LeaderboardRow>>();
  const toRow = (entry: RankedEntry): Promise<LeaderboardRow> => {
    let row = rowCache.get(entry.sellerId);
    if (row === undefined) {
      row = presentRow(entry, entry.sellerId === viewerId, privacy, options.pseudonymOf, options.displayNameOf, label);
      if (entry.sellerId === viewerId && hiddenViewer !== undefined)
        row = row.then((mine) => ({ ...mine, hidden: true }));
      rowCache.set(entry.sellerId, row);
    }
    return row;
  };

  const near =
    viewerId === undefined
      ? undefined
      : await readAround(board, viewerId, hiddenViewer, privacy === 'self-only' ? 0 : radius, total);
  const meEntry = near?.me;
  const me = meEntry === undefined ? undefined : await toRow(meEntry);

  if (privacy === 'self-only') {
    const rows = me !== undefined && offset === 0 && limit > 0 ? [me] : [];
    const around = me !== undefined && rows.length === 0 ? [me] : [];
    return { rows, around, gap: false, me, total };
  }

  const topEntries = limit === 0 ? [] : await board.page(offset, limit);
  const rows = await Promise.all(topEntries.map(toRow));
  if (meEntry === undefined || near === undefined) return { rows, around: [], gap: false, me, total };

  const { before, after } = near;
  const window = [...[...before].reverse(), meEntry, ...after];
  const inRows = new Set(topEntries.map((entry) => entry.sellerId));
  const around = await Promise.all(window.filter((entry) => !inRows.has(entry.sellerId)).map(toRow));
  // Board positions the neighbourhood spans; a hidden viewer's row stands between `position - 1`
  // and `position`, on none of its own. Rows lie between it and the page unless they overlap or touch.
  const first = meEntry.position - before.length;
  const last = meEntry.position + after.length - (hiddenViewer === undefined ? 0 : 1);
  const touches = first <= offset + rows.length && last >= offset - 1;
  const gap = rows.length > 0 && around.length > 0 && !touches;
  return { rows, around, gap, me, total };
}

/**
 * The viewer's row with up to `want` rows on each side, nearest first: from the board, or for a
 * hidden viewer where their entry would stand among the visible rows (with the rank it would have).
 */
async function readAround(
  board: BoardReader,
  viewerId: string,
  hiddenViewer: LeaderboardEntry | undefined,
  want: number,
  total: number,
): Promise<{ me: RankedEntry; before: RankedEntry[]; after: RankedEntry[] } | undefined> {
  if (hiddenViewer === undefined) {
    const window = await board.around(viewerId, want);
    const at = window.findIndex((entry) => entry.sellerId === viewerId);
    if (at === -1) return undefined;
    return { me: window[at]!, before: window.slice(0, at).reverse(), after: window.slice(at + 1) };
  }
  const mine = { ...hiddenViewer, sellerId: viewerId };
  // Binary search for the first visible row listed after the viewer's entry.
  let low = 0;
  let high = total;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const [row] = await board.page(middle, 1);
    if (row !== undefined && compareEntries(row, mine) < 0) low = middle + 1;
    else high = middle;
  }
  const start = Math.max(0, low - Math.max(want, 1));
  const window = await board.page(start, low + want - start);
  // (A board not yet brought in line may still list the viewer: never twice.)
  const others = (rows: RankedEntry[]) => rows.filter((entry) => entry.sellerId !== viewerId);
  const before = others(window.slice(0, low - start).reverse());
  const after = others(window.slice(low - start, low - start + want));
  const previous = before[0];
  // Equal scores share a rank; otherwise every row above scored higher.
  const rank = previous !== undefined && previous.score === mine.score ? previous.rank : low + 1;
  return { me: { ...mine, rank, position: low }, before: before.slice(0, want), after };
}

async function presentRow(
  entry: RankedEntry,
  isViewer: boolean,
  privacy: LeaderboardPrivacy,
  pseudonymOf: (sellerId: string) => Promise<string>,
  displayNameOf: (sellerId: string) => string | undefined,
  label: (code: string) => string,
): Promise<LeaderboardRow> {
  const { sellerId, rank, score, completedAt } = entry;
  const name = displayNameOf(sellerId)?.trim() ?? '';
  const byPseudonym = async () => {
    const pseudonym = await pseudonymOf(sellerId);
    return { displayName: label(pseudonym), pseudonym };
  };
  if (isViewer || privacy === 'full-name') {
    return { rank, sellerId, ...(name ? { displayName: name } : await byPseudonym()), score, completedAt, isViewer };
  }
  const initials = privacy === 'initials' ? initialsOf(name) : undefined;
  return { rank, ...(initials ? { displayName: initials } : await byPseudonym()), score, completedAt, isViewer };
}
