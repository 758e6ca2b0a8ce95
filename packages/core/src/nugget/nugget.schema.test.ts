import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TrueFalseQuestion } from '../challenge/question.schema.js';
import { NuggetSchema } from './nugget.schema.js';
import type { InfoNugget, MiniQuizNugget, OpenQuestionNugget, VideoNugget } from './nugget.schema.js';
import { multiplePoll, nuggets, singlePoll } from './nugget.fixtures.js';

function issuePaths(input: unknown): PropertyKey[][] {
  const result = NuggetSchema.safeParse(input);
  assert.ok(!result.success, 'expected the nugget to be refused');
  return result.error.issues.map((issue) => issue.path);
}

const [info, video, , , open, quiz] = nuggets as [
  InfoNugget,
  VideoNugget,
  unknown,
  unknown,
  OpenQuestionNugget,
  MiniQuizNugget,
];

test('one nugget of each kind parses unchanged', () => {
  for (const nugget of nuggets) assert.deepEqual(NuggetSchema.parse(nugget), nugget);
});

test('objects are strict: a misspelt key is reported', () => {
  assert.deepEqual(issuePaths({ ...info, boddy: info.body }), [[]]);
  assert.deepEqual(issuePaths({ ...info, image: { ...info.image, alt_text: 'x' } }), [['image']]);
});

test('an unknown kind is refused', () => {
  assert.deepEqual(issuePaths({ ...info, kind: 'podcast' }), [['kind']]);
});

test('a video needs at least one caption track, with distinct locales', () => {
  assert.deepEqual(issuePaths({ ...video, captions: [] }), [['captions']]);
  assert.deepEqual(issuePaths({ ...video, captions: [video.captions[0], video.captions[0]] }), [
    ['captions', 1, 'locale'],
  ]);
  assert.deepEqual(issuePaths({ ...video, durationSeconds: 0 }), [['durationSeconds']]);
  assert.deepEqual(issuePaths({ ...video, src: 'javascript:alert(1)' }), [['src']]);
});

test('a poll needs two options with distinct ids', () => {
  assert.deepEqual(issuePaths({ ...singlePoll, options: [singlePoll.options[0]] }), [['options']]);
  assert.deepEqual(issuePaths({ ...singlePoll, options: [...singlePoll.options, singlePoll.options[1]] }), [
    ['options', 3, 'id'],
  ]);
});

test('maxChoices needs a multiple-choice poll and no more than its options', () => {
  assert.deepEqual(issuePaths({ ...singlePoll, maxChoices: 2 }), [['maxChoices']]);
  assert.deepEqual(issuePaths({ ...multiplePoll, maxChoices: 5 }), [['maxChoices']]);
  assert.deepEqual(issuePaths({ ...multiplePoll, maxChoices: 1 }), [['maxChoices']]);
});

test('an open question caps answers between 1 and 5000 characters', () => {
  assert.deepEqual(issuePaths({ ...open, maxLength: 0 }), [['maxLength']]);
  assert.deepEqual(issuePaths({ ...open, maxLength: 5001 }), [['maxLength']]);
  assert.deepEqual(issuePaths({ ...open, maxLength: 2.5 }), [['maxLength']]);
  assert.equal(NuggetSchema.safeParse({ ...open, maxLength: 5000 }).success, true);
});

test('a mini-quiz needs valid questions with distinct ids', () => {
  assert.deepEqual(issuePaths({ ...quiz, questions: [] }), [['questions']]);
  assert.deepEqual(issuePaths({ ...quiz, questions: [quiz.questions[0], quiz.questions[0]] }), [
    ['questions', 1, 'id'],
  ]);
  const { answer: _answer, ...noAnswer } = quiz.questions[0] as TrueFalseQuestion;
  assert.deepEqual(issuePaths({ ...quiz, questions: [noAnswer] }), [['questions', 0, 'answer']]);
});
