import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMindError } from '../errors/mind-error.js';
import type { LeaderboardResult, MindshareApi } from '../api/mindshare-api.js';
import { rankedSpringLaunch } from '../testing/scenario-answers.js';

// Issue 16, "Leaderboards tell the truth": a seller hides from others' boards by their own choice,
// and the ranks others see then close up, with no gap that would give them away.

// Anna 3/3, Bruno and Chloe 2/3 (a tie), David 1/3; the directory opts David out. A tab each.
const ranked = () => rankedSpringLaunch();

const read = (api: MindshareApi, scope: 'global' | 'region' = 'global') =>
  api.leaderboard({ challengeId: 'spring-launch', scope, around: 1 });
const lines = (board: LeaderboardResult) =>
  [...board.rows, ...board.around].map(
    (row) => `${row.rank} ${row.displayName}${row.hidden ? ' (hidden)' : ''}${row.reward ? `: ${row.reward.en}` : ''}`,
  );

test("the directory's opt-out: David is neither listed nor counted, and sees where he would stand", async () => {
  const { tabs } = await ranked();
  const anna = await read(tabs['s-anna']!);
  assert.deepEqual(lines(anna), [
    '1 Anna Martin: A day at HQ',
    '2 Bruno Leroy: Northwind hoodie',
    '2 Chloe Park: Northwind hoodie',
  ]);
  assert.equal(anna.total, 3, 'a hidden seller is not counted');
  assert.equal(anna.visible, true);
  const david = await read(tabs['s-david']!);
  assert.equal(david.visible, false);
  assert.deepEqual(
    { rank: david.me?.rank, hidden: david.me?.hidden, reward: david.me?.reward },
    { rank: 4, hidden: true, reward: undefined },
  );
  assert.equal(david.total, 3);
});

test("a seller's own choice overrides the directory, on every board at once, and moves no one else's rank out of order", async () => {
  const { tabs } = await ranked();
  await tabs['s-david']!.setBoardVisibility(true);
  await tabs['s-bruno']!.setBoardVisibility(false);
  // Anna's tab learns of both choices from storage, as another tab would.
  const anna = await read(tabs['s-anna']!);
  assert.deepEqual(lines(anna), [
    '1 Anna Martin: A day at HQ',
    '2 Chloe Park: Northwind hoodie',
    '3 David Stone: Northwind hoodie',
  ]);
  assert.equal(anna.total, 3);
  const bruno = await read(tabs['s-bruno']!);
  assert.equal(bruno.visible, false);
  assert.equal(bruno.me?.rank, 2, 'he would share rank 2 with Chloe');
  assert.equal(bruno.me?.hidden, true);
  assert.equal(bruno.me?.reward, undefined, 'hidden sellers are not eligible for prizes');
  // Anna and Bruno share a region (emea): the region board follows the same choice.
  assert.deepEqual(lines(await read(tabs['s-anna']!, 'region')), ['1 Anna Martin']);
  assert.equal((await read(tabs['s-bruno']!, 'region')).me?.rank, 2);
  await tabs['s-bruno']!.setBoardVisibility(true);
  assert.deepEqual(lines(await read(tabs['s-anna']!)).slice(0, 3), [
    '1 Anna Martin: A day at HQ',
    '2 Bruno Leroy: Northwind hoodie',
    '2 Chloe Park: Northwind hoodie',
  ]);
  assert.equal((await read(tabs['s-bruno']!)).visible, true);
});

test('the choice is exported with the seller, erased with them, and survives a repetition hold', async () => {
  const { tabs, world } = await ranked();
  const bruno = tabs['s-bruno']!;
  await bruno.setBoardVisibility(false);
  await bruno.setRepetitionHold(world.clock.now() + 86_400_000);
  const exported = await bruno.exportSellerData('s-bruno');
  assert.deepEqual(
    (exported.collections.sellerSettings as { boardVisibility?: string; hold?: unknown }[]).map((settings) => [
      settings.boardVisibility,
      settings.hold !== undefined,
    ]),
    [['hidden', true]],
  );
  await bruno.setRepetitionHold(undefined);
  assert.equal((await read(bruno)).visible, false, 'resuming repetition keeps the choice');
  await bruno.deleteSellerData('s-bruno');
  assert.deepEqual((await bruno.exportSellerData('s-bruno')).collections.sellerSettings, []);
});

test('setBoardVisibility refuses anything but a boolean', async () => {
  const { tabs } = await ranked();
  await assert.rejects(
    () => tabs['s-anna']!.setBoardVisibility('no' as unknown as boolean),
    (error) => isMindError(error, 'MIND_INVALID_INPUT'),
  );
});
