import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMindError } from '../errors/mind-error.js';
import { Ranking } from './ranking.js';
import { grantRewards } from './rewards.js';

const board = Ranking.from(
  [
    ['ana', 90],
    ['ben', 80],
    ['cat', 80],
    ['dan', 70],
    ['eve', 70],
    ['fay', 60],
  ].map(([sellerId, score]) => ({ sellerId: sellerId as string, score: score as number, completedAt: 0 })),
);

test('a tie at the edge shares the reward, so more than N sellers can get it', () => {
  const grants = grantRewards(board.entries(), [{ upToRank: 2, reward: 'badge' }]);
  assert.deepEqual(
    grants.map((g) => [g.sellerId, g.rank, g.reward]),
    [
      ['ana', 1, 'badge'],
      ['ben', 2, 'badge'],
      ['cat', 2, 'badge'],
    ],
  );
});

test('each seller gets the best reward their rank reaches; a rank no one holds rewards no one', () => {
  const grants = grantRewards(board.entries(), [
    { upToRank: 5, reward: 'bronze' },
    { upToRank: 1, reward: 'gold' },
    { upToRank: 3, reward: 'silver' },
  ]);
  assert.deepEqual(
    grants.map((g) => `${g.sellerId}:${g.rank}:${g.reward}`),
    ['ana:1:gold', 'ben:2:silver', 'cat:2:silver', 'dan:4:bronze', 'eve:4:bronze'],
  );
});

test('no declarations reward no one; bad declarations are rejected', () => {
  assert.deepEqual(grantRewards(board.entries(), []), []);
  for (const declarations of [
    [{ upToRank: 0, reward: 'x' }],
    [{ upToRank: 1.5, reward: 'x' }],
    [
      { upToRank: 2, reward: 'x' },
      { upToRank: 2, reward: 'y' },
    ],
  ]) {
    assert.throws(
      () => grantRewards(board.entries(), declarations),
      (error) => isMindError(error, 'MIND_INVALID_INPUT'),
    );
  }
});
