import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expiredRecordings, retentionStart } from './retention.js';
import type { PitchPrompt } from './pitch-prompt.schema.js';
import { publish, setConsent } from './consent.js';
import { DAY, T0, aborted, prompt, reviewed, started, submitted } from './pitch.fixtures.js';

const p = prompt({ retentionDays: 30 });
const prompts = new Map<string, PitchPrompt>([[p.id, p]]);

test('a submitted take is kept retentionDays from its finish, not its start', () => {
  const recording = submitted(p);
  const finishedAt = recording.finishedAt!;
  assert.equal(retentionStart(recording), finishedAt);
  assert.deepEqual(expiredRecordings([recording], prompts, finishedAt + 30 * DAY), []);
  assert.deepEqual(expiredRecordings([recording], prompts, finishedAt + 30 * DAY + 1), ['rec-1']);
});

test('aborted and abandoned takes count from their start', () => {
  const gaveUp = aborted(p, [], 'rec-a');
  const stuck = started(p, [], 'rec-b');
  assert.equal(retentionStart(gaveUp), T0);
  assert.deepEqual(expiredRecordings([gaveUp, stuck], prompts, T0 + 30 * DAY), []);
  assert.deepEqual(expiredRecordings([gaveUp, stuck], prompts, T0 + 30 * DAY + 1), ['rec-a', 'rec-b']);
});

test('each take follows its own prompt, published takes expire too, and ids keep the input order', () => {
  const short = prompt({ id: 'pitch-short', retentionDays: 1 });
  const all = new Map<string, PitchPrompt>([...prompts, [short.id, short]]);
  const published = publish(setConsent(reviewed(p, 'rec-long'), true, T0 + DAY), T0 + DAY);
  const quick = submitted(short, 'rec-short');
  const now = published.finishedAt! + 2 * DAY;
  assert.deepEqual(expiredRecordings([published, quick], all, now), ['rec-short']);
  assert.deepEqual(expiredRecordings([quick, published], all, published.finishedAt! + 31 * DAY), [
    'rec-short',
    'rec-long',
  ]);
});

test('takes of a prompt no longer in the pack are kept unless an orphan retention is set', () => {
  const orphan = submitted(prompt({ id: 'pitch-removed' }), 'rec-orphan');
  const later = orphan.finishedAt! + 400 * DAY;
  assert.deepEqual(expiredRecordings([orphan], prompts, later), []);
  assert.deepEqual(expiredRecordings([orphan], prompts, later, { orphanRetentionDays: 365 }), ['rec-orphan']);
});
