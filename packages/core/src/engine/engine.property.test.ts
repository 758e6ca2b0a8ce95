import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SCENARIO_TIME } from '../testing/scenario-pack.js';
import { scenarioWorld } from '../testing/scenario-engine.js';

const SELLERS = ['s-anna', 's-bruno', 's-chloe', 's-david'] as const;
const ANSWERS = {
  'q-support': [
    { kind: 'single', choiceId: 'pro' },
    { kind: 'single', choiceId: 'basic' },
  ],
  'q-sso': [
    { kind: 'multiple', choiceIds: ['pro', 'enterprise'] },
    { kind: 'multiple', choiceIds: ['basic'] },
  ],
  'q-trial': [
    { kind: 'true-false', value: true },
    { kind: 'true-false', value: false },
  ],
} as const;

const attemptPlan = fc.record({
  seller: fc.constantFrom(...SELLERS),
  answers: fc.array(fc.tuple(fc.constantFrom('q-support', 'q-sso', 'q-trial'), fc.boolean()), { maxLength: 3 }),
  pauseMs: fc.integer({ min: 0, max: 5_000 }),
});

test('property: the leaderboard rebuilt on open equals the one maintained live', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(attemptPlan, { minLength: 1, maxLength: 8 }), async (plans) => {
      const world = scenarioWorld();
      const engines = new Map<string, Awaited<ReturnType<typeof world.as>>>();
      for (const seller of SELLERS) engines.set(seller, await world.as(seller));
      for (const plan of plans) {
        const api = engines.get(plan.seller)!;
        const listing = (await api.challenges())[0]!;
        if (listing.attemptsUsed >= listing.attempts.max) continue;
        const attempt = await api.startAttempt('spring-launch');
        for (const [questionId, right] of new Map(plan.answers)) {
          await api.answer(attempt.id, questionId, ANSWERS[questionId][right ? 0 : 1]);
        }
        world.clock.advance(plan.pauseMs);
        await api.finishAttempt(attempt.id);
      }
      // The live board of the last engine to write, against a fresh engine that rebuilds from storage.
      const manager = await world.as('mgr-marc');
      for (const seller of SELLERS) {
        const live = await engines.get(seller)!.leaderboard({ challengeId: 'spring-launch', limit: 10, around: 0 });
        const rebuilt = await (
          await world.as(seller)
        ).leaderboard({ challengeId: 'spring-launch', limit: 10, around: 0 });
        assert.deepEqual(live.rows, rebuilt.rows);
        assert.deepEqual(live.me, rebuilt.me);
        assert.equal(live.total, rebuilt.total);
      }
      assert.ok((await manager.leaderboard({ challengeId: 'spring-launch' })).total <= SELLERS.length);
    }),
    { numRuns: 25 },
  );
});

test('property: poll tallies equal the votes, counting each seller’s last ballot once', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.constantFrom('s-anna', 's-bruno'), fc.constantFrom('basic', 'pro')), {
        minLength: 1,
        maxLength: 12,
      }),
      async (votes) => {
        const world = scenarioWorld();
        world.clock.set(SCENARIO_TIME.secondPlatinumRelease);
        const engines = { 's-anna': await world.as('s-anna'), 's-bruno': await world.as('s-bruno') };
        let tally;
        for (const [seller, option] of votes) tally = await engines[seller].vote('n-platinum-poll', [option]);
        const last = new Map(votes);
        const expected = ['basic', 'pro'].map((optionId) => ({
          optionId,
          count: [...last.values()].filter((choice) => choice === optionId).length,
        }));
        assert.deepEqual(tally?.options, expected);
        assert.equal(tally?.voters, last.size);
        assert.ok(!JSON.stringify(tally).includes('s-anna'), 'a tally never says who voted');
      },
    ),
    { numRuns: 40 },
  );
});
