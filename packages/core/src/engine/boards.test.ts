import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { LeaderboardScopes } from '../leaderboard/board-names.js';
import type { LeaderboardStore } from '../leaderboard/leaderboard-store.js';
import { createMemoryLeaderboardStore } from '../leaderboard/memory-leaderboard-store.js';
import type { StorageAdapter } from '../storage/storage-adapter.js';
import { BOARD_FORMAT, Boards, FORMAT_BOARD, type BoardsSource } from './boards.js';
import type { StoredScore } from './stored-records.schema.js';

// The boards against the changes that race their build, over a minimal storage whose full read
// of the scores can be held.

function world() {
  const scores = new Map<string, StoredScore>();
  const groups = new Map<string, LeaderboardScopes>();
  /** People the challenge does not rank (coaches, say). */
  const unranked = new Set<string>();
  let held: Promise<void> | undefined;
  let fullReads = 0;
  const storage = {
    async query(_collection: string, options?: { range?: { only: string } }) {
      if (!options) fullReads++;
      const found = [...scores.values()].filter((score) => !options?.range || score.sellerId === options.range.only);
      if (held && !options) await held;
      return found.map((score) => ({ ...score }));
    },
    async get(_collection: string, key: [string, string]) {
      const score = scores.get(key.join('/'));
      return score && { ...score };
    },
  } as unknown as StorageAdapter;
  const source: BoardsSource = {
    storage,
    challengeIds: () => ['c'],
    scopesOf: (sellerId) => groups.get(sellerId) ?? {},
    ranks: (_challengeId, sellerId) => !unranked.has(sellerId),
  };
  return {
    groups,
    unranked,
    source,
    /** How many times every score was read (a build from storage). */
    fullReads: () => fullReads,
    put: (sellerId: string, score: number) =>
      scores.set(`c/${sellerId}`, { challengeId: 'c', sellerId, attemptId: 'a', score, completedAt: 1 }),
    erase: (sellerId: string) => scores.delete(`c/${sellerId}`),
    /** Holds the next full read of the scores until the function it returns is called. */
    holdBuild() {
      let release!: () => void;
      held = new Promise((resolve) => (release = resolve));
      return () => {
        held = undefined;
        release();
      };
    },
  };
}

/** A store passing every call to `inner`, but for the `overrides`. */
function delegate(inner: LeaderboardStore, overrides: Partial<LeaderboardStore> = {}): LeaderboardStore {
  return {
    supports: inner.supports,
    write: (operations) => inner.write(operations),
    replace: (board, entries) => inner.replace(board, entries),
    rank: (board, sellerId) => inner.rank(board, sellerId),
    page: (board, offset, limit) => inner.page(board, offset, limit),
    around: (board, sellerId, radius) => inner.around(board, sellerId, radius),
    count: (board) => inner.count(board),
    close: () => inner.close(),
    ...overrides,
  };
}

/** The memory store as a shared one (several processes behind one store). */
const sharedStore = () => delegate(createMemoryLeaderboardStore(), { supports: { shared: true } });

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

test('a rebuild asked for during the first build runs again, and a score placed meanwhile is kept', async () => {
  const w = world();
  w.put('anna', 10);
  const store = createMemoryLeaderboardStore();
  const boards = new Boards(w.source, store);
  const release = w.holdBuild();
  const first = boards.ready();
  await tick(); // the build has read nothing yet: its read is held
  w.put('chloe', 30); // another tab, announced without keys
  const rebuilt = boards.rebuild();
  w.put('bruno', 20); // a local finish, committed
  await boards.place('c', { sellerId: 'bruno', score: 20, completedAt: 1 });
  release();
  await Promise.all([first, rebuilt]);
  assert.equal(await store.count('c|global'), 3);
});

test('a seller moved while the first build writes its boards ends on the new group board only', async () => {
  const w = world();
  w.put('anna', 10);
  w.groups.set('anna', { team: 'north' });
  const inner = createMemoryLeaderboardStore();
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const store = delegate(inner, {
    replace: async (board, entries) => {
      await held;
      return inner.replace(board, entries);
    },
  });
  const boards = new Boards(w.source, store);
  const first = boards.ready();
  await tick(); // groups computed, the boards' writes held
  w.groups.set('anna', { team: 'south' }); // host.update publishes the new directory
  await boards.follow([{ sellerId: 'anna', before: { team: 'north' }, after: { team: 'south' } }]);
  release();
  await first;
  assert.deepEqual(
    { north: await inner.count('c|team|north'), south: await inner.count('c|team|south') },
    { north: 0, south: 1 },
  );
});

test('a shared store another process built is not rebuilt over a score placed meanwhile', async () => {
  const w = world();
  w.put('anna', 10);
  const store = sharedStore();
  const processB = new Boards(w.source, store);
  await processB.ready();
  const processA = new Boards(w.source, store);
  const release = w.holdBuild();
  const first = processA.ready();
  await tick();
  w.put('bruno', 20);
  await processB.place('c', { sellerId: 'bruno', score: 20, completedAt: 1 });
  release();
  await first;
  assert.equal(await store.count('c|global'), 2);
});

test('a shared store: a process that never read a board still takes an erased seller off it', async () => {
  const w = world();
  w.put('anna', 10);
  const store = sharedStore();
  await new Boards(w.source, store).ready();
  const processA = new Boards(w.source, store); // cold: it never read a board
  w.erase('anna');
  await processA.removeSeller('anna');
  assert.equal(await store.count('c|global'), 0);
});

test('a reorganisation that moves hundreds of sellers builds the boards afresh, everyone in their new group', async () => {
  const w = world();
  const sellers = Array.from({ length: 600 }, (_, i) => `s${String(i).padStart(3, '0')}`);
  for (const [i, sellerId] of sellers.entries()) {
    w.put(sellerId, i);
    w.groups.set(sellerId, { tier: 'silver' });
  }
  const store = createMemoryLeaderboardStore();
  const boards = new Boards(w.source, store);
  await boards.ready();
  for (const sellerId of sellers) w.groups.set(sellerId, { tier: 'gold' });
  await boards.follow(sellers.map((sellerId) => ({ sellerId, before: { tier: 'silver' }, after: { tier: 'gold' } })));
  await boards.ready();
  const count = async (tier: string) => (await boards.reader('c', 'tier', tier)).count();
  assert.deepEqual({ silver: await count('silver'), gold: await count('gold') }, { silver: 0, gold: 600 });
});

test('group boards are written on their first read or write, never before, and hold what storage holds', async () => {
  const w = world();
  w.put('anna', 10);
  w.put('bruno', 20);
  w.groups.set('anna', { team: 'north' });
  w.groups.set('bruno', { team: 'north' });
  const store = createMemoryLeaderboardStore();
  const boards = new Boards(w.source, store);
  await boards.ready();
  assert.equal(await store.count('c|global'), 2, 'the global board is built at once');
  assert.equal(await store.count('c|team|north'), 0, 'the team board waits for its first need');
  w.put('anna', 30);
  await boards.place('c', { sellerId: 'anna', score: 30, completedAt: 2 }); // a write touches it
  const north = await boards.reader('c', 'team', 'north');
  assert.deepEqual(
    (await north.page(0, 10)).map((row) => [row.sellerId, row.score]),
    [
      ['anna', 30],
      ['bruno', 20],
    ],
  );
});

test('a shared store that lost its data is refilled from storage by reload, not trusted for the score written since', async () => {
  const w = world();
  w.put('anna', 10);
  w.put('bruno', 20);
  const inner = createMemoryLeaderboardStore();
  const store = delegate(inner, { supports: { shared: true } });
  const boards = new Boards(w.source, store);
  await boards.ready();
  await inner.replace('c|global', []); // Redis restarted empty
  w.put('chloe', 30);
  await boards.place('c', { sellerId: 'chloe', score: 30, completedAt: 1 }); // written through since
  await boards.ready();
  assert.equal(await store.count('c|global'), 1, 'a plain read trusts the store');
  await boards.reload();
  assert.equal(await store.count('c|global'), 3);
  assert.equal(await store.rank('c|global', 'anna'), 3);
});

test('a score a shared store missed while unreachable is on the boards after the next read', async () => {
  const w = world();
  w.put('anna', 10);
  const inner = createMemoryLeaderboardStore();
  let down = false;
  const store = delegate(inner, {
    supports: { shared: true },
    write: (operations) => (down ? Promise.reject(new Error('redis away')) : inner.write(operations)),
  });
  const boards = new Boards(w.source, store);
  await boards.ready();
  down = true;
  w.put('bruno', 20);
  await assert.rejects(boards.place('c', { sellerId: 'bruno', score: 20, completedAt: 1 }));
  boards.invalidate(); // what the host does when a write-through fails
  down = false;
  await boards.ready();
  assert.equal(await store.count('c|global'), 2);
});

test('boards an older version built in a shared store are rebuilt once, by the processes that find them at once alike', async () => {
  const w = world();
  w.put('anna', 10);
  w.put('camille', 30);
  w.unranked.add('camille'); // a coach: ranked by the code before leaderboard.roles, not now
  w.groups.set('camille', { team: 'coaches' });
  const store = sharedStore();
  // What the older version left in Redis: every role ranked, and no format mark.
  const row = (sellerId: string, score: number) => ({ sellerId, score, completedAt: 1 });
  await store.replace('c|global', [row('camille', 30), row('anna', 10)]);
  await store.replace('c|team|coaches', [row('camille', 30)]);

  const [processA, processB] = [new Boards(w.source, store), new Boards(w.source, store)];
  await Promise.all([processA.ready(), processB.ready()]);
  assert.deepEqual(
    (await store.page('c|global', 0, 10)).map((entry) => entry.sellerId),
    ['anna'],
    'the coach is off the global board',
  );
  assert.equal(await store.count('c|team|coaches'), 0, 'and off a group board no one else was on');
  assert.deepEqual(
    (await store.page(FORMAT_BOARD, 0, 10)).map((entry) => entry.score),
    [BOARD_FORMAT],
  );

  const reads = w.fullReads();
  await new Boards(w.source, store).ready(); // a process started later
  assert.equal(w.fullReads(), reads, 'boards of the present format are trusted, not rebuilt again');
});

test('a process of an older format than the mark leaves the boards to the newer one', async () => {
  const w = world();
  w.put('anna', 10);
  const store = sharedStore();
  await store.replace('c|global', [{ sellerId: 'anna', score: 10, completedAt: 1 }]);
  await store.replace(FORMAT_BOARD, [{ sellerId: 'boards', score: BOARD_FORMAT + 1, completedAt: 0 }]);
  await new Boards(w.source, store).ready();
  assert.equal(w.fullReads(), 0);
  assert.equal((await store.page(FORMAT_BOARD, 0, 1))[0]?.score, BOARD_FORMAT + 1);
});

test('for any scores and hidden sellers, hidden and shown in any order, the boards rank exactly the visible ones', async () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(fc.record({ sellerId: fc.constantFrom(...ids), score: fc.integer({ min: 0, max: 4 }) }), {
        selector: (entry) => entry.sellerId,
      }),
      fc.subarray(ids),
      fc.array(fc.constantFrom(...ids), { maxLength: 8 }),
      fc.boolean(),
      fc.integer({ min: 1, max: 4 }),
      async (entries, hiddenAtFirst, toggles, shared, pageSize) => {
        const w = world();
        for (const entry of entries) w.put(entry.sellerId, entry.score);
        const hidden = new Set(hiddenAtFirst);
        const source: BoardsSource = {
          ...w.source,
          hidden: async (sellerIds) => new Set((sellerIds ?? ids).filter((id) => hidden.has(id))),
        };
        const boards = new Boards(source, shared ? sharedStore() : createMemoryLeaderboardStore());
        await boards.ready();
        for (const id of toggles) {
          if (!hidden.delete(id)) hidden.add(id);
          await boards.recheck([id]);
        }
        // The model: competition ranks (1, 2, 2, 4) over the visible scores alone.
        const visible = entries
          .filter((entry) => !hidden.has(entry.sellerId))
          .sort((x, y) => y.score - x.score || (x.sellerId < y.sellerId ? -1 : 1));
        const expected = visible.map(
          (entry) => `${1 + visible.filter((other) => other.score > entry.score).length}:${entry.sellerId}`,
        );
        const reader = await boards.reader('c', 'global');
        assert.equal(await reader.count(), visible.length);
        const paged: string[] = [];
        for (let offset = 0; offset < visible.length + pageSize; offset += pageSize) {
          paged.push(...(await reader.page(offset, pageSize)).map((row) => `${row.rank}:${row.sellerId}`));
        }
        assert.deepEqual(paged, expected, 'pages tile the visible board, no rank skipped');
      },
    ),
    { numRuns: 150 },
  );
});
