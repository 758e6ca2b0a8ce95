import { MindError } from '../errors/mind-error.js';
import { assertCount } from './assert-count.js';
import type { RankedEntry } from './leaderboard-entry.js';
import type { LeaderboardStore } from './leaderboard-store.js';
import type { LeaderboardPrivacy } from './leaderboard.schema.js';
import { initialsOf } from './initials.js';
import { defaultPseudonymLabel } from './pseudonym-rules.js';

/** One row as a viewer sees it. */
export interface LeaderboardRow {
  /** Competition rank over everyone on the board, opted-out sellers included (1, 2, 2, 4). */
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
  /** The viewer's own row (also when they opted out), or `undefined` when they are not ranked. */
  readonly me: LeaderboardRow | undefined;
  /**
   * Sellers on the board, opted-out ones included, so "12th of 40" stays true. In `self-only`
   * mode the one thing the viewer learns about others: how many are ranked.
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

/** Rows read per step while walking past opted-out sellers. */
const STEP = 64;

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
 * - `self-only` promises the viewer their own row and rank and nothing of anyone else: `rows`
 *   holds that row when the page starts at the top, `around` when `offset` pages past it, `me`
 *   always; no other row, id, name or score, whatever `limit`, `offset` and `around` ask.
 *   `total` still counts everyone ranked, so the viewer learns their rank out of how many, and,
 *   by reading again, when that number changes (someone finished) or their rank does.
 * - Pseudonyms come from `pseudonymOf` (the host's keyed codes), asked only for rows shown by one.
 *
 * Cost: a count, one page and one neighbourhood read when no one opted out; opted-out sellers
 * walked past cost further reads of {@link STEP} rows.
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
  if (total === 0) return EMPTY_VIEW;

  const { privacy, viewerId, isOptedOut } = options;
  const label = options.pseudonymLabel ?? defaultPseudonymLabel;
  const rowCache = new Map<string, Promise<LeaderboardRow>>();
  const toRow = (entry: RankedEntry): Promise<LeaderboardRow> => {
    let row = rowCache.get(entry.sellerId);
    if (row === undefined) {
      row = presentRow(entry, entry.sellerId === viewerId, privacy, options.pseudonymOf, options.displayNameOf, label);
      rowCache.set(entry.sellerId, row);
    }
    return row;
  };

  const visible = (sellerId: string): boolean =>
    sellerId === viewerId || isOptedOut === undefined || !isOptedOut(sellerId);
  // One extra visible row each way tells whether the neighbourhood touches `rows`.
  const neighbourhood =
    viewerId === undefined || privacy === 'self-only'
      ? undefined
      : readAround(board, viewerId, radius + 1, visible, total);
  const meEntry =
    viewerId === undefined
      ? undefined
      : neighbourhood === undefined
        ? (await board.around(viewerId, 0))[0]
        : (await neighbourhood)?.me;
  const me = meEntry === undefined ? undefined : await toRow(meEntry);

  if (privacy === 'self-only') {
    const rows = me !== undefined && offset === 0 && limit > 0 ? [me] : [];
    const around = me !== undefined && rows.length === 0 ? [me] : [];
    return { rows, around, gap: false, me, total };
  }

  const topEntries =
    limit === 0 ? [] : await readTop(board, offset, limit, isOptedOut === undefined ? undefined : visible);
  const rows = await Promise.all(topEntries.map(toRow));
  const near = await neighbourhood;
  if (meEntry === undefined || near === undefined) return { rows, around: [], gap: false, me, total };

  const before = near.before.slice(0, radius);
  const after = near.after.slice(0, radius);
  const predecessor = near.before[radius];
  const successor = near.after[radius];
  const window = [...before.reverse(), meEntry, ...after];
  const inRows = new Set(topEntries.map((entry) => entry.sellerId));
  const around = await Promise.all(window.filter((entry) => !inRows.has(entry.sellerId)).map(toRow));
  const overlapped = around.length < window.length;
  const firstRow = topEntries[0];
  const lastRow = topEntries[topEntries.length - 1];
  const touches =
    (predecessor !== undefined && predecessor.sellerId === lastRow?.sellerId) ||
    (successor !== undefined && successor.sellerId === firstRow?.sellerId);
  const gap = rows.length > 0 && around.length > 0 && !overlapped && !touches;
  return { rows, around, gap, me, total };
}

/** `limit` visible rows after skipping `offset` visible ones; `visible` omitted when everyone is. */
async function readTop(
  board: BoardReader,
  offset: number,
  limit: number,
  visible: ((sellerId: string) => boolean) | undefined,
): Promise<RankedEntry[]> {
  // Without opt-outs visible order is board order, so the page can be jumped to directly.
  if (visible === undefined) return board.page(offset, limit);
  const top: RankedEntry[] = [];
  const size = Math.max(STEP, offset + limit);
  let skip = offset;
  for (let start = 0; ;) {
    const page = await board.page(start, size);
    for (const entry of page) {
      if (!visible(entry.sellerId)) continue;
      if (skip > 0) {
        skip--;
        continue;
      }
      top.push(entry);
      if (top.length >= limit) return top;
    }
    if (page.length < size) return top;
    start += page.length;
  }
}

/**
 * The viewer's row with up to `want` visible rows on each side, nearest first, widening the read
 * until each side has enough or reaches the end of the board.
 */
async function readAround(
  board: BoardReader,
  viewerId: string,
  want: number,
  visible: (sellerId: string) => boolean,
  total: number,
): Promise<{ me: RankedEntry; before: RankedEntry[]; after: RankedEntry[] } | undefined> {
  for (let radius = want; ; radius = Math.min(total, radius * 2 + STEP)) {
    const window = await board.around(viewerId, radius);
    const at = window.findIndex((entry) => entry.sellerId === viewerId);
    if (at === -1) return undefined;
    const before = window
      .slice(0, at)
      .reverse()
      .filter((entry) => visible(entry.sellerId));
    const after = window.slice(at + 1).filter((entry) => visible(entry.sellerId));
    const me = window[at]!;
    const beforeDone = before.length >= want || me.position - at === 0;
    const afterDone = after.length >= want || me.position + (window.length - at) >= total;
    if ((beforeDone && afterDone) || radius >= total) return { me, before, after };
  }
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
