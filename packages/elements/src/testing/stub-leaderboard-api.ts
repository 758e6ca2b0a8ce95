import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { root } from './harness.js';
import type {
  LeaderboardQuery,
  LeaderboardResult,
  LeaderboardResultRow,
  LeaderboardScope,
  MindshareApi,
  MindshareChange,
} from '@mindshare/core';

/** Options of {@link stubLeaderboardApi}. */
export interface StubBoardOptions {
  /** Sellers on the board. */
  readonly total: number;
  /** The viewer's 0-based position on the board; none when the viewer is not ranked. */
  readonly viewerPosition?: number;
  /** Newcomers ranked above everyone: raise it to push every seller down (rank movement). */
  shift?: number;
  readonly scopes?: readonly LeaderboardScope[];
  /** Rejects every `leaderboard()` call while true. */
  failing?: boolean;
  /** Never answers `leaderboard()` (a loading state that stays). */
  readonly pending?: boolean;
}

/** A hand-written Mindshare API that implements only what a leaderboard calls, with probes. */
export interface StubLeaderboardApi {
  readonly api: MindshareApi;
  readonly options: StubBoardOptions;
  readonly calls: LeaderboardQuery[];
  /** Listeners subscribed now. */
  readonly listeners: number;
  emit(change: MindshareChange): void;
}

// Every two sellers share a score, so ranks go 1, 1, 3, 3, 5… as the ranking rule says.
const rowAt = (position: number, total: number, viewer: number | undefined, shift = 0): LeaderboardResultRow => ({
  rank: Math.floor(position / 2) * 2 + 1,
  displayName: position < shift ? `Newcomer ${position + 1}` : `Seller ${position + 1 - shift}`,
  score: 10 * (total - Math.floor(position / 2)),
  completedAt: position,
  isViewer: position === viewer,
  ...(position === viewer ? { sellerId: `seller-${position + 1}` } : {}),
});

/**
 * A board of any size computed on demand (100 000 sellers cost nothing), for tests of paging
 * and DOM size that the scenario's handful of sellers cannot exercise.
 */
export function stubLeaderboardApi(options: StubBoardOptions): StubLeaderboardApi {
  const listeners = new Set<(change: MindshareChange) => void>();
  const calls: LeaderboardQuery[] = [];
  const leaderboard = async (query: LeaderboardQuery): Promise<LeaderboardResult> => {
    calls.push(query);
    if (options.pending) return new Promise(() => {});
    await Promise.resolve();
    if (options.failing) throw new Error('stub: the board is unavailable');
    const { total, viewerPosition: viewer } = options;
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 10;
    const radius = query.around ?? 2;
    const rows: LeaderboardResultRow[] = [];
    for (let position = offset; position < Math.min(total, offset + limit); position++) {
      rows.push(rowAt(position, total, viewer, options.shift));
    }
    const around: LeaderboardResultRow[] = [];
    let gap = false;
    if (viewer !== undefined) {
      const from = Math.max(0, viewer - radius);
      const to = Math.min(total - 1, viewer + radius);
      for (let position = from; position <= to; position++) {
        if (position < offset || position >= offset + limit) around.push(rowAt(position, total, viewer, options.shift));
      }
      // Visible rows between the page and the neighbourhood, below it or (paged past the viewer) above.
      gap = rows.length > 0 && around.length > 0 && (from > offset + rows.length || to < offset - 1);
    }
    return {
      rows,
      around,
      gap,
      me: viewer === undefined ? undefined : rowAt(viewer, total, viewer),
      total,
      scope: query.scope ?? 'global',
      scopes: options.scopes ?? ['global'],
      privacy: 'full-name',
      visible: true,
    };
  };
  const api = {
    leaderboard,
    subscribe(listener: (change: MindshareChange) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {},
  } as unknown as MindshareApi;
  return {
    api,
    options,
    calls,
    get listeners() {
      return listeners.size;
    },
    emit: (change) => listeners.forEach((listener) => listener(change)),
  };
}

/** The name a stub board gives its viewer's row: `Seller 1` for the first. */
const viewerName = (stub: StubLeaderboardApi) => `Seller ${stub.options.viewerPosition! + 1}`;

/**
 * Expects `board` (a `<mind-leaderboard>`) to follow its API from `first` to `second` when `swap()`
 * gives it the new one: it shows each API's viewer row in turn, its one listener moves from `first`
 * to `second`, and the `changes` that `second` then sends reload it once.
 */
export async function expectBoardFollowsApi(
  board: Element,
  first: StubLeaderboardApi,
  second: StubLeaderboardApi,
  swap: () => void,
  changes: readonly MindshareChange[],
): Promise<void> {
  const viewerRow = () => root(board).querySelector('tr[aria-current]')?.textContent ?? '';
  await waitUntil(() => viewerRow().includes(viewerName(first)), `the board never showed ${viewerName(first)}`);
  expect(first.listeners).to.equal(1);
  swap();
  await waitUntil(() => viewerRow().includes(viewerName(second)), `the board never showed ${viewerName(second)}`);
  expect([first.listeners, second.listeners]).to.deep.equal([0, 1]);
  const calls = second.calls.length;
  changes.forEach(second.emit);
  await waitUntil(() => second.calls.length > calls, 'the new api’s changes did not reach the board');
  // The changes reload it, and no second reload follows once it has settled.
  await (board as ReactiveElement).updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(second.calls.length - calls, 'reloads for the changes').to.equal(1);
}
