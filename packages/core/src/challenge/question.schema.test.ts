import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QuestionSchema } from './question.schema.js';
import { multiple, numeric, ordering, questions, single } from './challenge.fixtures.js';

function issues(input: unknown): { path: PropertyKey[]; message: string; code: string }[] {
  const result = QuestionSchema.safeParse(input);
  assert.ok(!result.success, 'expected the question to be refused');
  return result.error.issues.map(({ path, message, code }) => ({ path, message, code }));
}

test('one question of each kind parses', () => {
  for (const question of questions) assert.deepEqual(QuestionSchema.parse(question), question);
});

test('a single-choice question needs exactly one correct choice', () => {
  const none = issues({ ...single, choices: single.choices.map(({ id, label }) => ({ id, label })) });
  assert.deepEqual(
    none.map((issue) => issue.path),
    [['choices']],
  );
  const two = issues({ ...single, choices: single.choices.map((choice) => ({ ...choice, correct: true })) });
  assert.deepEqual(
    two.map((issue) => issue.path),
    [['choices']],
  );
  assert.match(two[0]!.message, /exactly one/);
});

test('a multiple-choice question needs at least one correct choice', () => {
  const none = issues({ ...multiple, choices: multiple.choices.map(({ id, label }) => ({ id, label })) });
  assert.deepEqual(
    none.map((issue) => issue.path),
    [['choices']],
  );
});

test('choice and item ids must be unique within a question, reported at the duplicate', () => {
  const duplicateChoice = issues({
    ...multiple,
    choices: [...multiple.choices, { id: 'sso', label: { en: 'SSO again' } }],
  });
  assert.deepEqual(
    duplicateChoice.map((issue) => issue.path),
    [['choices', 4, 'id']],
  );
  const duplicateItem = issues({ ...ordering, items: [...ordering.items, { id: 'discover', label: { en: 'x' } }] });
  assert.deepEqual(
    duplicateItem.map((issue) => issue.path),
    [['items', 4, 'id']],
  );
});

test('fewer than two choices or items is refused', () => {
  assert.deepEqual(issues({ ...single, choices: [single.choices[1]!] })[0]!.path, ['choices']);
  assert.deepEqual(issues({ ...ordering, items: [ordering.items[0]!] })[0]!.path, ['items']);
});

test('unknown keys, wrong kinds and out-of-range numbers are errors', () => {
  assert.equal(issues({ ...numeric, tolerence: 1 })[0]!.code, 'unrecognized_keys');
  assert.equal(
    issues({ ...single, choices: [{ ...single.choices[0]!, corect: true }, single.choices[1]!] })[0]!.code,
    'unrecognized_keys',
  );
  assert.ok(issues({ ...single, kind: 'essay' }).length > 0);
  assert.deepEqual(issues({ ...numeric, tolerance: -1 })[0]!.path, ['tolerance']);
  assert.deepEqual(issues({ ...numeric, points: -5 })[0]!.path, ['points']);
  assert.deepEqual(issues({ ...numeric, timeLimitSeconds: 0 })[0]!.path, ['timeLimitSeconds']);
  assert.deepEqual(issues({ ...single, topics: [] })[0]!.path, ['topics']);
  assert.deepEqual(issues({ ...single, resources: ['bad id!'] })[0]!.path, ['resources', 0]);
});
