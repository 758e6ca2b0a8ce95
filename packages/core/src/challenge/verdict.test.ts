import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scenarioWorld } from '../testing/scenario-engine.js';

// Issue 16: a choice question's verdict says which choices were right, so the seller sees their
// wrong picks beside them; nothing of it before the answer.

test('a choice question’s verdict names the right choices; other kinds and unanswered questions do not', async () => {
  const anna = await scenarioWorld().as('s-anna');
  const attempt = await anna.startAttempt('spring-launch');
  const single = await anna.showQuestion(attempt.id, 'q-support');
  assert.ok(
    single.kind === 'single' && single.choices.every((choice) => !('correct' in choice)),
    'an answer key before the answer',
  );
  const wrong = await anna.answer(attempt.id, 'q-support', { kind: 'single', choiceId: 'basic' });
  assert.equal(wrong.status, 'scored');
  assert.deepEqual(wrong.status === 'scored' && wrong.correctChoiceIds, ['pro']);

  await anna.showQuestion(attempt.id, 'q-sso');
  const several = await anna.answer(attempt.id, 'q-sso', { kind: 'multiple', choiceIds: ['basic'] });
  assert.deepEqual(several.status === 'scored' && [...(several.correctChoiceIds ?? [])].sort(), ['enterprise', 'pro']);

  const view = await anna.attempt(attempt.id);
  assert.deepEqual(
    view.verdicts.map((verdict) => [verdict.questionId, verdict.correctChoiceIds]),
    [
      ['q-support', ['pro']],
      ['q-sso', ['pro', 'enterprise']],
    ],
    'the verdicts of a resumed attempt say the same',
  );
  await anna.showQuestion(attempt.id, 'q-trial');
  const trueFalse = await anna.answer(attempt.id, 'q-trial', { kind: 'true-false', value: true });
  assert.equal(trueFalse.status === 'scored' && trueFalse.correctChoiceIds, undefined);
});
