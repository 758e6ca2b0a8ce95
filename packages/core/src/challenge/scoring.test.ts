import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { answerCredit, multipleChoiceCredit, orderingCredit } from './answer-credit.js';
import { scoreAnswer } from './score-answer.js';
import { attemptBounds, questionBounds } from './score-bounds.js';
import { ScoringRulesSchema, type ScoringRulesInput } from './scoring.schema.js';
import type { NumericQuestion, Question } from './question.schema.js';
import {
  answeredQuestionArbitrary,
  contextArbitrary,
  multipleChoiceArbitrary,
  rulesArbitrary,
} from './challenge.arbitraries.js';
import { multiple, numeric, questions, single, trueFalse } from './challenge.fixtures.js';

const rules = (input: ScoringRulesInput = {}) => ScoringRulesSchema.parse(input);
const at = { elapsedMs: 0, streakBefore: 0 };

test('multiple choice: each partial-credit rule on the same picks', () => {
  const credit = (picked: string[], partialCredit: ScoringRulesInput['partialCredit']) =>
    multipleChoiceCredit(multiple, picked, rules({ partialCredit, penaltyPerWrongPick: 0.25 }));
  // backup and sso are correct; core and api are not.
  assert.equal(credit(['backup', 'sso'], 'all-or-nothing'), 1);
  assert.equal(credit(['backup'], 'all-or-nothing'), 0);
  assert.equal(credit(['backup'], 'proportional'), 0.5);
  assert.equal(credit(['backup', 'sso', 'core'], 'proportional'), 0.5);
  assert.equal(credit(['backup', 'sso', 'core', 'api'], 'proportional'), 0);
  assert.equal(credit(['backup', 'sso', 'core'], 'proportional-with-penalty'), 0.75);
  assert.equal(credit(['backup', 'core', 'api'], 'proportional-with-penalty'), 0);
  assert.equal(credit([], 'proportional'), 0);
});

test('ordering: Kendall-tau partial credit, or the exact order only', () => {
  const authored = ['a', 'b', 'c', 'd'];
  assert.equal(orderingCredit(authored, ['a', 'b', 'c', 'd'], 'proportional'), 1);
  assert.equal(orderingCredit(authored, ['a', 'c', 'b', 'd'], 'proportional'), 5 / 6);
  assert.equal(orderingCredit(authored, ['d', 'c', 'b', 'a'], 'proportional'), 0);
  assert.equal(orderingCredit(authored, ['a', 'c', 'b', 'd'], 'all-or-nothing'), 0);
  assert.equal(orderingCredit(authored, ['a', 'b', 'c', 'd'], 'all-or-nothing'), 1);
});

test('numeric: correct within the tolerance, inclusive', () => {
  const credit = (value: number) => answerCredit(numeric, { kind: 'numeric', value }, rules());
  assert.equal(credit(numeric.answer), 1);
  assert.equal(credit(numeric.answer + 0.5), 1);
  assert.equal(credit(numeric.answer - 0.5), 1);
  assert.equal(credit(numeric.answer + 0.6), 0);
  const exact = { ...numeric, answer: 0.3 } satisfies NumericQuestion;
  const { tolerance: _tolerance, ...noTolerance } = exact;
  assert.equal(answerCredit(noTolerance, { kind: 'numeric', value: 0.1 + 0.2 }, rules()), 1);
  assert.equal(answerCredit(noTolerance, { kind: 'numeric', value: 0.31 }, rules()), 0);
});

test('negative marking and a question’s own points', () => {
  const wrong = { kind: 'true-false', value: true } as const;
  assert.equal(scoreAnswer(trueFalse, wrong, rules({ negativeMarking: { penalty: 0.5 } }), at).points, -5);
  assert.equal(scoreAnswer(trueFalse, wrong, rules(), at).points, 0);
  const worth = { ...trueFalse, points: 40 } as Question;
  assert.equal(scoreAnswer(worth, { kind: 'true-false', value: false }, rules(), at).points, 40);
});

test('speed bonus decays linearly over the question’s time limit', () => {
  const speedy = rules({ speedBonus: { points: 10 } });
  const right = { kind: 'numeric', value: numeric.answer } as const; // 20 s limit
  const points = (elapsedMs: number) => scoreAnswer(numeric, right, speedy, { ...at, elapsedMs }).points;
  assert.deepEqual([0, 5_000, 10_000, 20_000, 60_000].map(points), [20, 17.5, 15, 10, 10]);
  // The bonus follows the credit: a wrong answer earns none, a half-right one half.
  const wrong = { kind: 'numeric', value: 0 } as const;
  assert.equal(scoreAnswer(numeric, wrong, speedy, at).points, 0);
  const half = rules({ speedBonus: { points: 10, overSeconds: 10 }, partialCredit: 'proportional' });
  assert.equal(scoreAnswer(multiple, { kind: 'multiple', choiceIds: ['sso'] }, half, at).points, 10);
  // A question without its own limit uses overSeconds, or earns no speed bonus at all.
  const right2 = { kind: 'true-false', value: false } as const;
  assert.equal(scoreAnswer(trueFalse, right2, speedy, at).points, 10);
  const over = rules({ speedBonus: { points: 10, overSeconds: 10 } });
  assert.equal(scoreAnswer(trueFalse, right2, over, { ...at, elapsedMs: 2_500 }).points, 17.5);
});

test('streak bonus grows per consecutive correct answer up to its cap, for correct answers only', () => {
  const streaky = rules({ streakBonus: { pointsPerAnswer: 2, max: 5 } });
  const right = { kind: 'single', choiceId: 'gold' } as const;
  const points = (streakBefore: number) => scoreAnswer(single, right, streaky, { elapsedMs: 0, streakBefore }).points;
  assert.deepEqual([0, 1, 2, 3, 10].map(points), [10, 12, 14, 15, 15]);
  assert.equal(
    scoreAnswer(single, { kind: 'single', choiceId: 'silver' }, streaky, { elapsedMs: 0, streakBefore: 4 }).points,
    0,
  );
});

test('confidence marking: sure multiplies a right answer and costs on a wrong one', () => {
  const confident = rules({
    negativeMarking: { penalty: 0.25 },
    confidence: { sure: { correct: 1.5, wrong: 0.5 }, unsure: { correct: 1, wrong: 0 } },
  });
  const right = { kind: 'single', choiceId: 'gold' } as const;
  const wrong = { kind: 'single', choiceId: 'silver' } as const;
  assert.equal(scoreAnswer(single, right, confident, { ...at, confidence: 'sure' }).points, 15);
  assert.equal(scoreAnswer(single, right, confident, { ...at, confidence: 'unsure' }).points, 10);
  assert.equal(scoreAnswer(single, right, confident, at).points, 10);
  assert.equal(scoreAnswer(single, wrong, confident, { ...at, confidence: 'sure' }).points, -5);
  assert.equal(scoreAnswer(single, wrong, confident, { ...at, confidence: 'unsure' }).points, -2.5);
  assert.deepEqual(questionBounds(single, confident), { min: -5, max: 15 });
});

test('attempt bounds count the streak each position can reach', () => {
  const all = rules({ streakBonus: { pointsPerAnswer: 2, max: 5 }, speedBonus: { points: 10 } });
  // 5 questions × 10, + speed bonus only on the timed numeric question, + streaks 0, 2, 4, 5, 5.
  assert.deepEqual(attemptBounds(questions, all), { min: 0, max: 50 + 10 + 16 });
});

test('property: a score is deterministic and never leaves its question’s bounds', () => {
  fc.assert(
    fc.property(
      rulesArbitrary,
      answeredQuestionArbitrary,
      contextArbitrary,
      (scoring, { question, response }, context) => {
        const score = scoreAnswer(question, response, scoring, context);
        const { min, max } = questionBounds(question, scoring);
        assert.ok(min <= score.points && score.points <= max, `${min} ≤ ${score.points} ≤ ${max}`);
        assert.ok(score.credit >= 0 && score.credit <= 1);
        assert.ok(Number.isFinite(score.points));
        assert.deepEqual(scoreAnswer(question, response, scoring, context), score);
      },
    ),
    { numRuns: 3000 },
  );
});

test('property: turning a wrongly decided choice into a right one never lowers the credit or the points', () => {
  fc.assert(
    fc.property(
      rulesArbitrary,
      multipleChoiceArbitrary(),
      fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      fc.nat(),
      contextArbitrary,
      (scoring, question, pickFlags, which, context) => {
        const picked = question.choices.filter((_, i) => pickFlags[i]).map((choice) => choice.id);
        const wrongDecisions = question.choices.filter(
          (choice) => picked.includes(choice.id) !== (choice.correct === true),
        );
        fc.pre(wrongDecisions.length > 0);
        const flip = wrongDecisions[which % wrongDecisions.length]!.id;
        const fixed = picked.includes(flip) ? picked.filter((id) => id !== flip) : [...picked, flip];
        const before = scoreAnswer(question, { kind: 'multiple', choiceIds: picked }, scoring, context);
        const after = scoreAnswer(question, { kind: 'multiple', choiceIds: fixed }, scoring, context);
        assert.ok(after.credit >= before.credit, `credit ${before.credit} → ${after.credit}`);
        assert.ok(after.points >= before.points, `points ${before.points} → ${after.points}`);
      },
    ),
    { numRuns: 3000 },
  );
});
