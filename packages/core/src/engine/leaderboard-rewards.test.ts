import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChallengeInput } from '../challenge/challenge.schema.js';
import { parseContentPack } from '../content/parse-content-pack.js';
import { contentPack } from '../testing/pack-builder.js';
import { scenarioPack } from '../testing/scenario-pack.js';
import { scenarioWorld } from '../testing/scenario-engine.js';
import { playSpringLaunch } from '../testing/scenario-answers.js';
import type { LeaderboardResult } from '../api/mindshare-api.js';

// Issue 16, "Leaderboards tell the truth": a prize belongs to one board, and a score must earn it.

const spring = scenarioPack().challenges![0]! as ChallengeInput;

/** The scenario with spring-launch's leaderboard settings changed. */
function world(leaderboard: Partial<NonNullable<ChallengeInput['leaderboard']>> = {}) {
  return scenarioWorld({
    pack: contentPack()
      .withChallenge({ ...spring, leaderboard })
      .build(),
  });
}

/** Anna 3/3 and Bruno 2/3 (p-alpha), Chloe 1/3 (p-beta): global ranks 1, 2, 3; Chloe first of her company. */
async function played(scenario: ReturnType<typeof world>) {
  for (const [seller, correct] of [
    ['s-anna', 3],
    ['s-bruno', 2],
    ['s-chloe', 1],
  ] as const) {
    await playSpringLaunch(await scenario.as(seller), correct);
  }
  return scenario.as('s-chloe');
}

const prizes = (board: LeaderboardResult) =>
  board.rows.map((row) => `${row.rank} ${row.displayName}: ${row.reward?.en ?? '-'}`);

test('rewards show on the global board by default, never from a rank on another board', async () => {
  const chloe = await played(world());
  const global = await chloe.leaderboard({ challengeId: 'spring-launch', scope: 'global' });
  assert.deepEqual(prizes(global), [
    '1 Anna Martin: A day at HQ',
    '2 Bruno Leroy: Northwind hoodie',
    '3 Chloe Park: Northwind hoodie',
  ]);
  const company = await chloe.leaderboard({ challengeId: 'spring-launch', scope: 'partner' });
  assert.deepEqual(prizes(company), ['1 Chloe Park: -'], 'first of her company, third overall: no first prize');
  assert.equal(company.me?.reward, undefined);
});

test('rewards follow the board the challenge declares', async () => {
  const chloe = await played(world({ rewardScope: 'partner' }));
  const company = await chloe.leaderboard({ challengeId: 'spring-launch', scope: 'partner' });
  assert.deepEqual(prizes(company), ['1 Chloe Park: A day at HQ']);
  const global = await chloe.leaderboard({ challengeId: 'spring-launch', scope: 'global' });
  assert.ok(
    global.rows.every((row) => row.reward === undefined),
    'the global board shows a prize it does not give',
  );
});

test('no prize for a score at or below the minimum (0 by default): sellers tied at 0 win nothing', async () => {
  const scenario = world();
  const anna = await scenario.as('s-anna');
  await playSpringLaunch(anna, 0);
  await playSpringLaunch(await scenario.as('s-bruno'), 0);
  const board = await anna.leaderboard({ challengeId: 'spring-launch' });
  assert.deepEqual(
    board.rows.map((row) => [row.rank, row.score <= 0, row.reward]),
    [
      [1, true, undefined],
      [1, true, undefined],
    ],
  );

  const raised = world({ rewardsAbove: 20 });
  const chloe = await played(raised);
  const global = await chloe.leaderboard({ challengeId: 'spring-launch' });
  assert.deepEqual(
    global.rows.map((row) => [row.score > 20, row.reward !== undefined]),
    [
      [true, true],
      [false, false],
      [false, false],
    ],
  );
});

test('a reward board the leaderboard does not offer is refused with its path', () => {
  const pack = contentPack()
    .withChallenge({ ...spring, leaderboard: { scopes: ['global', 'partner'], rewardScope: 'team' } })
    .build();
  const result = parseContentPack(pack);
  assert.equal(result.ok, false);
  const problem = !result.ok && result.errors.find((error) => error.path.join('.').endsWith('leaderboard.rewardScope'));
  assert.ok(problem, 'no problem at leaderboard.rewardScope');
  assert.match(problem.message, /team board/);
  assert.equal(
    parseContentPack(
      contentPack()
        .withChallenge({ ...spring, rewards: [], leaderboard: { scopes: ['team'], rewardScope: 'global' } })
        .build(),
    ).ok,
    true,
    'without rewards, no reward board is needed',
  );
});

test('a board without global gives its rewards on the first scope it offers, and old packs stay valid', async () => {
  const chloe = await played(world({ scopes: ['partner', 'team'] }));
  const company = await chloe.leaderboard({ challengeId: 'spring-launch', scope: 'partner' });
  assert.deepEqual(prizes(company), ['1 Chloe Park: A day at HQ']);
});
