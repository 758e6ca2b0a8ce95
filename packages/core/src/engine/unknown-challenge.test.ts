import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMindError } from '../errors/mind-error.js';
import { scenarioWorld } from '../testing/scenario-engine.js';

// Issue 16, "Clear errors": a mistyped challenge id is not passed off as another program's.

test('an id the pack does not have is MIND_NOT_FOUND naming it; another program’s challenge is MIND_FORBIDDEN and tells only that it exists', async () => {
  const emma = await scenarioWorld().as('s-emma'); // Silver: spring-launch targets Platinum and Gold
  for (const call of [
    () => emma.startAttempt('spring-lanch'),
    () => emma.leaderboard({ challengeId: 'spring-lanch' }),
  ]) {
    await assert.rejects(
      call,
      (error) => isMindError(error, 'MIND_NOT_FOUND') && error.message.includes('spring-lanch'),
    );
  }
  for (const call of [
    () => emma.startAttempt('spring-launch'),
    () => emma.leaderboard({ challengeId: 'spring-launch' }),
  ]) {
    await assert.rejects(call, (error) => {
      assert.ok(isMindError(error, 'MIND_FORBIDDEN'));
      // Neither its title nor the tiers it targets.
      assert.doesNotMatch(error.message, /Spring launch challenge|platinum|gold/i);
      return true;
    });
  }
});
