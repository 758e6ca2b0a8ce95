import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMindError, type MindErrorCode } from '../errors/mind-error.js';
import { publish, setConsent, unpublish } from './consent.js';
import { RecordingSchema } from './recording.schema.js';
import { abortRecording } from './recording-lifecycle.js';
import { T0, reviewed, started, submitted } from './pitch.fixtures.js';

function rejects(action: () => unknown, code: MindErrorCode) {
  assert.throws(action, (error) => isMindError(error, code));
}

test('publishing needs a review first (MIND_CONFLICT), whatever the consent', () => {
  rejects(() => publish(submitted(), T0), 'MIND_CONFLICT');
  rejects(() => publish(setConsent(submitted(), true, T0 + 1), T0 + 2), 'MIND_CONFLICT');
  rejects(() => publish(setConsent(started(), true, T0 + 1), T0 + 2), 'MIND_CONFLICT');
});

test('publishing needs the seller’s current consent (MIND_FORBIDDEN)', () => {
  rejects(() => publish(reviewed(), T0), 'MIND_FORBIDDEN');
  const withdrawn = setConsent(setConsent(reviewed(), true, T0 + 1), false, T0 + 2);
  rejects(() => publish(withdrawn, T0 + 3), 'MIND_FORBIDDEN');
});

test('with consent, a reviewed take is published once, at the given time', () => {
  const published = publish(setConsent(reviewed(), true, T0 + 1), T0 + 2);
  assert.equal(published.published, true);
  assert.equal(published.publishedAt, T0 + 2);
  assert.ok(RecordingSchema.safeParse(published).success);
  rejects(() => publish(published, T0 + 3), 'MIND_CONFLICT');
});

test('withdrawing consent unpublishes and records when it happened', () => {
  const published = publish(setConsent(reviewed(), true, T0 + 1), T0 + 2);
  const withdrawn = setConsent(published, false, T0 + 50);
  assert.equal(withdrawn.published, false);
  assert.equal(withdrawn.publishedAt, undefined);
  assert.ok(!('publishedAt' in withdrawn));
  assert.deepEqual(withdrawn.consent, {
    gallery: false,
    changedAt: T0 + 50,
    history: [
      { gallery: true, at: T0 + 1 },
      { gallery: false, at: T0 + 50 },
    ],
  });
  assert.ok(RecordingSchema.safeParse(withdrawn).success);
  // The input is untouched: still published.
  assert.equal(published.published, true);
});

test('consent can be given while recording, and every decision is kept, repeats included', () => {
  const recording = setConsent(setConsent(started(), true, T0 + 1), true, T0 + 2);
  assert.equal(recording.consent.history.length, 2);
  assert.equal(recording.consent.changedAt, T0 + 2);
  assert.ok(RecordingSchema.safeParse(recording).success);
});

test('consent is refused on an aborted take or at an impossible time', () => {
  rejects(() => setConsent(abortRecording(started(), T0 + 1), true, T0 + 2), 'MIND_CONFLICT');
  rejects(() => setConsent(started(), true, T0 - 1), 'MIND_INVALID_INPUT');
  rejects(() => setConsent(started(), true, Number.NaN), 'MIND_INVALID_INPUT');
});

test('a coach can unpublish; consent stays as it was', () => {
  const published = publish(setConsent(reviewed(), true, T0 + 1), T0 + 2);
  const hidden = unpublish(published);
  assert.equal(hidden.published, false);
  assert.equal(hidden.consent.gallery, true);
  assert.ok(!('publishedAt' in hidden));
  rejects(() => unpublish(hidden), 'MIND_CONFLICT');
});
