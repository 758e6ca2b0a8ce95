import { expect } from '@open-wc/testing';
import { scenarioWorld } from '@mindshare/core/testing';

describe('the core engine in the browser', () => {
  it('runs the scenario over the memory store, as the elements will', async () => {
    const world = scenarioWorld();
    const anna = await world.as('s-anna');
    const [challenge] = await anna.challenges();
    expect(challenge?.id).to.equal('spring-launch');
    const attempt = await anna.startAttempt('spring-launch');
    const verdict = await anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
    expect(verdict.status === 'scored' && verdict.correct).to.equal(true);
  });
});
