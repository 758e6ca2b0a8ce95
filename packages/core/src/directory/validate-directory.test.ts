import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { z } from '../content/zod.js';
import { DirectorySchema, type Directory } from './directory.schema.js';
import { parseDirectory } from './parse-directory.js';
import { quickParseDirectory } from './quick-parse-directory.js';
import { quickObject, UNSURE } from './quick-parse.js';
import { validateDirectory } from './validate-directory.js';

// Values near every edge the schema draws: lengths counted in code points (an emoji is two UTF-16
// units), the id and zone patterns, enums, wrong types. Each field is valid most of the time, so
// that a fair share of whole directories is valid too.
const ASTRAL = '😀';
const badIds = ['a'.repeat(129), '', '-x', 'x y', ASTRAL, 7, null];
const goodTexts = ['Ana', 'x', ASTRAL, ' ', 'a'.repeat(128)];
const badTexts = ['', 0, false, [], null];

/** A field: usually one of `good`, now and then one of `bad`, absent one time in three. */
function field(good: fc.Arbitrary<unknown>, bad: readonly unknown[], absent = true): fc.Arbitrary<unknown> {
  const value = fc.oneof({ weight: 40, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom(...bad) });
  return absent ? fc.option(value, { nil: undefined, freq: 3 }) : value;
}

/** Drops the keys whose value is `undefined`: the arbitrary's way of leaving a field out. */
function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** Now and then a key the schema does not know, `__proto__` included (JSON makes it an own key). */
function withExtraKey<T extends Record<string, unknown>>(record: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  const extra = fc.oneof(
    { weight: 30, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom('nickname', '__proto__', 'ID', 'constructor') },
  );
  return fc
    .tuple(record, extra)
    .map(([fields, key]) => ({ ...compact(fields), ...(key === undefined ? {} : { [key]: 'x' }) }));
}

// Few distinct ids, so that duplicates and unknown partners turn up.
const partnerId = fc.integer({ min: 0, max: 4 }).map((n) => `p-${n}`);
const sellerId = fc.integer({ min: 0, max: 40 }).map((n) => `s-${n}`);
const text = fc.constantFrom(...goodTexts);

const partner = withExtraKey(
  fc.record({
    id: field(partnerId, badIds, false),
    name: field(text, badTexts, false),
    region: field(text, badTexts),
    metrics: field(
      fc.dictionary(fc.constantFrom('revenue', 'seats'), fc.constantFrom(0, 1.5, -3, 1e308)),
      [null, [], 'x', { '': 1 }, { revenue: 'x' }, { seats: null }],
      false,
    ),
  }),
);

const seller = withExtraKey(
  fc.record({
    id: field(sellerId, badIds, false),
    partnerId: field(partnerId, badIds),
    displayName: field(text, badTexts, false),
    region: field(text, badTexts),
    team: field(text, badTexts),
    role: field(fc.constantFrom('seller', 'coach', 'manager'), ['admin', 'Seller', '', 1], false),
    locale: field(fc.constantFrom('en', 'fr-CA', 'de-DE-1996'), ['EN', 'e', 'fr_CA', '', 42]),
    timeZone: field(fc.constantFrom('UTC', 'Europe/Paris', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5'), [
      'Paris',
      'utc',
      '',
      null,
    ]),
    privacy: field(fc.constantFrom('visible', 'opted-out'), ['hidden', '', null]),
    email: field(fc.constantFrom('ana@north.example', 'bo.l@south.example'), ['ana', 'a@', '', 42]),
  }),
);

/** Directories in JSON form (as `fetch(…).json()` gives them): often valid, often not. */
const jsonDirectory = fc
  .oneof(
    {
      weight: 20,
      arbitrary: withExtraKey(
        fc.record({ partners: fc.array(partner, { maxLength: 4 }), sellers: fc.array(seller, { maxLength: 8 }) }),
      ),
    },
    { weight: 1, arbitrary: fc.jsonValue() },
  )
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown);

/** A valid directory, then a few random changes anywhere in it. */
function validDirectory(): Record<string, unknown> {
  return {
    partners: [
      { id: 'p-1', name: 'North', region: 'emea', metrics: { revenue: 1_250_000, seats: 4 } },
      { id: 'p-2', name: 'South', metrics: {} },
    ],
    sellers: [
      { id: 's-1', partnerId: 'p-1', displayName: 'Ana', role: 'seller', locale: 'fr-FR', timeZone: 'Europe/Paris' },
      { id: 's-2', partnerId: 'p-2', displayName: 'Bo', role: 'coach', team: 'inside', privacy: 'opted-out' },
      { id: 's-3', displayName: 'Cy', role: 'manager', region: 'amer', privacy: 'visible' },
    ],
  };
}

function pathsIn(root: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = [prefix];
  if (Array.isArray(root)) root.forEach((item, index) => paths.push(...pathsIn(item, [...prefix, index])));
  else if (typeof root === 'object' && root !== null)
    for (const [key, item] of Object.entries(root)) paths.push(...pathsIn(item, [...prefix, key]));
  return paths;
}

const change = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    value: fc.oneof(fc.jsonValue(), fc.constantFrom(...badIds, 'p-1', 's-1', 's-3')),
  }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('add' as const), key: fc.string(), value: fc.jsonValue() }),
);

const mutatedDirectory = fc
  .array(fc.tuple(fc.constantFrom(...pathsIn(validDirectory()).filter((path) => path.length > 0)), change), {
    minLength: 0,
    maxLength: 3,
  })
  .map((changes) => {
    const directory = validDirectory();
    for (const [path, change] of changes) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into arbitrary JSON paths
      let parent: any = directory;
      for (const segment of path.slice(0, -1)) parent = parent?.[segment];
      if (typeof parent !== 'object' || parent === null) continue;
      const key = path[path.length - 1]!;
      if (change.kind === 'replace') parent[key] = change.value;
      else if (change.kind === 'delete') delete parent[key];
      else if (!Array.isArray(parent)) parent[change.key] = change.value;
    }
    return JSON.parse(JSON.stringify(directory)) as unknown;
  });

/** What the quick parse gives must be what zod gives, key order included. */
function assertSameAsSchema(input: unknown, quick: Directory | undefined): void {
  if (quick === undefined) return;
  const full = DirectorySchema.safeParse(input);
  assert.ok(full.success, 'the quick parse accepted a directory the schema rejects');
  assert.deepStrictEqual(quick, full.data);
  assert.equal(JSON.stringify(quick), JSON.stringify(full.data));
}

test('on JSON directories the quick parse accepts exactly what the schema accepts, with the same result', () => {
  fc.assert(
    fc.property(fc.oneof(jsonDirectory, mutatedDirectory), (input) => {
      const quick = quickParseDirectory(input);
      assert.equal(quick !== undefined, DirectorySchema.safeParse(input).success);
      assertSameAsSchema(input, quick);
    }),
    { numRuns: 1500 },
  );
});

test('on any input the quick parse never accepts what the schema rejects', () => {
  // Values JSON cannot carry (undefined, null prototypes, -0, class instances…) may send the
  // quick parse back to the schema, but must never make it vouch for something wrong.
  const odd = fc.oneof(
    fc.constant(undefined),
    fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, maxDepth: 2 }),
  );
  const sellerWithOddField = fc
    .tuple(seller, fc.constantFrom('id', 'partnerId', 'region', 'privacy', 'locale', 'role'), odd)
    .map(([record, key, value]) => ({ ...(record as object), [key]: value }));
  const input = fc.oneof(
    odd,
    fc.record({
      partners: fc.array(partner, { maxLength: 2 }),
      sellers: fc.array(fc.oneof(seller, sellerWithOddField, odd)),
    }),
  );
  fc.assert(
    fc.property(input, (value) => assertSameAsSchema(value, quickParseDirectory(value))),
    { numRuns: 1000 },
  );
});

test('validateDirectory gives what parseDirectory gives, errors and their paths included', async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(jsonDirectory, mutatedDirectory), async (input) => {
      const fast = await validateDirectory(input);
      const full = parseDirectory(input);
      assert.deepStrictEqual(fast, full);
      assert.equal(JSON.stringify(fast), JSON.stringify(full));
    }),
    { numRuns: 500 },
  );
});

test('a valid directory in JSON form takes the quick path', () => {
  const input = validDirectory();
  const quick = quickParseDirectory(input);
  assert.ok(quick, 'the quick parse should vouch for a valid directory');
  assert.equal(quick.sellers[0]?.privacy, 'visible');
  assert.equal('partnerId' in quick.sellers[2]!, false);
  assert.notEqual(quick.sellers[0], (input['sellers'] as unknown[])[0], 'the result is a copy, as zod makes');
});

test('the quick object parse leaves to the schema what it cannot vouch for', () => {
  const schema = z.strictObject({ word: z.string() }).check(z.refine((value) => value.word !== 'no', 'not "no"'));
  const parse = quickObject(schema);
  assert.equal(parse({ word: 'no' }), UNSURE);
  assert.deepEqual(parse({ word: 'yes' }), { word: 'yes' });

  const hidden = { id: 's-1', displayName: 'Ana', role: 'seller' };
  Object.defineProperty(hidden, 'partnerId', { value: 42, enumerable: false });
  const input = { partners: [], sellers: [hidden] };
  assert.equal(quickParseDirectory(input), undefined);
  assert.equal(DirectorySchema.safeParse(input).success, false);
});
