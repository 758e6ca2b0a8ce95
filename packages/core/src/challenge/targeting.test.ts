import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMindError } from '../errors/mind-error.js';
import { startAttempt } from './attempt.js';
import { challengeSummary } from './challenge-summary.js';
import { isTargeted } from './targeting.schema.js';
import { CLOSES_AT, EXPLANATION_SECRET, OPENS_AT, makeChallenge } from './challenge.fixtures.js';

const gold = { tier: 'gold', partnerId: 'acme', region: 'emea', role: 'seller' };

test('absent or empty targeting means everyone; each present list must match', () => {
  assert.ok(isTargeted(undefined, {}));
  assert.ok(isTargeted({ tiers: [], regions: [] }, {}));
  assert.ok(isTargeted({ tiers: ['gold', 'platinum'] }, gold));
  assert.ok(!isTargeted({ tiers: ['platinum'] }, gold));
  assert.ok(!isTargeted({ tiers: ['gold'] }, { region: 'emea' }), 'an unknown tier is not in the list');
  assert.ok(isTargeted({ tiers: ['gold'], regions: ['emea'], roles: ['seller'], partners: ['acme'] }, gold));
  assert.ok(!isTargeted({ tiers: ['gold'], regions: ['apac'] }, gold));
});

test('starting a challenge aimed at other sellers is MIND_FORBIDDEN', () => {
  const challenge = makeChallenge({ targeting: { tiers: ['platinum'] } });
  const options = { attemptId: 'a1', sellerId: 's1', packVersion: '1', seed: 'x', now: OPENS_AT, previousAttempts: [] };
  assert.throws(
    () => startAttempt(challenge, { ...options, seller: gold }),
    (error: unknown) => isMindError(error, 'MIND_FORBIDDEN'),
  );
  assert.equal(startAttempt(challenge, { ...options, seller: { ...gold, tier: 'platinum' } }).status, 'in-progress');
});

test('a challenge summary has the window as instants and no question content', () => {
  const summary = challengeSummary(makeChallenge());
  assert.equal(summary.opensAt, OPENS_AT);
  assert.equal(summary.closesAt, CLOSES_AT);
  assert.equal(summary.questionCount, 5);
  assert.equal(summary.maxScore, 50);
  assert.ok(!JSON.stringify(summary).includes(EXPLANATION_SECRET));
  assert.ok(!JSON.stringify(summary).includes('"questions"'));
});
