import type { MindshareApi } from '../api/mindshare-api.js';

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
