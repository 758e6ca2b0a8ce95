// fast-check is a dependency of @mindshare/adapters (pinned like the root's), not an injected
// parameter: runLeaderboardConformance then takes the same options as runConformance and works
// with nothing more to install, and the kit always runs against the fast-check API it was written
// for, whatever major version an integrator's own tests use. Only this entry point imports it, so
// applications bundling the adapters never ship it.
import fc from 'fast-check';
import type { LeaderboardEntry, LeaderboardStore, LeaderboardWrite } from '@mindshare/core';
import { deepEqual, equal, rejectsWithCode } from '../assert.js';
import type { LeaderboardGroup } from './harness.js';
import { BoardsModel } from './model.js';
import { readAround, readPage } from './rows.js';

const boards = ['north', 'south', 'q4/all'] as const;
const unknownBoard = 'never-written';
// Few sellers, scores and times, so ties on score and on (score, time) are the common case; ids
// whose UTF-16 order differs from their code point or locale order; a few numbers far apart.
const sellers = ['ana', 'ben', 'a', 'aa', 'B', 'é', '😀', '\uE000', '\uFFFD', 'z', 'Z', 's1', 's10', 's2'];
for (let i = 3; i < 10; i++) sellers.push(`s${i}`);

const sellerArb = fc.constantFrom(...sellers);
const boardArb = fc.constantFrom(...boards);
const scoreArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -2, max: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(0.5, -0.25, 1e300, -1e300) },
);
const timeArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(1.5, -1, 1e15) },
);
// fc.record builds null-prototype objects; plain ones are what an engine passes.
const entryArb = fc
  .record({ sellerId: sellerArb, score: scoreArb, completedAt: timeArb })
  .map((e): LeaderboardEntry => ({ ...e }));
const writeArb: fc.Arbitrary<LeaderboardWrite> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(boardArb, entryArb)
      .map(([board, entry]): LeaderboardWrite => ({ type: 'upsert', board, entry })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(boardArb, sellerArb)
      .map(([board, sellerId]): LeaderboardWrite => ({ type: 'remove', board, sellerId })),
  },
);

type Step =
  | { readonly kind: 'write'; readonly operations: LeaderboardWrite[] }
  | { readonly kind: 'replace'; readonly board: string; readonly entries: LeaderboardEntry[] };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .array(writeArb, { minLength: 1, maxLength: 10 })
      .map((operations): Step => ({ kind: 'write', operations })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(boardArb, fc.uniqueArray(entryArb, { selector: (e) => e.sellerId, maxLength: sellers.length }))
      .map(([board, entries]): Step => ({ kind: 'replace', board, entries })),
  },
);

/** `[offset, limit]` pairs, offsets reaching past the end of the biggest board. */
const pagesArb = fc.array(fc.tuple(fc.nat({ max: sellers.length + 2 }), fc.nat({ max: 6 })), {
  minLength: 1,
  maxLength: 4,
});

const badOperationArb = fc.constantFrom<unknown>(
  { type: 'upsert', board: 'north', entry: { sellerId: 'ana', score: Number.NaN, completedAt: 1 } },
  { type: 'upsert', board: 'south', entry: { sellerId: 'ben', score: 1, completedAt: Number.POSITIVE_INFINITY } },
  { type: 'upsert', board: 'north', entry: { sellerId: 7, score: 1, completedAt: 1 } },
  { type: 'upsert', board: 'q4/all' },
  { type: 'remove', board: 'north' },
  { type: 'swap', board: 'north', sellerId: 'ana' },
  null,
);

async function apply(store: LeaderboardStore, model: BoardsModel, step: Step): Promise<void> {
  if (step.kind === 'write') {
    await store.write(step.operations);
    model.write(step.operations);
  } else {
    await store.replace(step.board, step.entries);
    model.replace(step.board, step.entries);
  }
}

/** count and the whole listing of every board (and of one never written) equal the model's. */
async function expectListings(store: LeaderboardStore, model: BoardsModel, what: string): Promise<void> {
  for (const board of [...boards, unknownBoard]) {
    const expected = model.listing(board);
    equal(await store.count(board), expected.length, `${what}: count of ${board}`);
    deepEqual(await readPage(store, board, 0, expected.length + 1), expected, `${what}: listing of ${board}`);
  }
}

/** Random histories on three boards against a sorted model: every read a store offers agrees. */
export function propertyTests(group: LeaderboardGroup): void {
  group.test('after random writes and replaces, rank, page, around and count agree with a sorted model', async (t) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { maxLength: 12 }),
        pagesArb,
        fc.nat({ max: 3 }),
        async (history, pages, radius) => {
          const store = await t.store();
          try {
            const model = new BoardsModel();
            for (const [i, step] of history.entries()) {
              await apply(store, model, step);
              await expectListings(store, model, `after step ${i}`);
            }
            for (const board of [...boards, unknownBoard]) {
              const expected = model.listing(board);
              for (const [offset, limit] of pages) {
                deepEqual(
                  await readPage(store, board, offset, limit),
                  expected.slice(offset, offset + limit),
                  `page(${board}, ${offset}, ${limit})`,
                );
              }
              for (const sellerId of sellers) {
                const row = expected.find((r) => r.sellerId === sellerId);
                equal(await store.rank(board, sellerId), row?.rank, `rank(${board}, ${sellerId})`);
                deepEqual(
                  await readAround(store, board, sellerId, radius),
                  row === undefined
                    ? []
                    : expected.slice(Math.max(0, row.position - radius), row.position + radius + 1),
                  `around(${board}, ${sellerId}, ${radius})`,
                );
              }
            }
          } finally {
            await t.release(store);
          }
        },
      ),
      t.property,
    );
  });

  group.test('a malformed batch amid a random history changes nothing; the same batch made good applies', async (t) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { maxLength: 6 }),
        fc.array(writeArb, { maxLength: 8 }),
        fc.nat(),
        badOperationArb,
        async (history, operations, at, bad) => {
          const store = await t.store();
          try {
            const model = new BoardsModel();
            for (const step of history) await apply(store, model, step);
            const batch = [...operations];
            batch.splice(at % (operations.length + 1), 0, bad as LeaderboardWrite);
            await rejectsWithCode(store.write(batch), 'MIND_INVALID_INPUT', 'the malformed batch');
            await expectListings(store, model, 'after the malformed batch');
            await apply(store, model, { kind: 'write', operations });
            await expectListings(store, model, 'after the good batch');
          } finally {
            await t.release(store);
          }
        },
      ),
      t.property,
    );
  });
}
