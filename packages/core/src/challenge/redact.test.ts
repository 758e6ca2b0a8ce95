import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { answerQuestion, showQuestion, startAttempt } from './attempt.js';
import { redactAttempt, redactQuestion } from './redact.js';
import { RedactedQuestionSchema, type RedactedOption, type RedactedQuestion } from './redacted-question.schema.js';
import {
  EXPLANATION_SECRET,
  NUMERIC_SECRET,
  OPENS_AT,
  makeChallenge,
  numeric,
  ordering,
  questions,
  single,
} from './challenge.fixtures.js';
import { questionListArbitrary } from './challenge.arbitraries.js';

// Compile-time proof: no redacted type has a key that could carry an answer.
type KeysOf<T> = T extends unknown ? keyof T : never;
type Secret = 'correct' | 'answer' | 'tolerance' | 'explanation' | 'resources';
type Leaks = Extract<KeysOf<RedactedQuestion> | KeysOf<RedactedOption>, Secret>;
const noSecretKeys: [Leaks] extends [never] ? true : false = true;

const secrets = [
  '"correct"',
  '"answer"',
  '"tolerance"',
  '"explanation"',
  '"resources"',
  EXPLANATION_SECRET,
  String(NUMERIC_SECRET),
];

test('a redacted question carries no answer key and no explanation, typed and serialised', () => {
  assert.equal(noSecretKeys, true);
  const rules = { points: 10 };
  for (const question of questions) {
    const redacted = redactQuestion(question, rules);
    const json = JSON.stringify(redacted);
    for (const secret of secrets) assert.ok(!json.includes(secret), `${question.id} leaks ${secret}: ${json}`);
    assert.deepEqual(RedactedQuestionSchema.parse(JSON.parse(json)), redacted);
  }
});

test('a redacted question keeps what the participant needs to answer', () => {
  const view = redactQuestion(single, { points: 10 }, ['platinum', 'gold', 'silver']);
  assert.deepEqual(view, {
    id: 'q-single',
    kind: 'single',
    prompt: single.prompt,
    topics: ['tiers'],
    points: 10,
    choices: [
      { id: 'platinum', label: { en: 'Platinum' } },
      { id: 'gold', label: { en: 'Gold' } },
      { id: 'silver', label: { en: 'Silver' } },
    ],
  });
  const items = redactQuestion(ordering, { points: 10 });
  assert.ok(items.kind === 'ordering');
  assert.notDeepEqual(
    items.items.map((item) => item.id),
    ordering.items.map((item) => item.id),
    'ordering items never arrive in the authored order',
  );
  assert.deepEqual(redactQuestion(numeric, { points: 10 }), {
    id: 'q-numeric',
    kind: 'numeric',
    prompt: numeric.prompt,
    topics: ['pricing'],
    points: 10,
    timeLimitSeconds: 20,
    unit: { en: 'EUR' },
  });
});

test('a leaked key in a reply is refused by the redacted schema', () => {
  const leaked = { ...redactQuestion(numeric, { points: 10 }), answer: NUMERIC_SECRET };
  assert.ok(!RedactedQuestionSchema.safeParse(leaked).success);
  const view = redactQuestion(single, { points: 10 });
  assert.ok(view.kind === 'single');
  const leakedChoice = { ...view, choices: view.choices.map((choice) => ({ ...choice, correct: true })) };
  assert.ok(!RedactedQuestionSchema.safeParse(leakedChoice).success);
});

test('an attempt view lists question ids in the attempt’s order and reveals a question’s text only once shown', () => {
  const challenge = makeChallenge({ shuffle: { questions: true, choices: true } });
  const attempt = startAttempt(challenge, {
    attemptId: 'a1',
    sellerId: 's1',
    packVersion: '1',
    seed: 'view',
    now: OPENS_AT,
    previousAttempts: [],
  });
  const before = redactAttempt(attempt, challenge);
  assert.deepEqual(before.questionIds, attempt.questionIds);
  assert.deepEqual(before.questions, []);
  for (const question of challenge.questions) {
    assert.ok(
      !JSON.stringify(before).includes(question.prompt.en as string),
      `sends "${question.id}" before it is shown`,
    );
  }
  const shown = attempt.questionIds.reduce(
    (current, id, index) => showQuestion(current, challenge, id, { now: OPENS_AT + index }),
    attempt,
  );
  const revealed = redactAttempt(shown, challenge);
  assert.deepEqual(
    revealed.questions.map((question) => question.id),
    attempt.questionIds,
  );
  const single = revealed.questions.find((question) => question.id === 'q-single');
  assert.ok(single?.kind === 'single');
  assert.deepEqual(
    single.choices.map((choice) => choice.id),
    attempt.choiceOrder['q-single'],
  );
  for (const secret of secrets) assert.ok(!JSON.stringify(revealed).includes(secret), `leaks ${secret}`);
  const answered = answerQuestion(
    attempt,
    challenge,
    'q-single',
    { kind: 'single', choiceId: 'gold' },
    { now: OPENS_AT + 1 },
  );
  const after = redactAttempt(answered.attempt, challenge);
  assert.deepEqual(after.verdicts, [answered.verdict]);
  // Answered without being shown: revealed with its verdict, the others still hidden.
  assert.deepEqual(
    after.questions.map((question) => question.id),
    ['q-single'],
  );
  assert.ok(JSON.stringify(after).includes(EXPLANATION_SECRET));
});

test('property: no redacted question of any kind keeps a key outside the redacted schema', () => {
  fc.assert(
    fc.property(questionListArbitrary, (list) => {
      for (const question of list) {
        const redacted = redactQuestion(question, { points: 1 });
        assert.ok(RedactedQuestionSchema.safeParse(redacted).success, JSON.stringify(redacted));
        assert.ok(!JSON.stringify(redacted).includes('"correct"'));
      }
    }),
  );
});
