import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import { applyAnswer } from './apply-answer.js';
import type { MasteryRecord } from './mastery-record.schema.js';
import { needsStrengthening } from './needs-strengthening.js';

const T0 = Date.UTC(2026, 2, 1, 9);

function record(sellerId: string, topicId: string, rights: number, wrongs: number): MasteryRecord {
  let result: MasteryRecord | undefined;
  const answers = [...Array<boolean>(rights).fill(true), ...Array<boolean>(wrongs).fill(false)];
  for (const correct of answers) result = applyAnswer(result, { sellerId, topicId, correct, at: T0 });
  return result!;
}

const records = [
  record('s-strong', 'pricing', 8, 0), // 0.9: strong, not listed
  record('s-weak-more', 'pricing', 2, 6), // 3/10 = 0.3, evidence 8
  record('s-weak-less', 'pricing', 1, 3), // 2/6 = 1/3, evidence 4
  record('s-b-tie', 'pricing', 2, 4), // 3/8 = 0.375, evidence 6
  record('s-a-tie', 'pricing', 2, 4), // same score and evidence: by id
  record('s-z-tie', 'pricing', 5, 11), // 6/18 = 1/3 like s-weak-less, but evidence 16
  record('s-dev', 'security', 3, 1), // 4/6 ≈ 0.67: developing
  record('s-one-miss', 'pricing', 0, 1), // evidence 1: unknown, not "the worst"
];

test('worst first: lowest score, then more evidence, then id; strong rows left out; thin evidence apart', () => {
  const result = needsStrengthening({ by: 'seller', records, now: T0 });
  assert.deepEqual(
    result.rows.map((row) => [row.id, row.topicId, row.level]),
    [
      ['s-weak-more', 'pricing', 'weak'],
      ['s-z-tie', 'pricing', 'weak'], // 6/18 = 1/3 with evidence 16 ranks before s-weak-less (1/3, evidence 4)
      ['s-weak-less', 'pricing', 'weak'],
      ['s-a-tie', 'pricing', 'weak'],
      ['s-b-tie', 'pricing', 'weak'],
      ['s-dev', 'security', 'developing'],
    ],
  );
  assert.deepEqual(
    result.unknown.map((row) => row.id),
    ['s-one-miss'],
  );
});

test('topic filter and limit', () => {
  const result = needsStrengthening({ by: 'seller', records, now: T0, topic: 'security' });
  assert.deepEqual(
    result.rows.map((row) => row.id),
    ['s-dev'],
  );
  assert.deepEqual(result.unknown, []);
  const top = needsStrengthening({ by: 'seller', records, now: T0, limit: 2 });
  assert.deepEqual(
    top.rows.map((row) => row.id),
    ['s-weak-more', 's-z-tie'],
  );
  assert.throws(
    () => needsStrengthening({ by: 'seller', records, now: T0, limit: -1 }),
    (error: unknown) => isMindError(error, 'MIND_INVALID_INPUT'),
  );
});

test('by partner, partners are ranked on their pooled mastery', () => {
  const sellerPartner = new Map([
    ['s-strong', 'p-good'],
    ['s-dev', 'p-good'],
    ['s-weak-more', 'p-bad'],
    ['s-one-miss', 'p-bad'],
    ['s-b-tie', 'p-new'],
  ]);
  const result = needsStrengthening({ by: 'partner', sellerPartner, records, now: T0 });
  assert.deepEqual(
    result.rows.map((row) => [row.id, row.topicId, row.sellers]),
    [
      ['p-bad', 'pricing', 2],
      ['p-new', 'pricing', 1],
      ['p-good', 'security', 1],
    ],
  );
});

test('the ranking is sorted and independent of input order', () => {
  fc.assert(
    fc.property(fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }), (shuffled) => {
      const result = needsStrengthening({ by: 'seller', records: shuffled, now: T0 });
      assert.deepEqual(result, needsStrengthening({ by: 'seller', records, now: T0 }));
      for (let i = 1; i < result.rows.length; i++) {
        const [a, b] = [result.rows[i - 1]!, result.rows[i]!];
        assert.ok(a.score < b.score || (a.score === b.score && a.evidence >= b.evidence));
      }
    }),
  );
});
