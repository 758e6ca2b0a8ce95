import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import { applyAnswer } from './apply-answer.js';
import { masteryBy, type MasteryGrouping, type MasteryRow } from './mastery-by.js';
import { masteryOf } from './mastery-of.js';
import type { MasteryRecord } from './mastery-record.schema.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1, 9);

/** A record of `sellerId` on `topicId` from answers (true = right) at `at`. */
function record(sellerId: string, topicId: string, answers: readonly boolean[], at = T0): MasteryRecord {
  let result: MasteryRecord | undefined;
  for (const correct of answers) result = applyAnswer(result, { sellerId, topicId, correct, at });
  return result!;
}

const sellerPartner = new Map([
  ['s-a', 'p-1'],
  ['s-b', 'p-1'],
  ['s-c', 'p-2'],
]);
const partnerTier = new Map([
  ['p-1', 'gold'],
  ['p-2', 'silver'],
]);
const records = [
  record('s-a', 'pricing', [true, true, true]),
  record('s-b', 'pricing', [false]),
  record('s-c', 'pricing', [true, true, false, false]),
  record('s-x', 'pricing', [false, false, false]), // left the directory
  record('s-a', 'security', [true, true]),
];
const brief = (rows: MasteryRow[]) =>
  rows.map((row) => [
    row.id,
    row.topicId,
    Math.round(row.score * 1000) / 1000,
    row.evidence,
    row.level,
    row.sellers,
    row.sellersMeasured,
  ]);

test('per seller, each row is the seller’s own mastery, ordered by seller then topic', () => {
  const rows = masteryBy({ by: 'seller', records, now: T0 + 5 * DAY });
  assert.deepEqual(
    rows.map((row) => [row.id, row.topicId]),
    [
      ['s-a', 'pricing'],
      ['s-a', 'security'],
      ['s-b', 'pricing'],
      ['s-c', 'pricing'],
      ['s-x', 'pricing'],
    ],
  );
  for (const row of rows) {
    const own = records.find((r) => r.sellerId === row.id && r.topicId === row.topicId)!;
    const { by, id, topicId, sellers, sellersMeasured, ...mastery } = row;
    assert.deepEqual(mastery, masteryOf(own, T0 + 5 * DAY));
    assert.deepEqual([by, id, topicId, sellers], ['seller', own.sellerId, own.topicId, 1]);
    assert.equal(sellersMeasured, mastery.level === 'unknown' ? 0 : 1);
  }
});

test('per partner: pooled evidence-weighted accuracy with one prior, and sellers measured', () => {
  assert.deepEqual(brief(masteryBy({ by: 'partner', sellerPartner, records, now: T0, topic: 'pricing' })), [
    ['p-1', 'pricing', 0.667, 4, 'developing', 2, 1], // (3 + 1) / (4 + 2); s-b has one answer only
    ['p-2', 'pricing', 0.5, 4, 'weak', 1, 1], // (2 + 1) / (4 + 2)
  ]);
});

test('per tier, through partner then tier; sellers and partners outside the directory are left out', () => {
  const rows = masteryBy({ by: 'tier', sellerPartner, partnerTier: new Map([['p-1', 'gold']]), records, now: T0 });
  assert.deepEqual(brief(rows), [
    ['gold', 'pricing', 0.667, 4, 'developing', 2, 1],
    ['gold', 'security', 0.75, 2, 'developing', 1, 1], // (2 + 1) / (2 + 2)
  ]);
});

test('many sellers with one right answer each make a strong partner (the prior is applied once)', () => {
  const many = Array.from({ length: 10 }, (_, i) => record(`s-${i}`, 'pricing', [true]));
  const map = new Map(many.map((r) => [r.sellerId, 'p-1']));
  const [row] = masteryBy({ by: 'partner', sellerPartner: map, records: many, now: T0 });
  assert.equal(row!.level, 'strong');
  assert.equal(row!.sellersMeasured, 0, 'yet no single seller is measured');
});

test('aggregation does not depend on the order of the records', () => {
  const recordArb = fc.record({
    seller: fc.constantFrom('s-a', 's-b', 's-c', 's-d', 's-e'),
    topic: fc.constantFrom('pricing', 'security', 'roadmap'),
    answers: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
    day: fc.integer({ min: 0, max: 200 }),
  });
  const groupings: MasteryGrouping[] = [
    { by: 'seller' },
    { by: 'partner', sellerPartner: new Map([...sellerPartner, ['s-d', 'p-2'], ['s-e', 'p-3']]) },
    {
      by: 'tier',
      sellerPartner: new Map([...sellerPartner, ['s-d', 'p-2'], ['s-e', 'p-3']]),
      partnerTier: new Map([...partnerTier, ['p-3', 'gold']]),
    },
  ];
  fc.assert(
    fc.property(
      fc
        .uniqueArray(recordArb, { selector: (r) => `${r.seller}/${r.topic}`, maxLength: 15 })
        .chain((raw) =>
          fc.tuple(fc.constant(raw), fc.shuffledSubarray(raw, { minLength: raw.length, maxLength: raw.length })),
        ),
      fc.integer({ min: 0, max: 400 }),
      ([raw, shuffled], nowDay) => {
        const build = (list: typeof raw) => list.map((r) => record(r.seller, r.topic, r.answers, T0 + r.day * DAY));
        for (const grouping of groupings) {
          const now = T0 + nowDay * DAY;
          const a = masteryBy({ ...grouping, records: build(raw), now });
          const b = masteryBy({ ...grouping, records: build(shuffled), now });
          assert.deepEqual(b, a);
          for (const row of a) assert.ok(row.score >= 0 && row.score <= 1 && row.sellersMeasured <= row.sellers);
        }
      },
    ),
  );
});

test('bad queries are refused with MIND_INVALID_INPUT', () => {
  const bad = (fn: () => unknown) => assert.throws(fn, (error: unknown) => isMindError(error, 'MIND_INVALID_INPUT'));
  bad(() => masteryBy({ by: 'seller', records: [records[0]!, records[0]!], now: T0 }));
  bad(() => masteryBy({ by: 'seller', records, now: Number.NaN }));
  bad(() => masteryBy({ by: 'tier', sellerPartner, records, now: T0 } as unknown as Parameters<typeof masteryBy>[0]));
});
