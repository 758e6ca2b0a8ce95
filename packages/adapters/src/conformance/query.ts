import type { QueryOptions, StorageAdapter, StorageKey } from '@mindshare/core';
import { deepEqual, equal, rejectsWithCode } from './assert.js';
import type { Group } from './harness.js';
import { idsOf, type Item } from './schemas.js';

const keysOf = async (storage: StorageAdapter, options: Parameters<StorageAdapter['query']>[1] = {}) =>
  (await storage.query<{ k: StorageKey }>('keys', options)).map((record) => record.k);

/** Queries by primary key and index: order, ranges, direction, limit, count, index kinds. */
export function queryTests(group: Group): void {
  group.test('keys are ordered as IndexedDB orders them: numbers < dates < strings < arrays', async (t) => {
    const storage = await t.open();
    const ordered: StorageKey[] = [
      -Infinity,
      -1.5,
      0,
      2,
      10,
      Infinity,
      new Date(-1),
      new Date(0),
      new Date(1000),
      '',
      '10',
      '2',
      'A',
      'Z',
      'a',
      'ab',
      'é',
      '\u{1F600}',
      '\uFFFF',
      [],
      [-1],
      [1],
      [1, 'a'],
      [1, ['nested']],
      ['a'],
      ['a', 1],
      [[]],
    ];
    const shuffled = ordered.map((k, i) => ({ k, i })).sort((a, b) => ((a.i * 7919) % 31) - ((b.i * 7919) % 31));
    await storage.batch(shuffled.map(({ k }) => ({ type: 'put' as const, collection: 'keys', value: { k } })));
    deepEqual(await keysOf(storage), ordered, 'ascending order');
    deepEqual(await keysOf(storage, { direction: 'prev' }), [...ordered].reverse(), 'descending order');
    equal(await storage.count('keys'), ordered.length, 'count');
  });

  group.test('ranges: only, lower and upper bounds open or closed', async (t) => {
    const storage = await t.open();
    await storage.batch([1, 2, 3, 4, 5].map((k) => ({ type: 'put' as const, collection: 'keys', value: { k } })));
    deepEqual(await keysOf(storage, { range: { only: 3 } }), [3], 'only');
    deepEqual(await keysOf(storage, { range: { only: 9 } }), [], 'only, missing');
    deepEqual(await keysOf(storage, { range: { lower: 3 } }), [3, 4, 5], 'lower closed');
    deepEqual(await keysOf(storage, { range: { lower: 3, lowerOpen: true } }), [4, 5], 'lower open');
    deepEqual(await keysOf(storage, { range: { upper: 3 } }), [1, 2, 3], 'upper closed');
    deepEqual(await keysOf(storage, { range: { upper: 3, upperOpen: true } }), [1, 2], 'upper open');
    deepEqual(await keysOf(storage, { range: { lower: 2, upper: 4 } }), [2, 3, 4], 'both closed');
    deepEqual(
      await keysOf(storage, { range: { lower: 2, upper: 4, lowerOpen: true, upperOpen: true } }),
      [3],
      'both open',
    );
    deepEqual(await keysOf(storage, { range: { lower: 4, upper: 2 } }), [], 'lower above upper');
    deepEqual(await keysOf(storage, { range: { lower: 3, upper: 3, lowerOpen: true } }), [], 'empty open range');
    deepEqual(await keysOf(storage, { range: { lower: 'a' } }), [], 'a string bound is above every number');
    equal(await storage.count('keys', { range: { lower: 2, upper: 4, upperOpen: true } }), 2, 'count in a range');
  });

  group.test('compound keys: a prefix bound selects every key that starts with it', async (t) => {
    const storage = await t.open();
    const rows = [
      ['b', 1],
      ['a', 2],
      ['a', 1],
      ['c', 0],
      ['a', 'z'],
    ].map(([a, b]) => ({ type: 'put' as const, collection: 'pairs', value: { a, b } }));
    await storage.batch(rows);
    const pairs = async (range: object) =>
      (await storage.query<{ a: string; b: unknown }>('pairs', { range })).map((r) => [r.a, r.b]);
    deepEqual(
      await pairs({ lower: ['a'], upper: ['a', []] }),
      [
        ['a', 1],
        ['a', 2],
        ['a', 'z'],
      ],
      'all of a',
    );
    deepEqual(await pairs({ lower: ['a', 2], upper: ['b'], lowerOpen: true }), [['a', 'z']], 'after a/2, before b');
  });

  group.test('direction and limit; limit 0 gives nothing; an invalid limit is MIND_INVALID_INPUT', async (t) => {
    const storage = await t.open();
    await storage.batch([5, 1, 4, 2, 3].map((k) => ({ type: 'put' as const, collection: 'keys', value: { k } })));
    deepEqual(await keysOf(storage, { limit: 2 }), [1, 2], 'first two');
    deepEqual(await keysOf(storage, { direction: 'prev', limit: 2 }), [5, 4], 'last two');
    deepEqual(await keysOf(storage, { direction: 'prev', range: { upper: 4, upperOpen: true } }), [3, 2, 1], 'prev');
    deepEqual(await keysOf(storage, { limit: 0 }), [], 'limit 0');
    deepEqual(await keysOf(storage, { limit: 10 }), [1, 2, 3, 4, 5], 'a limit above the count');
    for (const limit of [-1, 1.5, Number.NaN]) {
      await rejectsWithCode(storage.query('keys', { limit }), 'MIND_INVALID_INPUT', `limit ${limit}`);
    }
  });

  group.test(
    'count counts what query would return without a limit: a limit or direction given is ignored',
    async (t) => {
      const storage = await t.open();
      await storage.batch([5, 1, 4, 2, 3].map((k) => ({ type: 'put' as const, collection: 'keys', value: { k } })));
      const items: Item[] = [
        { id: 'a', group: 'g1', tags: ['x', 'y'] },
        { id: 'b', group: 'g1', tags: ['x'] },
        { id: 'c', group: 'g2', tags: ['y'] },
        { id: 'd' },
      ];
      await storage.batch(items.map((value) => ({ type: 'put' as const, collection: 'items', value })));
      // The options a page of results is read with, passed to count as they are ("12 of 40"): its
      // type leaves out limit and direction, but an options object typed QueryOptions carries them.
      const cases: [collection: string, options: QueryOptions, expected: number, what: string][] = [
        ['keys', { limit: 2 }, 5, 'a limit'],
        ['keys', { limit: 0 }, 5, 'limit 0'],
        ['keys', { range: { lower: 2 }, limit: 1 }, 4, 'a range and a limit'],
        ['keys', { direction: 'prev', limit: 3 }, 5, "direction 'prev' and a limit"],
        ['items', { index: 'byGroup', limit: 1 }, 3, 'an index and a limit'],
        ['items', { index: 'byGroup', range: { only: 'g1' }, limit: 1 }, 2, 'an index, a range and a limit'],
        ['items', { index: 'byTags', limit: 2 }, 4, 'a multiEntry index and a limit'],
      ];
      for (const [collection, options, expected, what] of cases) {
        const { limit: _limit, direction: _direction, ...unlimited } = options;
        equal((await storage.query(collection, unlimited)).length, expected, `query without the limit (${what})`);
        equal(await storage.count(collection, options), expected, `count with ${what}`);
      }
    },
  );

  group.test('an index orders by index key, then by primary key, in both directions', async (t) => {
    const storage = await t.open();
    const items: Item[] = [
      { id: 'c', group: 'g1' },
      { id: 'a', group: 'g2' },
      { id: 'b', group: 'g1' },
      { id: 'd', group: 1 },
      { id: 'e' },
      { id: 'f', group: { not: 'a key' } },
    ];
    await storage.batch(items.map((value) => ({ type: 'put' as const, collection: 'items', value })));
    deepEqual(idsOf(await storage.query('items', { index: 'byGroup' })), ['d', 'b', 'c', 'a'], 'ascending');
    deepEqual(
      idsOf(await storage.query('items', { index: 'byGroup', direction: 'prev' })),
      ['a', 'c', 'b', 'd'],
      'descending',
    );
    deepEqual(idsOf(await storage.query('items', { index: 'byGroup', range: { only: 'g1' } })), ['b', 'c'], 'only');
    deepEqual(
      idsOf(await storage.query('items', { index: 'byGroup', range: { lower: 'g1' }, limit: 2 })),
      ['b', 'c'],
      'range and limit',
    );
    equal(await storage.count('items', { index: 'byGroup' }), 4, 'records without a valid index key are not indexed');
    equal(await storage.count('items', { index: 'byGroup', range: { only: 'g1' } }), 2, 'count in a range');
  });

  group.test('a compound index is queried by compound ranges', async (t) => {
    const storage = await t.open();
    const items: Item[] = [
      { id: 1, group: 'g', rank: 3 },
      { id: 2, group: 'g', rank: 1 },
      { id: 3, group: 'h', rank: 2 },
      { id: 4, group: 'g' },
    ];
    await storage.batch(items.map((value) => ({ type: 'put' as const, collection: 'items', value })));
    deepEqual(
      idsOf(await storage.query('items', { index: 'byGroupRank', range: { lower: ['g'], upper: ['g', []] } })),
      [2, 1],
      'group g by rank',
    );
    deepEqual(
      idsOf(await storage.query('items', { index: 'byGroupRank', direction: 'prev', limit: 1 })),
      [3],
      'highest',
    );
  });

  group.test('a multiEntry index indexes each distinct element of an array', async (t) => {
    const storage = await t.open();
    const items: Item[] = [
      { id: 'a', tags: ['x', 'y', 'x'] },
      { id: 'b', tags: ['y'] },
      { id: 'c', tags: 'x' },
      { id: 'd', tags: [] },
      { id: 'e', tags: [{ bad: true }, 'z'] },
    ];
    await storage.batch(items.map((value) => ({ type: 'put' as const, collection: 'items', value })));
    deepEqual(idsOf(await storage.query('items', { index: 'byTags', range: { only: 'x' } })), ['a', 'c'], 'x');
    deepEqual(idsOf(await storage.query('items', { index: 'byTags', range: { only: 'y' } })), ['a', 'b'], 'y');
    deepEqual(idsOf(await storage.query('items', { index: 'byTags', range: { only: 'z' } })), ['e'], 'z');
    equal(await storage.count('items', { index: 'byTags' }), 5, 'index entries');
    await storage.put('items', { id: 'a', tags: ['y'] });
    deepEqual(idsOf(await storage.query('items', { index: 'byTags', range: { only: 'x' } })), ['c'], 'x after update');
  });

  group.test('a unique index refuses a second record with the same index key', async (t) => {
    const storage = await t.open();
    await storage.put('items', { id: 'a', email: 'm@x' });
    await storage.put('items', { id: 'a', email: 'm@x', name: 'same record again' });
    await rejectsWithCode(storage.put('items', { id: 'b', email: 'm@x' }), 'MIND_CONFLICT', 'second record');
    equal(await storage.get('items', 'b'), undefined, 'the refused record');
    await storage.put('items', { id: 'c' });
    await storage.put('items', { id: 'd' });
    await storage.delete('items', 'a');
    await storage.put('items', { id: 'b', email: 'm@x' });
    deepEqual(idsOf(await storage.query('items', { index: 'byEmail' })), ['b'], 'the unique index');
  });

  group.test('an unknown index is MIND_NOT_FOUND', async (t) => {
    const storage = await t.open();
    await rejectsWithCode(storage.query('items', { index: 'nope' }), 'MIND_NOT_FOUND', 'query');
    await rejectsWithCode(storage.count('items', { index: 'nope' }), 'MIND_NOT_FOUND', 'count');
    await rejectsWithCode(storage.query('keys', { index: 'byGroup' }), 'MIND_NOT_FOUND', 'index of another collection');
  });
}
