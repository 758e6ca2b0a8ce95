import type { LeaderboardStore, LeaderboardWrite } from '@mindshare/core';
import { equal, rejectsWithCode } from '../assert.js';
import type { LeaderboardGroup } from './harness.js';
import { expectBoard, expectEmpty, remove, seven, upsert, writeSeven, type Row } from './rows.js';

/** Malformed operations, each to be put third in a batch (and so past two good ones). */
const malformed: [string, unknown][] = [
  ['a NaN score', upsert('b', 'new', Number.NaN, 1)],
  ['an infinite score', upsert('b', 'new', Number.POSITIVE_INFINITY, 1)],
  [
    'a score given as a string',
    { type: 'upsert', board: 'b', entry: { sellerId: 'new', score: '80', completedAt: 1 } },
  ],
  ['a NaN completion time', upsert('b', 'new', 1, Number.NaN)],
  ['an infinite completion time', upsert('b', 'new', 1, Number.NEGATIVE_INFINITY)],
  ['a sellerId that is a number', { type: 'upsert', board: 'b', entry: { sellerId: 42, score: 1, completedAt: 1 } }],
  ['an upsert without an entry', { type: 'upsert', board: 'b' }],
  ['an upsert whose entry is null', { type: 'upsert', board: 'b', entry: null }],
  ['a remove without a sellerId', { type: 'remove', board: 'b' }],
  ['a board that is not a string', { type: 'remove', board: 7, sellerId: 'ana' }],
  ['an unknown operation type', { type: 'move', board: 'b', sellerId: 'ana' }],
  ['null', null],
  ['undefined', undefined],
];

const north: readonly Row[] = [
  ['ana', 50, 1, 1],
  ['ben', 40, 2, 2],
];

/** write(): operations in order, across boards, all or nothing. */
export function batchTests(group: LeaderboardGroup): void {
  group.test('a batch applies its operations in order', async (t) => {
    const store = await t.store();
    await store.write([
      upsert('b', 'ana', 1, 1),
      upsert('b', 'ana', 2, 2), // the later upsert wins
      upsert('b', 'ben', 5, 5),
      remove('b', 'ben'), // upsert then remove: gone
      remove('b', 'cai'),
      upsert('b', 'cai', 3, 3), // remove then upsert: there
    ]);
    await expectBoard(
      store,
      'b',
      [
        ['cai', 3, 3, 1],
        ['ana', 2, 2, 2],
      ],
      'the board',
    );
  });

  group.test('a directory move takes sellers off one board and onto another in one batch', async (t) => {
    const store = await t.store();
    await store.write([
      upsert('team/north', 'ana', 50, 1),
      upsert('team/north', 'ben', 40, 2),
      upsert('team/north', 'cai', 30, 3),
      upsert('team/south', 'dee', 45, 1),
    ]);
    // Ana and Cai move from north to south, keeping their scores; Ben stays.
    await store.write([
      remove('team/north', 'ana'),
      upsert('team/south', 'ana', 50, 1),
      remove('team/north', 'cai'),
      upsert('team/south', 'cai', 30, 3),
    ]);
    await expectBoard(store, 'team/north', [['ben', 40, 2, 1]], 'north');
    await expectBoard(
      store,
      'team/south',
      [
        ['ana', 50, 1, 1],
        ['dee', 45, 1, 2],
        ['cai', 30, 3, 3],
      ],
      'south',
    );
    // Moving the last seller off a board leaves it empty.
    await store.write([remove('team/north', 'ben'), upsert('team/east', 'ben', 40, 2)]);
    await expectEmpty(store, 'team/north', 'north after the last move', ['ben']);
    await expectBoard(store, 'team/east', [['ben', 40, 2, 1]], 'east');
  });

  group.test('an empty batch resolves and changes nothing', async (t) => {
    const store = await t.store();
    await writeSeven(store, 'b');
    await store.write([]);
    await expectBoard(store, 'b', seven, 'the board');
  });

  group.test('writes made together are all read once they resolve', async (t) => {
    const store = await t.store();
    await Promise.all([
      store.write([upsert('b', 'ana', 3, 1)]),
      store.write([upsert('b', 'ben', 2, 1), upsert('c', 'ben', 1, 1)]),
      store.write([upsert('b', 'cai', 1, 1)]),
      store.replace('d', [{ sellerId: 'dee', score: 1, completedAt: 1 }]),
    ]);
    equal(await store.count('b'), 3, 'count of b');
    equal(await store.rank('b', 'cai'), 3, 'rank of cai on b');
    equal(await store.count('c'), 1, 'count of c');
    equal(await store.count('d'), 1, 'count of d');
  });

  for (const [what, bad] of malformed) {
    group.test(`a batch whose third operation is ${what} is MIND_INVALID_INPUT and applies nothing`, async (t) => {
      const store = await t.store();
      await seed(store);
      const batch = [
        upsert('team/north', 'ana', 10, 9), // moves a seller
        remove('team/north', 'ben'), // removes one
        bad as LeaderboardWrite,
        upsert('team/new', 'cai', 1, 1), // would create a board
      ];
      await rejectsWithCode(store.write(batch), 'MIND_INVALID_INPUT', what);
      await expectSeeded(store, `after a batch with ${what}`);
      // The store still works.
      await store.write(batch.filter((_, i) => i !== 2));
      await expectBoard(store, 'team/north', [['ana', 10, 9, 1]], 'north after the good batch');
      await expectBoard(store, 'team/new', [['cai', 1, 1, 1]], 'the new board after the good batch');
    });
  }

  group.test('a batch with a hole where its third operation should be applies nothing', async (t) => {
    const store = await t.store();
    await seed(store);
    const batch: LeaderboardWrite[] = [upsert('team/north', 'ana', 10, 9), remove('team/north', 'ben')];
    batch[3] = upsert('team/new', 'cai', 1, 1); // index 2 is a hole, not even undefined
    await rejectsWithCode(store.write(batch), 'MIND_INVALID_INPUT', 'a sparse batch');
    await expectSeeded(store, 'after a sparse batch');
  });
}

async function seed(store: LeaderboardStore): Promise<void> {
  await store.write(north.map(([id, score, time]) => upsert('team/north', id, score, time)));
  await writeSeven(store, 'b');
}

async function expectSeeded(store: LeaderboardStore, what: string): Promise<void> {
  await expectBoard(store, 'team/north', north, `${what}: north`);
  await expectBoard(store, 'b', seven, `${what}: b`);
  await expectEmpty(store, 'team/new', `${what}: the board the batch would have created`, ['cai']);
}
