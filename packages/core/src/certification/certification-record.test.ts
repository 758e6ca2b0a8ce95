import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CertificationSchema, type Certification } from './certification.schema.js';
import type { CertificationRecord } from './certification-record.schema.js';
import {
  certificationStatus,
  meetsRequirement,
  recordPass,
  scorePercent,
  type ChallengePass,
} from './certification-record.js';

const DAY = 86_400_000;
const certification = (requires: Certification['requires']): Certification =>
  CertificationSchema.parse({
    id: 'vault-expert',
    title: { en: 'Vault expert' },
    requires,
    validDays: 365,
    graceDays: 30,
    reminderDays: 30,
  });
const TWO_OF_THREE = certification({ challenges: ['a', 'b', 'c'], count: 2, minScore: 70 });

const pass = fc.record({
  challengeId: fc.constantFrom('a', 'b', 'c', 'other'),
  percent: fc.integer({ min: 0, max: 100 }),
  at: fc.integer({ min: 0, max: 1000 * DAY }),
});

function replay(passes: readonly ChallengePass[], cert = TWO_OF_THREE): (CertificationRecord | undefined)[] {
  const states: (CertificationRecord | undefined)[] = [];
  let record: CertificationRecord | undefined;
  for (const next of passes) {
    record = recordPass(record, cert, 's-anna', next);
    states.push(record);
  }
  return states;
}

test('a certification is awarded at the pass that meets the requirement, valid for validDays from it', () => {
  const [first, second] = replay([
    { challengeId: 'a', percent: 80, at: 10 * DAY },
    { challengeId: 'c', percent: 70, at: 12 * DAY },
  ]);
  assert.equal(first?.awardedAt, undefined);
  assert.deepEqual(first?.best, { a: 80 });
  assert.equal(second?.awardedAt, 12 * DAY);
  assert.equal(second?.expiresAt, 12 * DAY + 365 * DAY);
});

test('a score under the minimum is kept as the best so far but earns nothing', () => {
  const [record] = replay(
    [{ challengeId: 'a', percent: 69.99, at: 0 }],
    certification({ challenges: ['a'], minScore: 70 }),
  );
  assert.equal(record?.awardedAt, undefined);
  assert.deepEqual(record?.best, { a: 69.99 });
});

test('passing again renews: the expiry moves to validDays after the new pass, awardedAt stays', () => {
  const states = replay([
    { challengeId: 'a', percent: 90, at: 0 },
    { challengeId: 'b', percent: 90, at: DAY },
    { challengeId: 'a', percent: 75, at: 300 * DAY },
  ]);
  assert.equal(states[2]?.awardedAt, DAY);
  assert.equal(states[2]?.renewedAt, 300 * DAY);
  assert.equal(states[2]?.expiresAt, 665 * DAY);
});

test('status: held, expiring within reminderDays, grace after expiry, expired after grace', () => {
  const [, record] = replay([
    { challengeId: 'a', percent: 90, at: 0 },
    { challengeId: 'b', percent: 90, at: 0 },
  ]);
  const at = (days: number) => certificationStatus(record, TWO_OF_THREE, days * DAY);
  assert.equal(certificationStatus(undefined, TWO_OF_THREE, 0), 'not-earned');
  assert.equal(at(334), 'held');
  assert.equal(at(335), 'expiring');
  assert.equal(at(365), 'grace');
  assert.equal(at(395), 'expired');
});

test('scorePercent: a share of the highest total, 0 when nothing can be scored', () => {
  assert.equal(scorePercent(7, 9), 77.78);
  assert.equal(scorePercent(-2, 9), 0);
  assert.equal(scorePercent(3, 0), 0);
});

test('property: awarded once, and exactly when the passes meet the requirement, whatever their order or duplicates', () => {
  fc.assert(
    fc.property(fc.array(pass, { maxLength: 12 }), fc.infiniteStream(fc.boolean()), (passes, coin) => {
      const bests = new Map<string, number>();
      for (const p of passes) bests.set(p.challengeId, Math.max(bests.get(p.challengeId) ?? 0, p.percent));
      const earned = meetsRequirement(TWO_OF_THREE, Object.fromEntries(bests));
      // The same finishes in another order, some of them delivered twice.
      const shuffled = [...passes]
        .sort(() => (coin.next().value ? 1 : -1))
        .flatMap((p) => [p, ...(coin.next().value ? [p] : [])]);
      for (const order of [passes, shuffled]) {
        const states = replay(order);
        const awards = new Set(states.map((state) => state?.awardedAt).filter((at) => at !== undefined));
        assert.ok(awards.size <= 1, 'awardedAt changed after the award');
        const firstAward = states.findIndex((state) => state?.awardedAt !== undefined);
        if (firstAward >= 0) assert.ok(states.slice(firstAward).every((state) => state?.awardedAt !== undefined));
        assert.equal(states.at(-1)?.awardedAt !== undefined, earned);
      }
    }),
  );
});

test('property: the expiry never moves earlier, and a finish delivered twice changes nothing the second time', () => {
  fc.assert(
    fc.property(fc.array(pass, { maxLength: 12 }), (passes) => {
      let record: CertificationRecord | undefined;
      for (const next of passes) {
        const after = recordPass(record, TWO_OF_THREE, 's-anna', next);
        if (record?.expiresAt !== undefined) assert.ok(after!.expiresAt! >= record.expiresAt);
        assert.equal(recordPass(after, TWO_OF_THREE, 's-anna', next), after, 'a duplicate finish wrote again');
        if (after !== record) assert.equal(after!.step, (record?.step ?? 0) + 1);
        record = after;
      }
    }),
  );
});
