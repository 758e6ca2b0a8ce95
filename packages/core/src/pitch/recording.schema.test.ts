import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMindError } from '../errors/mind-error.js';
import { parseRecording } from './parse-pitch-input.js';
import { RecordingSchema } from './recording.schema.js';
import { aborted, prompt, reviewed, started, submitted } from './pitch.fixtures.js';

function paths(input: unknown): PropertyKey[][] {
  const result = RecordingSchema.safeParse(input);
  assert.ok(!result.success, 'expected the recording to be refused');
  return result.error.issues.map((issue) => issue.path);
}

test('records made by the lifecycle read back as valid', () => {
  for (const recording of [started(), submitted(), reviewed()]) {
    assert.deepEqual(RecordingSchema.parse(structuredClone(recording)), recording);
  }
});

test('field types and ranges are checked at their path', () => {
  assert.deepEqual(paths({ ...started(), take: 0 }), [['take']]);
  assert.deepEqual(paths({ ...started(), size: -1 }), [['size']]);
  assert.deepEqual(paths({ ...started(), chunkCount: 1.5 }), [['chunkCount']]);
  assert.deepEqual(paths({ ...started(), status: 'finished' }), [['status']]);
  assert.deepEqual(paths({ ...started(), mimeType: 'application/pdf' }), [['mimeType']]);
  assert.deepEqual(paths({ ...started(), consent: { gallery: 'yes', history: [] } }), [['consent', 'gallery']]);
  assert.deepEqual(paths({ ...started(), extra: 1 }), [[]]);
});

test('a submitted or reviewed record needs its finish time and duration', () => {
  const { finishedAt: _finishedAt, durationMs: _durationMs, ...unfinished } = submitted();
  assert.deepEqual(paths(unfinished), [['finishedAt'], ['durationMs']]);
  assert.deepEqual(paths({ ...submitted(), finishedAt: submitted().startedAt - 1 }), [['finishedAt']]);
});

test('a published record must be reviewed, consented to and dated', () => {
  assert.deepEqual(paths({ ...submitted(), published: true, publishedAt: 1 }), [['published']]);
  assert.deepEqual(paths({ ...reviewed(), published: true, publishedAt: 1 }), [['published']]);
  const consent = { gallery: true, changedAt: 5, history: [{ gallery: true, at: 5 }] };
  assert.ok(RecordingSchema.safeParse({ ...reviewed(), consent, published: true, publishedAt: 6 }).success);
  assert.deepEqual(paths({ ...reviewed(), consent, published: true }), [['publishedAt']]);
});

test('why a take was aborted is optional (older records have none) and only on aborted takes', () => {
  const lost = aborted(prompt(), [], 'rec-1', 'lost');
  assert.deepEqual(RecordingSchema.parse(structuredClone(lost)), lost);
  const { abortedBecause: _because, ...old } = lost;
  assert.ok(RecordingSchema.safeParse(old).success, 'an aborted record from before the reason was recorded');
  assert.deepEqual(paths({ ...lost, abortedBecause: 'bored' }), [['abortedBecause']]);
  assert.deepEqual(paths({ ...started(), abortedBecause: 'lost' }), [['abortedBecause']]);
});

test('the current consent must match the last history entry', () => {
  assert.deepEqual(paths({ ...started(), consent: { gallery: true, history: [] } }), [['consent', 'gallery']]);
  const history = [{ gallery: true, at: 5 }];
  assert.deepEqual(paths({ ...started(), consent: { gallery: false, changedAt: 5, history } }), [
    ['consent', 'gallery'],
  ]);
  assert.deepEqual(paths({ ...started(), consent: { gallery: true, changedAt: 4, history } }), [
    ['consent', 'gallery'],
  ]);
});

test('parseRecording turns a bad stored record into MIND_INVALID_INPUT with the path', () => {
  assert.throws(
    () => parseRecording({ ...started(), take: 0 }),
    (error) => isMindError(error, 'MIND_INVALID_INPUT') && JSON.stringify(error.path) === '["take"]',
  );
  assert.deepEqual(parseRecording(started()), started());
});
