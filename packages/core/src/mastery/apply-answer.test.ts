import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import { applyAnswer, mergeMastery, type MasteryAnswer } from './apply-answer.js';
import { MASTERY_HALF_LIFE_DAYS } from './mastery-model.js';
import { masteryOf } from './mastery-of.js';
import { MasteryRecordSchema, type MasteryRecord } from './mastery-record.schema.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1, 9);
const ids = { sellerId: 's-1', topicId: 'pricing' } as const;
const right = (at: number): MasteryAnswer => ({ ...ids, correct: true, at });
const wrong = (at: number): MasteryAnswer => ({ ...ids, correct: false, at });
const fold = (answers: readonly MasteryAnswer[]) =>
  answers.reduce<MasteryRecord | undefined>((record, answer) => applyAnswer(record, answer), undefined);

/** Answers of one seller and topic: a credit (boolean or fraction) at a time within a year. */
const answerArb = fc.record({
  credit: fc.oneof(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true })),
  at: fc.integer({ min: T0, max: T0 + 365 * DAY }),
});
const toAnswer = ({ credit, at }: { credit: boolean | number; at: number }): MasteryAnswer =>
  typeof credit === 'boolean' ? { ...ids, correct: credit, at } : { ...ids, credit, at };

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${what}: ${actual} vs ${expected}`);

test('one right answer is not 100 %: the prior keeps it at 2/3 and the level unknown', () => {
  const once = masteryOf(fold([right(T0)])!, T0);
  close(once.score, 2 / 3, 'score');
  assert.deepEqual({ ...once, score: 0 }, { score: 0, evidence: 1, count: 1, lastAt: T0, level: 'unknown' });
  const thrice = masteryOf(fold([right(T0), right(T0), right(T0)])!, T0);
  close(thrice.score, 0.8, 'three right');
  assert.equal(thrice.level, 'strong');
  assert.equal(masteryOf(fold([right(T0), wrong(T0), right(T0)])!, T0).level, 'developing'); // 3/5
  assert.equal(masteryOf(fold([wrong(T0), wrong(T0), right(T0)])!, T0).level, 'weak'); // 2/5
});

test('old evidence fades with the half-life: the score returns to the prior and the level to unknown', () => {
  const record = fold([right(T0), right(T0), right(T0), right(T0)])!;
  const later = masteryOf(record, T0 + MASTERY_HALF_LIFE_DAYS * DAY);
  close(later.evidence, 2, 'evidence halves');
  assert.equal(later.count, 4, 'the answer count does not decay');
  assert.ok(later.score < masteryOf(record, T0).score);
  const forgotten = masteryOf(record, T0 + 10 * MASTERY_HALF_LIFE_DAYS * DAY);
  assert.equal(forgotten.level, 'unknown');
  close(forgotten.score, 0.5 + (0.5 * 4) / 1024 / (2 + 4 / 1024), 'near the prior');
  assert.deepEqual(masteryOf(record, T0 - DAY), masteryOf(record, T0), 'a clock behind the record adds nothing');
});

test('a recent answer outweighs an old one', () => {
  const improved = masteryOf(fold([wrong(T0), wrong(T0), right(T0 + 60 * DAY), right(T0 + 60 * DAY)])!, T0 + 60 * DAY);
  const declined = masteryOf(fold([right(T0), right(T0), wrong(T0 + 60 * DAY), wrong(T0 + 60 * DAY)])!, T0 + 60 * DAY);
  assert.ok(improved.score > 0.5 && declined.score < 0.5, `${improved.score} ${declined.score}`);
});

test('the score is always in [0, 1] and the record always valid', () => {
  fc.assert(
    fc.property(
      fc.array(answerArb, { minLength: 1, maxLength: 30 }),
      fc.integer({ min: -DAY, max: 5 * 365 * DAY }),
      (raw, later) => {
        const record = fold(raw.map(toAnswer))!;
        const { score, evidence } = masteryOf(record, record.lastAt + later);
        assert.ok(score >= 0 && score <= 1, `${score}`);
        assert.ok(evidence >= 0 && evidence <= record.count);
        assert.equal(MasteryRecordSchema.safeParse(JSON.parse(JSON.stringify(record))).success, true);
      },
    ),
  );
});

test('at the same instant a right answer never lowers the score and a wrong one never raises it', () => {
  fc.assert(
    fc.property(
      fc.array(answerArb, { maxLength: 20 }),
      fc.record({ at: fc.integer({ min: T0, max: T0 + 400 * DAY }), ahead: fc.integer({ min: 0, max: 100 * DAY }) }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (raw, { at, ahead }, partial) => {
        const record = fold(raw.map(toAnswer));
        const now = Math.max(at, record?.lastAt ?? at) + ahead;
        const before = record === undefined ? 0.5 : masteryOf(record, now).score;
        const after = (answer: MasteryAnswer) => masteryOf(applyAnswer(record, answer), now).score;
        assert.ok(after(right(at)) >= before, 'right');
        assert.ok(after(wrong(at)) <= before, 'wrong');
        assert.ok(after(right(at)) >= after({ ...ids, credit: partial, at }), 'partial credit between');
        assert.ok(after({ ...ids, credit: partial, at }) >= after(wrong(at)), 'partial credit between');
      },
    ),
  );
});

test('applying the same answers in any order gives the same record (up to rounding)', () => {
  fc.assert(
    fc.property(
      fc
        .array(answerArb, { minLength: 1, maxLength: 20 })
        .chain((raw) =>
          fc.tuple(fc.constant(raw), fc.shuffledSubarray(raw, { minLength: raw.length, maxLength: raw.length })),
        ),
      ([raw, shuffled]) => {
        const a = fold(raw.map(toAnswer))!;
        const b = fold(shuffled.map(toAnswer))!;
        assert.equal(b.count, a.count);
        assert.equal(b.lastAt, a.lastAt);
        close(b.weight, a.weight, 'weight');
        close(b.weightedCorrect, a.weightedCorrect, 'weightedCorrect');
      },
    ),
  );
});

test('right/wrong answers sharing one timestamp give exactly the same record in any order', () => {
  fc.assert(
    fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), (answers) => {
      const forward = fold(answers.map((correct) => ({ ...ids, correct, at: T0 })));
      const backward = fold(answers.toReversed().map((correct) => ({ ...ids, correct, at: T0 })));
      assert.deepEqual(backward, forward);
    }),
  );
});

test('merging two devices’ records is exactly commutative and equals applying every answer', () => {
  fc.assert(
    fc.property(
      fc.array(answerArb, { minLength: 1, maxLength: 10 }),
      fc.array(answerArb, { minLength: 1, maxLength: 10 }),
      (x, y) => {
        const a = fold(x.map(toAnswer))!;
        const b = fold(y.map(toAnswer))!;
        assert.deepEqual(mergeMastery(a, b), mergeMastery(b, a));
        const all = fold([...x, ...y].map(toAnswer))!;
        const merged = mergeMastery(a, b);
        close(merged.weight, all.weight, 'weight');
        close(merged.weightedCorrect, all.weightedCorrect, 'weightedCorrect');
        assert.equal(merged.count, all.count);
      },
    ),
  );
});

test('a late-arriving older answer does not move lastAt back', () => {
  const record = applyAnswer(fold([right(T0 + 10 * DAY)]), wrong(T0));
  assert.equal(record.lastAt, T0 + 10 * DAY);
  assert.equal(record.count, 2);
  close(record.weight, 1 + 2 ** (-10 / MASTERY_HALF_LIFE_DAYS), 'the older answer is decayed');
});

test('bad answers and records are refused with MIND_INVALID_INPUT', () => {
  const record = fold([right(T0)]);
  const bad = (fn: () => unknown) => assert.throws(fn, (error: unknown) => isMindError(error, 'MIND_INVALID_INPUT'));
  bad(() => applyAnswer(record, { ...ids, credit: 1.5, at: T0 }));
  bad(() => applyAnswer(record, { ...ids, credit: -0.1, at: T0 }));
  bad(() => applyAnswer(record, { ...ids, credit: Number.NaN, at: T0 }));
  bad(() => applyAnswer(record, { ...ids, correct: true, at: Number.POSITIVE_INFINITY }));
  bad(() => applyAnswer(record, { ...ids, topicId: 'other', correct: true, at: T0 }));
  bad(() => mergeMastery(record!, { ...record!, sellerId: 's-2' }));
  assert.equal(MasteryRecordSchema.safeParse({ ...record, weightedCorrect: 2 }).success, false);
  assert.equal(MasteryRecordSchema.safeParse({ ...record, count: 0 }).success, false);
});
