// fast-check arbitraries shared by the property tests; no tests of its own. Not shipped: tsconfig.json
// and the package's `files` leave *.arbitraries.ts out.
import fc from 'fast-check';
import type { Question } from './question.schema.js';
import type { AnswerResponse } from './answer-response.schema.js';
import { ScoringRulesSchema, type ScoringRules } from './scoring.schema.js';

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const amount = fc.double({ min: 0, max: 1000, noNaN: true });

/** Any valid scoring rules, every optional rule sometimes on. */
export const rulesArbitrary: fc.Arbitrary<ScoringRules> = fc
  .record(
    {
      points: amount,
      partialCredit: fc.constantFrom('all-or-nothing', 'proportional', 'proportional-with-penalty'),
      penaltyPerWrongPick: fraction,
      negativeMarking: fc.record({ penalty: fraction }),
      speedBonus: fc.record(
        { points: amount, overSeconds: fc.integer({ min: 1, max: 600 }) },
        { requiredKeys: ['points'] },
      ),
      streakBonus: fc.record({ pointsPerAnswer: amount, max: amount }),
      confidence: fc.record({
        sure: fc.record({ correct: fc.double({ min: 0, max: 10, noNaN: true }), wrong: fraction }),
        unsure: fc.record({ correct: fc.double({ min: 0, max: 10, noNaN: true }), wrong: fraction }),
      }),
    },
    { requiredKeys: ['points', 'partialCredit', 'penaltyPerWrongPick'] },
  )
  .map((rules) => ScoringRulesSchema.parse(rules));

const common = (index: number) =>
  fc.record(
    {
      id: fc.constant(`q${index}`),
      prompt: fc.constant({ en: 'Prompt' }),
      topics: fc.subarray(['pricing', 'offer', 'process'], { minLength: 1 }),
      explanation: fc.constant({ en: 'Why' }),
      points: amount,
      timeLimitSeconds: fc.integer({ min: 1, max: 120 }),
    },
    { requiredKeys: ['id', 'prompt', 'topics', 'explanation'] },
  );

const label = { en: 'Option' };

/** A multiple-choice question with 2–6 choices, at least one correct. */
export function multipleChoiceArbitrary(index = 0) {
  return fc
    .tuple(common(index), fc.array(fc.boolean(), { minLength: 2, maxLength: 6 }), fc.nat())
    .map(([base, flags, forced]) => {
      const correct = flags.some(Boolean) ? flags : flags.map((_, i) => i === forced % flags.length);
      return {
        ...base,
        kind: 'multiple' as const,
        choices: correct.map((flag, i) => ({ id: `c${i}`, label, ...(flag ? { correct: true } : {}) })),
      };
    });
}

function questionArbitrary(index: number): fc.Arbitrary<Question> {
  const single = fc.tuple(common(index), fc.integer({ min: 2, max: 6 }), fc.nat()).map(([base, count, pick]) => ({
    ...base,
    kind: 'single' as const,
    choices: Array.from({ length: count }, (_, i) => ({
      id: `c${i}`,
      label,
      ...(i === pick % count ? { correct: true } : {}),
    })),
  }));
  const trueFalse = fc
    .tuple(common(index), fc.boolean())
    .map(([base, answer]) => ({ ...base, kind: 'true-false' as const, answer }));
  const ordering = fc.tuple(common(index), fc.integer({ min: 2, max: 7 })).map(([base, count]) => ({
    ...base,
    kind: 'ordering' as const,
    items: Array.from({ length: count }, (_, i) => ({ id: `i${i}`, label })),
  }));
  const numeric = fc
    .tuple(common(index), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }))
    .map(([base, answer, tolerance]) => ({ ...base, kind: 'numeric' as const, answer, tolerance }));
  return fc.oneof(single, multipleChoiceArbitrary(index), trueFalse, ordering, numeric);
}

/** A valid response to `question`, right or wrong. */
export function responseArbitrary(question: Question): fc.Arbitrary<AnswerResponse> {
  switch (question.kind) {
    case 'single':
      return fc
        .constantFrom(...question.choices.map((choice) => choice.id))
        .map((choiceId) => ({ kind: 'single', choiceId }));
    case 'multiple':
      return fc
        .subarray(question.choices.map((choice) => choice.id))
        .map((choiceIds) => ({ kind: 'multiple', choiceIds }));
    case 'true-false':
      return fc.boolean().map((value) => ({ kind: 'true-false', value }));
    case 'ordering':
      return fc
        .shuffledSubarray(
          question.items.map((item) => item.id),
          { minLength: question.items.length },
        )
        .map((itemIds) => ({ kind: 'ordering', itemIds }));
    case 'numeric':
      return fc
        .oneof(fc.constant(question.answer), fc.double({ min: -2e6, max: 2e6, noNaN: true }))
        .map((value) => ({ kind: 'numeric', value }));
  }
}

/** A question together with a response to it. */
export const answeredQuestionArbitrary = questionArbitrary(0).chain((question) =>
  responseArbitrary(question).map((response) => ({ question, response })),
);

/** 1–6 questions with distinct ids. */
export const questionListArbitrary = fc
  .integer({ min: 1, max: 6 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => questionArbitrary(i))));

/** Elapsed time, confidence and streak for one answer. */
export const contextArbitrary = fc.record(
  {
    elapsedMs: fc.integer({ min: 0, max: 300_000 }),
    streakBefore: fc.integer({ min: 0, max: 40 }),
    confidence: fc.constantFrom('sure' as const, 'unsure' as const),
  },
  { requiredKeys: ['elapsedMs', 'streakBefore'] },
);
