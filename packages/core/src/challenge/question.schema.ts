import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { LocalizedTextSchema } from '../content/localized-text.schema.js';
import { LocalizedRichTextSchema } from '../content/rich-text.schema.js';

/** A choice of a single- or multiple-choice question; `correct: true` marks the answer key. */
export const ChoiceSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  correct: z.exactOptional(z.boolean()),
});

/** A choice (see {@link ChoiceSchema}). */
export type Choice = z.infer<typeof ChoiceSchema>;

/** An item of an ordering question. */
export const OrderingItemSchema = z.strictObject({ id: IdSchema, label: LocalizedTextSchema });

/** An ordering item (see {@link OrderingItemSchema}). */
export type OrderingItem = z.infer<typeof OrderingItemSchema>;

// Fields every kind shares. Spread into each strict object so unknown keys stay errors per kind.
const commonFields = {
  id: IdSchema,
  prompt: LocalizedRichTextSchema,
  /** Topic ids, for mastery; at least one. */
  topics: z.array(IdSchema).check(z.minLength(1, 'expected at least one topic id, e.g. ["pricing"]')),
  /** Shown once the question is answered, never before. */
  explanation: LocalizedRichTextSchema,
  /** Ids of resources declared at pack level, offered after answering. */
  resources: z.exactOptional(z.array(IdSchema)),
  /** Points for a fully correct answer; overrides the challenge's `scoring.points`. */
  points: z.exactOptional(z.number().check(z.minimum(0), z.maximum(1_000_000))),
  /** Seconds allowed from when the question is shown; also the speed-bonus window. */
  timeLimitSeconds: z.exactOptional(z.int().check(z.minimum(1))),
};

function uniqueIds(field: string) {
  return (value: { readonly id: string }[], ctx: { issues: unknown[]; value: unknown }): void => {
    const seen = new Set<string>();
    value.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        ctx.issues.push({
          code: 'custom',
          input: entry.id,
          path: [field, index, 'id'],
          message: `duplicate ${field === 'items' ? 'item' : 'choice'} id "${entry.id}"; ids must be unique within a question`,
        });
      }
      seen.add(entry.id);
    });
  };
}

const atLeastTwo = (what: string) => z.minLength(2, `expected at least two ${what}`);

/** Pick one choice; exactly one is marked `correct: true`. */
export const SingleChoiceQuestionSchema = z
  .strictObject({
    ...commonFields,
    kind: z.literal('single'),
    choices: z.array(ChoiceSchema).check(atLeastTwo('choices')),
  })
  .check(
    z.superRefine((question, ctx) => {
      uniqueIds('choices')(question.choices, ctx);
      const correct = question.choices.filter((choice) => choice.correct === true).length;
      if (correct !== 1) {
        ctx.issues.push({
          code: 'custom',
          input: question.choices,
          path: ['choices'],
          message: `expected exactly one choice with "correct": true in a single-choice question, found ${correct}`,
        });
      }
    }),
  );

/** Pick every right choice; one or more are marked `correct: true`. */
export const MultipleChoiceQuestionSchema = z
  .strictObject({
    ...commonFields,
    kind: z.literal('multiple'),
    choices: z.array(ChoiceSchema).check(atLeastTwo('choices')),
  })
  .check(
    z.superRefine((question, ctx) => {
      uniqueIds('choices')(question.choices, ctx);
      if (!question.choices.some((choice) => choice.correct === true)) {
        ctx.issues.push({
          code: 'custom',
          input: question.choices,
          path: ['choices'],
          message: 'expected at least one choice with "correct": true in a multiple-choice question',
        });
      }
    }),
  );

/** A statement that is true or false (`answer`). */
export const TrueFalseQuestionSchema = z.strictObject({
  ...commonFields,
  kind: z.literal('true-false'),
  answer: z.boolean(),
});

/** Put items in order. Items are authored in the correct order; participants always see them shuffled. */
export const OrderingQuestionSchema = z
  .strictObject({
    ...commonFields,
    kind: z.literal('ordering'),
    items: z.array(OrderingItemSchema).check(atLeastTwo('items')),
  })
  .check(z.superRefine((question, ctx) => uniqueIds('items')(question.items, ctx)));

/** A number, correct within `answer ± tolerance`, optionally with a unit to display. */
export const NumericQuestionSchema = z.strictObject({
  ...commonFields,
  kind: z.literal('numeric'),
  answer: z.number(),
  /** An answer within `answer ± tolerance` is correct; absent means exact. */
  tolerance: z.exactOptional(z.number().check(z.minimum(0))),
  unit: z.exactOptional(LocalizedTextSchema),
});

/**
 * A question of a challenge, discriminated on `kind`: `single`, `multiple`, `true-false`,
 * `ordering` or `numeric`. Objects are strict: an unknown key is an error, so a typo such as
 * `"corect"` is reported instead of silently ignored.
 */
export const QuestionSchema = z.discriminatedUnion('kind', [
  SingleChoiceQuestionSchema,
  MultipleChoiceQuestionSchema,
  TrueFalseQuestionSchema,
  OrderingQuestionSchema,
  NumericQuestionSchema,
]);

/** A question (see {@link QuestionSchema}). */
export type Question = z.infer<typeof QuestionSchema>;
/** The kinds of question. */
export type QuestionKind = Question['kind'];
/** A single-choice question. */
export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestionSchema>;
/** A multiple-choice question. */
export type MultipleChoiceQuestion = z.infer<typeof MultipleChoiceQuestionSchema>;
/** A true/false question. */
export type TrueFalseQuestion = z.infer<typeof TrueFalseQuestionSchema>;
/** An ordering question. */
export type OrderingQuestion = z.infer<typeof OrderingQuestionSchema>;
/** A numeric question. */
export type NumericQuestion = z.infer<typeof NumericQuestionSchema>;
