import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import { compareEntries, type LeaderboardEntry } from './leaderboard-entry.js';
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
        });
        assert.deepEqual(seenElsewhere, seen, `limit ${limit}, offset ${offset}, around ${around}`);
        assert.deepEqual([...seen.rows, ...seen.around], [seen.me], 'the viewer row, once');
        assert.equal(seen.total, 7);
      }
    }
  }
});

/** The board without ben, who is hidden: the board others read holds only whom they see. */
const withoutBen = Ranking.from([...board.entries()].filter((entry) => entry.sellerId !== 'ben'));
const ben = board.get('ben')!;

test('a hidden seller leaves no gap: ranks and total close up; they see their own row, marked, where it would stand', async () => {
  const others = await viewLeaderboard(readerOf(withoutBen), { ...base, privacy: 'full-name', viewerId: 'dan' });
  assert.deepEqual(brief(others.rows), ['1:Ana Lima', '2:Catherine de la Tour', '3:Dan Wu*']);
  assert.equal(others.total, 6);
  const self = await viewLeaderboard(readerOf(withoutBen), {
    ...base,
    privacy: 'full-name',
    viewerId: 'ben',
    hiddenViewer: ben,
    around: 1,
  });
  assert.deepEqual(brief(self.rows), ['1:Ana Lima', '2:Catherine de la Tour', '3:Dan Wu']);
  assert.deepEqual(brief(self.around), ['2:Ben Okafor*'], 'would share rank 2 with Catherine');
  assert.equal(self.me?.hidden, true);
  assert.equal(self.gap, false, 'within the page');
  assert.equal(self.total, 6);
  const last = await viewLeaderboard(readerOf(withoutBen), {
    ...base,
    privacy: 'full-name',
    viewerId: 'ben',
    hiddenViewer: { sellerId: 'ben', score: 10, completedAt: 0 },
    around: 1,
  });
  assert.deepEqual(brief(last.around), ['6:Gus Berg', '7:Ben Okafor*']);
  assert.equal(last.gap, true);
  const alone = await viewLeaderboard(readerOf(Ranking.from([])), {
    ...base,
    privacy: 'self-only',
    viewerId: 'ben',
    hiddenViewer: ben,
  });
  assert.deepEqual([alone.me?.rank, alone.total], [1, 0]);
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
  });
  assert.deepEqual(brief(view.rows), ['2:Catherine de la Tour', '4:Dan Wu']);
  assert.deepEqual(brief(view.around), ['5:Eve Martin', '6:Fay Ndiaye*', '7:Gus Berg']);
  assert.equal(view.gap, false, 'Eve follows Dan');
  const further = await viewLeaderboard(readerOf(board), {
    ...base,
    privacy: 'full-name',
    limit: 2,
    offset: 3,
    around: 1,
    viewerId: 'fay',
  });
  assert.deepEqual(brief(further.rows), ['4:Dan Wu', '5:Eve Martin']);
  assert.deepEqual(brief(further.around), ['6:Fay Ndiaye*', '7:Gus Berg']); // eve deduped
  assert.equal(further.gap, false);
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

test('rows, around and gap equal a naive model of the visible listing, for any hidden sellers and viewer', async () => {
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
      async (entries, hiddenIds, viewerId, privacy, limit, offset, around) => {
        // The board others read holds the visible sellers; a hidden viewer's entry is given apart.
        const shown = entries.filter((e) => !hiddenIds.includes(e.sellerId));
        const mine = entries.find((e) => e.sellerId === viewerId);
        const hiddenViewer = mine !== undefined && hiddenIds.includes(mine.sellerId) ? mine : undefined;
        const view = await viewLeaderboard(readerOf(Ranking.from(shown, { branching: 4 })), {
          privacy,
          pseudonymOf: pseudonymsOn('s'),
          displayNameOf: (id) => id.toUpperCase(),
          limit,
          offset,
          around,
          ...(viewerId === undefined ? {} : { viewerId }),
          ...(hiddenViewer === undefined ? {} : { hiddenViewer }),
        });
        // The model: competition ranks over the visible scores; the hidden viewer slotted in
        // where their entry sorts, with the rank it would have.
        const rankAmongVisible = (score: number) => 1 + shown.filter((e) => e.score > score).length;
        const listing = [...shown].sort(compareEntries);
        const withMe = [...listing, ...(hiddenViewer ? [hiddenViewer] : [])].sort(compareEntries);
        const show = (e: LeaderboardEntry) => `${rankAmongVisible(e.score)}:${e.sellerId.toUpperCase()}`;
        const vi = withMe.findIndex((e) => e.sellerId === viewerId);
        const me = vi < 0 ? undefined : withMe[vi]!;
        assert.equal(view.me && `${view.me.rank}:${view.me.displayName}`, me && show(me));
        assert.equal(view.me?.hidden, hiddenViewer ? true : undefined);
        assert.equal(view.total, shown.length);
        if (privacy === 'self-only') {
          assert.deepEqual([...view.rows, ...view.around], me ? [view.me] : []);
          return;
        }
        const top = listing.slice(offset, offset + limit);
        const window = vi < 0 ? [] : withMe.slice(Math.max(0, vi - around), vi + around + 1);
        const rest = window.filter((e) => !top.includes(e));
        assert.deepEqual(
          view.rows.map((r) => `${r.rank}:${r.displayName}`),
          top.map(show),
        );
        assert.deepEqual(
          view.around.map((r) => `${r.rank}:${r.displayName}`),
          rest.map(show),
        );
        // A gap: visible rows lie between the page and the neighbourhood (in the viewer's listing).
        const at = (e: LeaderboardEntry | undefined) => (e === undefined ? -1 : withMe.indexOf(e));
        const between =
          top.length === 0 || rest.length === 0 || rest.length < window.length
            ? 0
            : at(window[0]) > at(top[top.length - 1])
              ? at(window[0]) - at(top[top.length - 1]) - 1
              : at(top[0]) - at(window[window.length - 1]) - 1;
        assert.equal(view.gap, between > 0);
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
