import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { publish, setConsent } from './consent.js';
import { galleryRecordings, isInGallery } from './gallery.js';
import { canPublish, canReview, canReviewRecording, canSeeRecording, canSetConsent } from './permissions.js';
import type { Recording } from './recording.schema.js';
import { T0, prompt, reviewed, submitted } from './pitch.fixtures.js';

const p = prompt();

function publishedAt(id: string, at: number, sellerId = 'ana'): Recording {
  return publish(setConsent(reviewed(p, id, sellerId), true, at - 1), at);
}

test('the gallery lists published, consented takes of the prompt, newest first then by id', () => {
  const older = publishedAt('rec-a', T0 + 10);
  const newer = publishedAt('rec-b', T0 + 20);
  const tie = publishedAt('rec-c', T0 + 20);
  const withdrawn = setConsent(publishedAt('rec-d', T0 + 30), false, T0 + 31);
  const other = publish(setConsent(reviewed(prompt({ id: 'pitch-other' }), 'rec-e'), true, T0), T0 + 40);
  const unpublished = setConsent(reviewed(p, 'rec-f'), true, T0);
  const list = galleryRecordings([older, tie, withdrawn, other, unpublished, newer, submitted(p, 'rec-g')], p.id);
  assert.deepEqual(
    list.map((recording) => recording.id),
    ['rec-b', 'rec-c', 'rec-a'],
  );
});

test('a record claiming publication without consent is not shown', () => {
  const forged: Recording = { ...reviewed(p), published: true, publishedAt: T0 };
  assert.equal(isInGallery(forged), false);
  assert.deepEqual(galleryRecordings([forged], p.id), []);
});

test('the gallery order does not depend on the input order (property)', () => {
  const pool = [1, 2, 3, 4, 5, 6].map((n) => publishedAt(`rec-${n}`, T0 + 10 + (n % 3) * 10));
  fc.assert(
    fc.property(fc.shuffledSubarray(pool, { minLength: pool.length }), (shuffled) => {
      assert.deepEqual(galleryRecordings(shuffled, p.id), galleryRecordings(pool, p.id));
    }),
  );
});

test('coaches and managers review and publish; nobody reviews their own take', () => {
  assert.deepEqual(
    (['seller', 'coach', 'manager'] as const).map((role) => [canReview(role), canPublish(role)]),
    [
      [false, false],
      [true, true],
      [true, true],
    ],
  );
  const take = submitted(p, 'rec-1', 'ana');
  assert.equal(canReviewRecording({ id: 'coach-1', role: 'coach' }, take), true);
  assert.equal(canReviewRecording({ id: 'ana', role: 'coach' }, take), false);
  assert.equal(canSetConsent({ id: 'ana', role: 'seller' }, take), true);
  assert.equal(canSetConsent({ id: 'coach-1', role: 'coach' }, take), false);
});

test('a take is seen by its seller, coaches and managers, and by peers only in the gallery', () => {
  const take = reviewed(p, 'rec-1', 'ana');
  assert.equal(canSeeRecording({ id: 'ana', role: 'seller' }, take), true);
  assert.equal(canSeeRecording({ id: 'coach-1', role: 'coach' }, take), true);
  assert.equal(canSeeRecording({ id: 'boss', role: 'manager' }, take), true);
  assert.equal(canSeeRecording({ id: 'bo', role: 'seller' }, take), false);
  const shown = publish(setConsent(take, true, T0 + DAY_AFTER), T0 + DAY_AFTER);
  assert.equal(canSeeRecording({ id: 'bo', role: 'seller' }, shown), true);
  assert.equal(canSeeRecording({ id: 'bo', role: 'seller' }, setConsent(shown, false, T0 + 2 * DAY_AFTER)), false);
});

const DAY_AFTER = 24 * 60 * 60 * 1000 + 1;
