import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { LocalizedTextSchema } from '../content/localized-text.schema.js';
import { LocalizedRichTextSchema } from '../content/rich-text.schema.js';

/** One level of a rubric criterion: the score a coach gives and what earns it. */
export const RubricLevelSchema = z.strictObject({
  score: z.int(),
  descriptor: LocalizedTextSchema,
});

/** A rubric level (see `RubricLevelSchema`). */
export type RubricLevel = z.infer<typeof RubricLevelSchema>;

/**
 * One thing a coach scores ("Opens with the customer's problem"). `weight` is its share of the
 * total relative to the other criteria; `levels` are listed from the lowest score to the highest,
 * at least two, so a coach always has a real choice and the score can be normalised.
 */
export const RubricCriterionSchema = z
  .strictObject({
    id: IdSchema,
    label: LocalizedTextSchema,
    weight: z.number().check(z.positive('expected a weight greater than 0'), z.maximum(1000)),
    levels: z.array(RubricLevelSchema).check(z.minLength(2, 'expected at least two levels, lowest score first')),
  })
  .check(
    z.superRefine((criterion, ctx) => {
      criterion.levels.forEach((level, index) => {
        const previous = criterion.levels[index - 1];
        if (previous === undefined || level.score > previous.score) return;
        const seen = criterion.levels.slice(0, index).some((other) => other.score === level.score);
        ctx.issues.push({
          code: 'custom',
          input: level.score,
          path: ['levels', index, 'score'],
          message: seen
            ? `duplicate level score ${level.score}; each level of criterion "${criterion.id}" needs its own score`
            : `expected level scores in ascending order; ${level.score} follows ${previous.score}`,
        });
      });
    }),
  );

/** A rubric criterion (see `RubricCriterionSchema`). */
export type RubricCriterion = z.infer<typeof RubricCriterionSchema>;

/** How a coach scores a pitch: at least one criterion, each id used once. */
export const RubricSchema = z
  .strictObject({
    criteria: z.array(RubricCriterionSchema).check(z.minLength(1, 'expected at least one criterion')),
  })
  .check(
    z.superRefine((rubric, ctx) => {
      const seen = new Set<string>();
      rubric.criteria.forEach((criterion, index) => {
        if (seen.has(criterion.id)) {
          ctx.issues.push({
            code: 'custom',
            input: criterion.id,
            path: ['criteria', index, 'id'],
            message: `duplicate criterion id "${criterion.id}"; criterion ids must be unique within a rubric`,
          });
        }
        seen.add(criterion.id);
      });
    }),
  );

/** A rubric (see {@link RubricSchema}). */
export type Rubric = z.infer<typeof RubricSchema>;

/**
 * A pitch exercise, as authored in a content pack: the scenario a seller answers on video, how
 * long the video may be, how many extra takes the seller may start before submitting one
 * (`retakesAllowed`; 0 means a single take), how many days recordings are kept
 * (`retentionDays`, counted from when a take was finished) and the rubric a coach scores it with.
 */
export const PitchPromptSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  scenario: LocalizedRichTextSchema,
  maxDurationSeconds: z.int().check(z.minimum(10), z.maximum(1800)),
  retakesAllowed: z.int().check(z.minimum(0), z.maximum(100)),
  retentionDays: z.int().check(z.minimum(1), z.maximum(3650)),
  rubric: RubricSchema,
});

/** A pitch prompt (see {@link PitchPromptSchema}). */
export type PitchPrompt = z.infer<typeof PitchPromptSchema>;
