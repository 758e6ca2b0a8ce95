import type { MindshareApi } from '@mindshare/core';
import { playSpringLaunch, scenarioWorld, type ScenarioWorld } from '@mindshare/core/testing';

/**
 * The scenario world with mastery to show, for manager views. Each seller plays `spring-launch`
 * (two pricing questions, one security question per attempt) at the same instant, so no evidence
 * decays and levels are exactly:
 *
 * | seller  | partner (tier)     | attempts (right of 3) | pricing             | security            |
 * | ------- | ------------------ | --------------------- | ------------------- | ------------------- |
 * | s-anna  | p-alpha (platinum) | 3, 3                  | 5/6 ≈ 83 % strong   | 3/4 = 75 % developing |
 * | s-bruno | p-alpha (platinum) | 0, 1                  | 2/6 ≈ 33 % weak     | 1/4 = 25 % weak     |
 * | s-chloe | p-beta (gold)      | 2                     | 2/4 = 50 % weak     | 1 answer: unknown   |
 * | s-david | p-beta (gold)      | 3                     | 3/4 = 75 % developing | 1 answer: unknown |
 *
 * Silver sellers (s-emma, s-farid) are not targeted by the challenge: the silver tier has no rows.
 */
export async function masteryWorld(): Promise<{ world: ScenarioWorld; manager: MindshareApi }> {
  const world = scenarioWorld();
  const plays: [string, number[]][] = [
    ['s-anna', [3, 3]],
    ['s-bruno', [0, 1]],
    ['s-chloe', [2]],
    ['s-david', [3]],
  ];
  for (const [id, attempts] of plays) {
    const seller = await world.as(id);
    for (const correct of attempts) await playSpringLaunch(seller, correct);
  }
  return { world, manager: await world.as('mgr-marc') };
}
