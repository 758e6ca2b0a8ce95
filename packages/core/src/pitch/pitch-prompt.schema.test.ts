import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PitchPromptSchema } from './pitch-prompt.schema.js';
import { promptInput } from './pitch.fixtures.js';

function paths(input: unknown): PropertyKey[][] {
  const result = PitchPromptSchema.safeParse(input);
  assert.ok(!result.success, 'expected the prompt to be refused');
  return result.error.issues.map((issue) => issue.path);
}

type Criterion = ReturnType<typeof promptInput>['rubric']['criteria'][number];

function withCriteria(criteria: unknown[]) {
  return promptInput({ rubric: { criteria } });
}

const [empathy, value] = promptInput().rubric.criteria as [Criterion, Criterion];

test('an authored prompt parses as written', () => {
  const parsed = PitchPromptSchema.parse(promptInput());
  assert.equal(parsed.maxDurationSeconds, 120);
  assert.deepEqual(
    parsed.rubric.criteria.map((criterion) => criterion.id),
    ['empathy', 'value'],
  );
});

test('duration, retakes and retention are bounded whole numbers, refused at their own path', () => {
  assert.deepEqual(paths(promptInput({ maxDurationSeconds: 9 })), [['maxDurationSeconds']]);
  assert.deepEqual(paths(promptInput({ maxDurationSeconds: 1801 })), [['maxDurationSeconds']]);
  assert.deepEqual(paths(promptInput({ maxDurationSeconds: 60.5 })), [['maxDurationSeconds']]);
  assert.deepEqual(paths(promptInput({ retakesAllowed: -1 })), [['retakesAllowed']]);
  assert.deepEqual(paths(promptInput({ retakesAllowed: 1.5 })), [['retakesAllowed']]);
  assert.deepEqual(paths(promptInput({ retentionDays: 0 })), [['retentionDays']]);
  assert.ok(
    PitchPromptSchema.safeParse(promptInput({ maxDurationSeconds: 10, retakesAllowed: 0, retentionDays: 1 })).success,
  );
  assert.ok(PitchPromptSchema.safeParse(promptInput({ maxDurationSeconds: 1800 })).success);
});

test('criterion ids are unique, reported at the repeated id', () => {
  assert.deepEqual(paths(withCriteria([empathy, value, { ...value, label: { en: 'Again' } }])), [
    ['rubric', 'criteria', 2, 'id'],
  ]);
});

test('level scores are unique and ascending, reported at the offending score', () => {
  const duplicate = { ...value, levels: [value.levels[0], value.levels[1], { ...value.levels[2], score: 5 }] };
  assert.deepEqual(paths(withCriteria([empathy, duplicate])), [['rubric', 'criteria', 1, 'levels', 2, 'score']]);
  const descending = { ...empathy, levels: [...empathy.levels].reverse() };
  assert.deepEqual(paths(withCriteria([descending])), [
    ['rubric', 'criteria', 0, 'levels', 1, 'score'],
    ['rubric', 'criteria', 0, 'levels', 2, 'score'],
    ['rubric', 'criteria', 0, 'levels', 3, 'score'],
  ]);
  const fractional = { ...empathy, levels: [empathy.levels[0], { ...empathy.levels[1], score: 1.5 }] };
  assert.deepEqual(paths(withCriteria([fractional])), [['rubric', 'criteria', 0, 'levels', 1, 'score']]);
});

test('a rubric needs a criterion, each criterion two levels and a positive weight', () => {
  assert.deepEqual(paths(withCriteria([])), [['rubric', 'criteria']]);
  assert.deepEqual(paths(withCriteria([{ ...empathy, levels: empathy.levels.slice(0, 1) }])), [
    ['rubric', 'criteria', 0, 'levels'],
  ]);
  assert.deepEqual(paths(withCriteria([{ ...empathy, weight: 0 }])), [['rubric', 'criteria', 0, 'weight']]);
  assert.deepEqual(paths(withCriteria([{ ...empathy, weight: -2 }])), [['rubric', 'criteria', 0, 'weight']]);
});

test('unknown keys, missing texts and bad nested text are refused at their path', () => {
  assert.deepEqual(paths({ ...promptInput(), extra: true }), [[]]);
  assert.deepEqual(paths(withCriteria([{ ...empathy, label: {} }])), [['rubric', 'criteria', 0, 'label']]);
  const { scenario: _scenario, ...noScenario } = promptInput();
  assert.deepEqual(paths(noScenario), [['scenario']]);
  assert.deepEqual(paths(promptInput({ id: 'has space' })), [['id']]);
});
