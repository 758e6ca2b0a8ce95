import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { BoardReader } from './leaderboard-view.js';
import { viewLeaderboard } from './leaderboard-view.js';
import { leaderboardLines } from './leaderboard-lines.js';
import { Ranking } from './ranking.js';
import { compareEntries, type LeaderboardEntry } from './leaderboard-entry.js';

const readerOf = (ranking: Ranking): BoardReader => ({
  count: async () => ranking.size,
  page: async (offset, limit) => ranking.slice(offset, limit),
  around: async (sellerId, radius) => ranking.around(sellerId, radius),
});

const ids = Array.from({ length: 40 }, (_, i) => `s${i}`);
/** A board of up to 40 sellers with many ties, some of them hidden, a viewer, a page size and a neighbourhood. */
const boards = fc.record({
  entries: fc.uniqueArray(
    fc.record({ sellerId: fc.constantFrom(...ids), score: fc.integer({ min: 0, max: 6 }), completedAt: fc.nat(3) }),
    { selector: (entry) => entry.sellerId, maxLength: 40 },
  ),
  optedOut: fc.subarray(ids),
  viewer: fc.constantFrom(...ids),
  limit: fc.integer({ min: 1, max: 12 }),
  around: fc.nat(3),
});

type Given = { entries: LeaderboardEntry[]; optedOut: string[]; viewer: string; limit: number };

/** The board others read: the sellers who are not hidden (as the engine's boards hold them). */
const visibleBoard = (given: Given) =>
  Ranking.from(
    given.entries.filter((entry) => !given.optedOut.includes(entry.sellerId)),
    { branching: 4 },
  );

/** One page of the board as `viewer` sees it by full name; a hidden viewer sees where they would stand. */
const pageOf = (given: Given, offset: number, around = 0) => {
  const mine = given.entries.find((entry) => entry.sellerId === given.viewer);
  const hidden = mine !== undefined && given.optedOut.includes(given.viewer);
  return viewLeaderboard(readerOf(visibleBoard(given)), {
    privacy: 'full-name',
    pseudonymOf: async (id) => id,
    displayNameOf: (id) => id,
    ...(hidden ? { hiddenViewer: mine } : {}),
    viewerId: given.viewer,
    limit: given.limit,
    offset,
    around,
  });
};

test('every page of a board lists its lines in rank order, the viewer’s neighbourhood above or below', async () => {
  await fc.assert(
    fc.asyncProperty(boards, async (given) => {
      for (let offset = 0; offset < given.entries.length; offset += given.limit) {
        const view = await pageOf(given, offset, given.around);
        const lines = leaderboardLines(view);
        const ranks = lines.flatMap((line) => (line.kind === 'row' ? [line.row.rank] : []));
        assert.deepEqual(
          ranks,
          [...ranks].sort((a, b) => a - b),
          `offset ${offset}: ${ranks.join(', ')}`,
        );
        assert.equal(ranks.length, view.rows.length + view.around.length, 'a row lost or repeated');
        const gaps = lines.filter((line) => line.kind === 'gap').length;
        assert.equal(gaps, view.gap ? 1 : 0);
        if (view.gap) {
          const at = lines.findIndex((line) => line.kind === 'gap');
          assert.ok(at > 0 && at < lines.length - 1, 'the gap stands between two groups');
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('pages tile the visible board: each visible seller once, in order, whatever the page size', async () => {
  await fc.assert(
    fc.asyncProperty(boards, async (given) => {
      const visible = given.entries
        .filter((e) => !given.optedOut.includes(e.sellerId))
        .sort(compareEntries)
        .map((e, _, all) => `${1 + all.filter((other) => other.score > e.score).length}:${e.sellerId}`);
      const paged: string[] = [];
      for (let offset = 0; ; offset += given.limit) {
        const view = await pageOf(given, offset);
        if (view.rows.length === 0) break;
        assert.ok(view.rows.length <= given.limit);
        assert.equal(view.total, visible.length, 'the total counts the visible sellers');
        paged.push(...view.rows.map((row) => `${row.rank}:${row.displayName}`));
      }
      assert.deepEqual(paged, visible, 'competition ranks over the visible scores, no rank skipped for a hidden one');
    }),
    { numRuns: 300 },
  );
});

test('a viewer on an earlier page sees their neighbourhood above the page, with the gap between', () => {
  const row = (rank: number) => ({ rank });
  const lines = leaderboardLines({ rows: [row(32), row(33), row(34)], around: [row(30), row(31)], gap: false });
  assert.deepEqual(
    lines.map((line) => (line.kind === 'row' ? line.row.rank : '…')),
    [30, 31, 32, 33, 34],
  );
  const apart = leaderboardLines({ rows: [row(32), row(33)], around: [row(8), row(9), row(10)], gap: true });
  assert.deepEqual(
    apart.map((line) => (line.kind === 'row' ? line.row.rank : '…')),
    [8, 9, 10, '…', 32, 33],
  );
});
