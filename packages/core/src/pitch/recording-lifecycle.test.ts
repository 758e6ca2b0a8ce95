import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError, type MindErrorCode } from '../errors/mind-error.js';
import {
  DURATION_TOLERANCE_MS,
  abortRecording,
  appendChunkMeta,
  beginRecording,
  canStartRecording,
  finishRecording,
} from './recording-lifecycle.js';
import { countsAsTake, takesUsed } from './take-count.js';
import type { Recording } from './recording.schema.js';
import { T0, aborted, prompt, reviewed, started, submitted } from './pitch.fixtures.js';

function rejects(action: () => unknown, code: MindErrorCode, path?: (string | number)[]) {
  assert.throws(action, (error) => {
    assert.ok(isMindError(error, code), `expected ${code}, got ${String(error)}`);
    if (path) assert.deepEqual(error.path, path);
    return true;
  });
}

test('a new take starts empty, numbered 1, without consent', () => {
  const recording = started();
  assert.equal(recording.status, 'recording');
  assert.equal(recording.take, 1);
  assert.equal(recording.size, 0);
  assert.equal(recording.chunkCount, 0);
  assert.deepEqual(recording.consent, { gallery: false, history: [] });
  assert.equal(recording.published, false);
});

test('a seller gets 1 + retakesAllowed takes; discarded takes count', () => {
  const p = prompt({ retakesAllowed: 1 });
  const first = aborted(p, [], 'rec-1');
  const second = aborted(p, [first], 'rec-2');
  assert.equal(second.take, 2);
  assert.deepEqual(canStartRecording(p, [first, second]), { allowed: false, reason: 'no-takes-left', maxTakes: 2 });
  rejects(() => started(p, [first, second], 'rec-3'), 'MIND_ATTEMPTS_EXHAUSTED');
  const single = prompt({ retakesAllowed: 0 });
  rejects(() => started(single, [aborted(single, [], 'rec-1')], 'rec-2'), 'MIND_ATTEMPTS_EXHAUSTED');
});

test('a submitted or reviewed take closes the prompt even with takes left', () => {
  const p = prompt({ retakesAllowed: 5 });
  assert.deepEqual(canStartRecording(p, [submitted(p)]), { allowed: false, reason: 'submitted', maxTakes: 6 });
  rejects(() => started(p, [submitted(p)], 'rec-2'), 'MIND_CONFLICT');
  rejects(() => started(p, [reviewed(p)], 'rec-2'), 'MIND_CONFLICT');
});

test('a take stuck in recording is superseded by the next one, and does not count (lost)', () => {
  const p = prompt({ retakesAllowed: 0 });
  const stale = started(p);
  assert.deepEqual(canStartRecording(p, [stale]), { allowed: true, take: 2, maxTakes: 1, supersedes: ['rec-1'] });
  assert.equal(takesUsed([stale]), 0);
  assert.equal(countsAsTake(stale), false);
});

test('a lost take gives its turn back; a discarded one does not, so discarding cannot farm retakes', () => {
  const p = prompt({ retakesAllowed: 1 });
  const lost = aborted(p, [], 'rec-1', 'lost');
  assert.equal(lost.abortedBecause, 'lost');
  assert.equal(countsAsTake(lost), false);
  // Take numbers stay unique; the count is of takes that count.
  const second = aborted(p, [lost], 'rec-2');
  assert.equal(second.take, 2);
  assert.equal(second.abortedBecause, 'discarded');
  assert.equal(takesUsed([lost, second]), 1);
  assert.deepEqual(canStartRecording(p, [lost, second]), { allowed: true, take: 3, maxTakes: 2, supersedes: [] });
  const third = aborted(p, [lost, second], 'rec-3');
  assert.equal(takesUsed([lost, second, third]), 2);
  rejects(() => started(p, [lost, second, third], 'rec-4'), 'MIND_ATTEMPTS_EXHAUSTED');
  // Lost again and again, the seller still has their takes: a reload is not their choice.
  const lostAgain = aborted(p, [lost], 'rec-2', 'lost');
  const lostThrice = aborted(p, [lost, lostAgain], 'rec-3', 'lost');
  assert.equal(lostThrice.take, 3);
  assert.equal(takesUsed([lost, lostAgain, lostThrice]), 0);
});

test('takes aborted before the reason was recorded count as discarded', () => {
  const p = prompt({ retakesAllowed: 0 });
  const { abortedBecause: _because, ...old } = aborted(p, [], 'rec-1');
  assert.equal(countsAsTake(old), true);
  rejects(() => started(p, [old], 'rec-2'), 'MIND_ATTEMPTS_EXHAUSTED');
});

test('retention deleting early discarded takes does not hand them back', () => {
  const p = prompt({ retakesAllowed: 1 });
  const first = aborted(p, [], 'rec-1');
  const second = aborted(p, [first], 'rec-2');
  // rec-1 deleted by retention: the highest number still says two takes were used.
  assert.equal(takesUsed([second]), 2);
  rejects(() => started(p, [second], 'rec-3'), 'MIND_ATTEMPTS_EXHAUSTED');
});

test('takes of another prompt or seller are refused as input', () => {
  const other = started(prompt({ id: 'pitch-other' }));
  rejects(() => canStartRecording(prompt(), [other]), 'MIND_INVALID_INPUT', ['previous', 0]);
  const p = prompt();
  rejects(() => canStartRecording(p, [aborted(p, [], 'rec-1'), started(p, [], 'rec-2', 'bo')]), 'MIND_INVALID_INPUT', [
    'previous',
    1,
  ]);
  rejects(() => started(p, [aborted(p, [], 'rec-1')], 'rec-2', 'bo'), 'MIND_INVALID_INPUT', ['previous', 0]);
});

test('a bad media type or id is refused when the take begins', () => {
  const p = prompt();
  const start = { id: 'rec-1', sellerId: 'ana', packVersion: '3', mimeType: 'video/webm', at: T0 };
  rejects(() => beginRecording(p, [], { ...start, mimeType: 'text/html' }), 'MIND_INVALID_INPUT', ['mimeType']);
  rejects(() => beginRecording(p, [], { ...start, id: '' }), 'MIND_INVALID_INPUT', ['id']);
});

test('chunks add up while recording and are refused afterwards', () => {
  const recording = appendChunkMeta(appendChunkMeta(started(), 1000), 24);
  assert.equal(recording.size, 1024);
  assert.equal(recording.chunkCount, 2);
  for (const size of [0, -1, 1.5, Number.NaN]) rejects(() => appendChunkMeta(recording, size), 'MIND_INVALID_INPUT');
  rejects(() => appendChunkMeta(submitted(), 10), 'MIND_CONFLICT', ['status']);
  rejects(() => appendChunkMeta(abortRecording(started(), T0), 10), 'MIND_CONFLICT');
});

test('functions return new records and leave their input untouched', () => {
  const recording = Object.freeze(started());
  const copy = structuredClone(recording);
  appendChunkMeta(recording, 10);
  abortRecording(recording, T0 + 1);
  assert.deepEqual(recording, copy);
});

test('finishing submits the take with its time and duration', () => {
  const recording = submitted();
  assert.equal(recording.status, 'submitted');
  assert.equal(recording.finishedAt, T0 + 95_000);
  assert.equal(recording.durationMs, 90_000);
});

test('a duration over the maximum plus the tolerance is refused', () => {
  const p = prompt({ maxDurationSeconds: 60 });
  const withMedia = appendChunkMeta(started(p), 10);
  const limit = 60_000 + DURATION_TOLERANCE_MS;
  assert.equal(finishRecording(withMedia, p, { at: T0 + 70_000, durationMs: limit }).durationMs, limit);
  rejects(() => finishRecording(withMedia, p, { at: T0 + 70_000, durationMs: limit + 1 }), 'MIND_INVALID_INPUT', [
    'durationMs',
  ]);
  for (const durationMs of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
    rejects(() => finishRecording(withMedia, p, { at: T0 + 1, durationMs }), 'MIND_INVALID_INPUT', ['durationMs']);
  }
});

test('the duration limit holds for any prompt maximum (property)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 10, max: 1800 }), fc.integer({ min: 1, max: 4_000_000 }), (seconds, durationMs) => {
      const p = prompt({ maxDurationSeconds: seconds });
      const withMedia = appendChunkMeta(started(p), 10);
      const finish = () => finishRecording(withMedia, p, { at: T0 + 1, durationMs });
      if (durationMs <= seconds * 1000 + DURATION_TOLERANCE_MS) assert.equal(finish().status, 'submitted');
      else rejects(finish, 'MIND_INVALID_INPUT', ['durationMs']);
    }),
  );
});

test('finishing needs a take in progress, with media, of this prompt, after its start', () => {
  const p = prompt();
  rejects(() => finishRecording(started(p), p, { at: T0 + 1, durationMs: 1000 }), 'MIND_CONFLICT', ['chunkCount']);
  rejects(() => finishRecording(submitted(p), p, { at: T0 + 1, durationMs: 1000 }), 'MIND_CONFLICT', ['status']);
  const withMedia = appendChunkMeta(started(p), 10);
  rejects(
    () => finishRecording(withMedia, prompt({ id: 'x' }), { at: T0 + 1, durationMs: 1000 }),
    'MIND_INVALID_INPUT',
    ['promptId'],
  );
  rejects(() => finishRecording(withMedia, p, { at: T0 - 1, durationMs: 1000 }), 'MIND_INVALID_INPUT', ['at']);
});

test('aborting ends a take in progress only', () => {
  const recording: Recording = abortRecording(started(), T0 + 500);
  assert.equal(recording.status, 'aborted');
  assert.equal(
    recording.abortedBecause,
    'discarded',
    'an abort is the seller discarding the take unless said otherwise',
  );
  assert.equal(recording.finishedAt, T0 + 500);
  rejects(() => abortRecording(recording, T0 + 600), 'MIND_CONFLICT');
  rejects(() => abortRecording(submitted(), T0 + 600), 'MIND_CONFLICT');
});
