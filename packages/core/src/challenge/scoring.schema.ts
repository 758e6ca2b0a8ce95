import { z } from '../content/zod.js';

/** How a multiple-choice or ordering answer that is partly right earns points. */
export const PartialCreditSchema = z.enum(['all-or-nothing', 'proportional', 'proportional-with-penalty']);

/** A partial-credit rule (see {@link PartialCreditSchema}). */
export type PartialCredit = z.infer<typeof PartialCreditSchema>;

const fraction = () => z.number().check(z.minimum(0), z.maximum(1));

/** Multipliers for one confidence level: `correct` scales the points earned, `wrong` is the share of the question's points lost. */
export const ConfidenceLevelSchema = z.strictObject({
  correct: z.number().check(z.minimum(0), z.maximum(10)),
  wrong: fraction(),
});

/** A confidence level's multipliers (see `ConfidenceLevelSchema`). */
export type ConfidenceLevel = z.infer<typeof ConfidenceLevelSchema>;

/** What a seller may declare with an answer when confidence-based marking is on. */
export const ConfidenceSchema = z.enum(['sure', 'unsure']);

/** A declared confidence (see {@link ConfidenceSchema}). */
export type Confidence = z.infer<typeof ConfidenceSchema>;

/**
 * How a challenge scores answers. Every rule is optional except the base points; the defaults
 * give 10 points per fully correct answer and nothing else.
 *
 * - `points`: points of a fully correct answer (a question's own `points` overrides it).
 * - `partialCredit`: for multiple-choice and ordering questions (see `answerCredit`).
 * - `penaltyPerWrongPick`: with `proportional-with-penalty`, the share of the question lost per
 *   wrong choice picked.
 * - `negativeMarking.penalty`: share of the question's points lost for a wrong answer (credit 0).
 * - `speedBonus`: up to `points` extra, decaying linearly from the moment the question is shown to
 *   the question's time limit (or `overSeconds` when the question has none), scaled by credit.
 * - `streakBonus`: each fully correct answer that extends a run earns `pointsPerAnswer` times the
 *   number of correct answers before it in the run, capped at `max`.
 * - `confidence`: `sure`/`unsure` multipliers; an answer without a declared confidence is `unsure`.
 */
export const ScoringRulesSchema = z.strictObject({
  points: z._default(z.number().check(z.minimum(0), z.maximum(1_000_000)), 10),
  partialCredit: z._default(PartialCreditSchema, 'all-or-nothing'),
  penaltyPerWrongPick: z._default(fraction(), 0.25),
  negativeMarking: z.exactOptional(z.strictObject({ penalty: fraction() })),
  speedBonus: z.exactOptional(
    z.strictObject({
      points: z.number().check(z.minimum(0), z.maximum(1_000_000)),
      overSeconds: z.exactOptional(z.int().check(z.minimum(1))),
    }),
  ),
  streakBonus: z.exactOptional(
    z.strictObject({
      pointsPerAnswer: z.number().check(z.minimum(0), z.maximum(1_000_000)),
      max: z.number().check(z.minimum(0), z.maximum(1_000_000)),
    }),
  ),
  confidence: z.exactOptional(z.strictObject({ sure: ConfidenceLevelSchema, unsure: ConfidenceLevelSchema })),
});

/** Scoring rules after defaults are applied (see {@link ScoringRulesSchema}). */
export type ScoringRules = z.infer<typeof ScoringRulesSchema>;
/** Scoring rules as authored, before defaults. */
export type ScoringRulesInput = z.input<typeof ScoringRulesSchema>;
