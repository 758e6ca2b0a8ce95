import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import type { LeaderboardEntry } from './leaderboard-entry.js';
import { viewLeaderboard } from './leaderboard-view.js';
import type { LeaderboardRow, LeaderboardViewOptions } from './leaderboard-view.js';
import type { LeaderboardPrivacy } from './leaderboard.schema.js';
import { Ranking } from './ranking.js';
import type { BoardReader } from './leaderboard-view.js';
import { createPseudonyms } from './pseudonym.js';

/** A ranking read through the port's calls, as the engine reads a store's board. */
const readerOf = (ranking: Ranking): BoardReader => ({
  count: async () => ranking.size,
  page: async (offset, limit) => ranking.slice(offset, limit),
  around: async (sellerId, radius) => ranking.around(sellerId, radius),
});

const names: Record<string, string> = {
  ana: 'Ana Lima',
  ben: 'Ben Okafor',
  cat: 'Catherine de la Tour',
  dan: 'Dan Wu',
  eve: 'Eve Martin',
  fay: 'Fay Ndiaye',
  gus: 'Gus Berg',
};
const displayNameOf = (id: string): string | undefined => names[id];

// Scores 90, 80, 80, 70, 60, 50, 40: ranks 1, 2, 2, 4, 5, 6, 7.
const board = Ranking.from(
  [
    ['ana', 90],
    ['ben', 80],
    ['cat', 80],
    ['dan', 70],
    ['eve', 60],
    ['fay', 50],
    ['gus', 40],
  ].map(([sellerId, score], i): LeaderboardEntry => ({
    sellerId: sellerId as string,
    score: score as number,
    completedAt: i,
  })),
);

const pseudonyms = await createPseudonyms('the secret of this test, 32 characters or more');
const pseudonymsOn = (board: string) => (sellerId: string) => pseudonyms.code(board, sellerId);
const base = { pseudonymOf: pseudonymsOn('challenge-42'), displayNameOf, limit: 3 } as const;
const brief = (rows: readonly LeaderboardRow[]) =>
  rows.map((r) => `${r.rank}:${r.displayName}${r.isViewer ? '*' : ''}`);

test('full-name shows names and ids; the viewer row is marked', async () => {
  const view = await viewLeaderboard(readerOf(board), { ...base, privacy: 'full-name', viewerId: 'ben' });
  assert.deepEqual(brief(view.rows), ['1:Ana Lima', '2:Ben Okafor*', '2:Catherine de la Tour']);
  assert.deepEqual(
    view.rows.map((r) => r.sellerId),
    ['ana', 'ben', 'cat'],
  );
  assert.equal(view.me?.rank, 2);
  assert.deepEqual(view.around, []); // the viewer is already in the top rows
  assert.equal(view.gap, false);
  assert.equal(view.total, 7);
});

test('initials hide names and ids of others but not the viewer own row', async () => {
  const view = await viewLeaderboard(readerOf(board), { ...base, privacy: 'initials', viewerId: 'fay', around: 1 });
  assert.deepEqual(brief(view.rows), ['1:A. L.', '2:B. O.', '2:C. T.']);
  assert.ok(view.rows.every((r) => !('sellerId' in r)));
  assert.deepEqual(brief(view.around), ['5:E. M.', '6:Fay Ndiaye*', '7:G. B.']);
  assert.equal(view.me?.sellerId, 'fay');
  assert.equal(view.gap, true); // dan (rank 4) lies between the top 3 and eve
});

test('pseudonyms are stable per board, differ between boards and carry no id', async () => {
  const view = await viewLeaderboard(readerOf(board), { ...base, privacy: 'pseudonym', viewerId: 'ana' });
  const again = await viewLeaderboard(readerOf(board), { ...base, privacy: 'pseudonym', viewerId: 'dan' });
  const otherBoard = await viewLeaderboard(readerOf(board), {
    ...base,
    pseudonymOf: pseudonymsOn('challenge-43'),
    privacy: 'pseudonym',
  });
  const ben = view.rows[1]!;
  assert.match(ben.displayName, /^Seller [0-9A-F]{6}$/);
  assert.equal(ben.displayName, `Seller ${ben.pseudonym}`, 'the code a UI words in its own language');
  assert.equal(view.rows[0]!.pseudonym, undefined, 'a row shown by name carries no pseudonym');
  assert.equal(ben.sellerId, undefined);
  assert.equal(again.rows[1]!.displayName, ben.displayName);
  assert.notEqual(otherBoard.rows[1]!.displayName, ben.displayName);
  assert.notEqual(view.rows[2]!.displayName, ben.displayName);
  assert.equal(view.rows[0]!.displayName, 'Ana Lima'); // the viewer sees their own name
  const localized = await viewLeaderboard(readerOf(board), {
    ...base,
    privacy: 'pseudonym',
    pseudonymLabel: (code) => `Vendeur ${code}`,
  });
  assert.equal(localized.rows[1]!.displayName, ben.displayName.replace('Seller', 'Vendeur'));
});

test('self-only returns the viewer row and the total, never anyone else', async () => {
  const view = await viewLeaderboard(readerOf(board), { ...base, privacy: 'self-only', viewerId: 'eve', around: 2 });
  assert.deepEqual(brief(view.rows), ['5:Eve Martin*']);
  assert.deepEqual(view.around, []);
  assert.equal(view.me?.rank, 5);
  assert.equal(view.total, 7);
  const anonymous = await viewLeaderboard(readerOf(board), { ...base, privacy: 'self-only' });
  assert.deepEqual(anonymous.rows, []);
  assert.equal(anonymous.total, 7);
});

test('self-only reveals the viewer row and how many are ranked, nothing of anyone else, whatever the paging', async () => {
  // Eve is fifth of seven on both boards; everyone else differs: ids, names, scores, opt-outs.
  const other = Ranking.from(
    [
      ['x1', 99],
      ['x2', 98],
      ['x3', 97],
      ['x4', 96],
      ['eve', 60],
      ['x6', 10],
      ['x7', 5],
    ].map(([sellerId, score]): LeaderboardEntry => ({
      sellerId: sellerId as string,
      score: score as number,
      completedAt: sellerId === 'eve' ? 4 : 0,
    })),
  );
  const otherNames = (id: string) => (id === 'eve' ? names.eve : `Someone ${id}`);
  for (const limit of [0, 1, 3, 10]) {
    for (const offset of [0, 1, 4, 6]) {
      for (const around of [0, 1, 3]) {
        const query = { ...base, privacy: 'self-only' as const, viewerId: 'eve', limit, offset, around };
        const seen = await viewLeaderboard(readerOf(board), query);
        const seenElsewhere = await viewLeaderboard(readerOf(other), {
          ...query,
          displayNameOf: otherNames,
          isOptedOut: (id) => id === 'x2',
        });
        assert.deepEqual(seenElsewhere, seen, `limit ${limit}, offset ${offset}, around ${around}`);
        assert.deepEqual([...seen.rows, ...seen.around], [seen.me], 'the viewer row, once');
        assert.equal(seen.total, 7);
      }
    }
  }
});

test('an opted-out seller is hidden from others but still counted; they still see themselves', async () => {
  const isOptedOut = (id: string) => id === 'ben';
  const others = await viewLeaderboard(readerOf(board), { ...base, privacy: 'full-name', viewerId: 'dan', isOptedOut });
  assert.deepEqual(brief(others.rows), ['1:Ana Lima', '2:Catherine de la Tour', '4:Dan Wu*']);
  assert.equal(others.total, 7);
  const self = await viewLeaderboard(readerOf(board), { ...base, privacy: 'full-name', viewerId: 'ben', isOptedOut });
  assert.deepEqual(brief(self.rows), ['1:Ana Lima', '2:Ben Okafor*', '2:Catherine de la Tour']);
  assert.equal(self.me?.rank, 2);
});

test('a seller missing from the directory is shown by pseudonym, never by id', async () => {
  const view = await viewLeaderboard(readerOf(board), {
    ...base,
    privacy: 'full-name',
    displayNameOf: (id) => (id === 'ana' ? undefined : names[id]),
  });
  assert.match(view.rows[0]!.displayName, /^Seller [0-9A-F]{6}$/);
});

test('paging with offset counts visible rows; a viewer below the page gets a neighbourhood', async () => {
  const view = await viewLeaderboard(readerOf(board), {
    ...base,
    privacy: 'full-name',
    limit: 2,
    offset: 2,
    around: 1,
    viewerId: 'fay',
    isOptedOut: (id) => id === 'ana',
  });
  // Visible order: ben, cat, dan, eve, fay, gus.
  assert.deepEqual(brief(view.rows), ['4:Dan Wu', '5:Eve Martin']);
  assert.deepEqual(brief(view.around), ['6:Fay Ndiaye*', '7:Gus Berg']); // eve deduped
  assert.equal(view.gap, false);
});

test('invalid options are rejected with MIND_INVALID_INPUT', async () => {
  const invalid = (options: LeaderboardViewOptions) =>
    assert.rejects(
      () => viewLeaderboard(readerOf(board), options),
      (error) => isMindError(error, 'MIND_INVALID_INPUT'),
    );
  await invalid({ ...base, privacy: 'nicknames' as LeaderboardPrivacy });
  await invalid({ ...base, privacy: 'full-name', limit: -1 });
  await invalid({ ...base, privacy: 'full-name', offset: 0.5 });
  assert.deepEqual((await viewLeaderboard(undefined, { ...base, privacy: 'full-name' })).total, 0);
});

test('rows, around and gap equal a naive model of the visible listing, for any opt-outs', async () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(
        fc.record({ sellerId: fc.constantFrom(...ids), score: fc.integer({ min: 0, max: 3 }), completedAt: fc.nat(2) }),
        { selector: (e) => e.sellerId },
      ),
      fc.subarray(ids),
      fc.constantFrom(...ids, undefined),
      fc.constantFrom<LeaderboardPrivacy>('full-name', 'self-only'),
      fc.nat(4),
      fc.nat(3),
      fc.nat(2),
      async (entries, optedOut, viewerId, privacy, limit, offset, around) => {
        const ranking = Ranking.from(entries, { branching: 4 });
        const view = await viewLeaderboard(readerOf(ranking), {
          privacy,
          pseudonymOf: pseudonymsOn('s'),
          displayNameOf: (id) => id.toUpperCase(),
          isOptedOut: (id) => optedOut.includes(id),
          limit,
          offset,
          around,
          ...(viewerId === undefined ? {} : { viewerId }),
        });
        const listing = [...ranking.entries()];
        const visible = listing.filter(
          (e) => e.sellerId === viewerId || (privacy !== 'self-only' && !optedOut.includes(e.sellerId)),
        );
        const top = visible.slice(offset, offset + limit);
        const vi = visible.findIndex((e) => e.sellerId === viewerId);
        const window = vi < 0 ? [] : visible.slice(Math.max(0, vi - around), vi + around + 1);
        const rest = window.filter((e) => !top.includes(e));
        const firstIndex = visible.indexOf(window[0]!);
        const lastIndex = visible.indexOf(window[window.length - 1]!);
        const adjacent =
          visible.indexOf(top[top.length - 1]!) === firstIndex - 1 || visible.indexOf(top[0]!) === lastIndex + 1;
        const show = (e: { sellerId: string; rank: number }) => `${e.rank}:${e.sellerId.toUpperCase()}`;
        assert.deepEqual(
          view.rows.map((r) => `${r.rank}:${r.displayName}`),
          top.map(show),
        );
        assert.deepEqual(
          view.around.map((r) => `${r.rank}:${r.displayName}`),
          rest.map(show),
        );
        assert.equal(view.gap, top.length > 0 && rest.length > 0 && rest.length === window.length && !adjacent);
        assert.equal(view.me?.rank, listing.find((e) => e.sellerId === viewerId)?.rank);
        assert.equal(view.total, entries.length);
        assert.ok(
          [...view.rows, ...view.around].every(
            (r) => r.isViewer === (r.sellerId === viewerId && r.sellerId !== undefined),
          ),
        );
      },
    ),
    { numRuns: 500 },
  );
});
