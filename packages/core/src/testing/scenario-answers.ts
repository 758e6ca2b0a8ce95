import type { MindshareApi } from '../api/mindshare-api.js';
import { scenarioWorld, type ScenarioWorld } from './scenario-engine.js';

/** Right and wrong responses to the scenario's `spring-launch` questions, in question order. */
const RESPONSES = [
  { id: 'q-support', right: { kind: 'single', choiceId: 'pro' }, wrong: { kind: 'single', choiceId: 'basic' } },
  {
    id: 'q-sso',
    right: { kind: 'multiple', choiceIds: ['pro', 'enterprise'] },
    wrong: { kind: 'multiple', choiceIds: ['basic'] },
  },
  { id: 'q-trial', right: { kind: 'true-false', value: true }, wrong: { kind: 'true-false', value: false } },
] as const;

/** Plays one attempt of `spring-launch` with the first `correct` questions right and the rest wrong. */
export async function playSpringLaunch(api: MindshareApi, correct: number): Promise<void> {
  const attempt = await api.startAttempt('spring-launch');
  for (const [index, question] of RESPONSES.entries()) {
    await api.answer(attempt.id, question.id, index < correct ? question.right : question.wrong);
  }
  await api.finishAttempt(attempt.id);
}

/**
 * The scenario's ranked board of `spring-launch`: Anna 3/3, Bruno and Chloe 2/3 (a tie), David 1/3
 * (whom the directory opts out of being shown), a minute apart so ties break the same way every
 * run. Each seller plays in an API of their own (a tab each), returned by id.
 */
export async function rankedSpringLaunch(
  world: ScenarioWorld = scenarioWorld(),
): Promise<{ world: ScenarioWorld; tabs: Record<string, MindshareApi> }> {
  const tabs: Record<string, MindshareApi> = {};
  for (const [id, correct] of [
    ['s-anna', 3],
    ['s-bruno', 2],
    ['s-chloe', 2],
    ['s-david', 1],
  ] as const) {
    tabs[id] = await world.as(id);
    await playSpringLaunch(tabs[id]!, correct);
    world.clock.advance(60_000);
  }
  return { world, tabs };
}
