import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { LocalizedTextSchema } from '../content/localized-text.schema.js';

/**
 * Which challenges a certification asks for: every one of `challenges`, or any `count` of them,
 * each passed with at least `minScore` percent of the challenge's highest possible total.
 */
export const CertificationRequirementSchema = z.strictObject({
  challenges: z.array(IdSchema).check(z.minLength(1, 'expected at least one challenge id')),
  /** How many of `challenges` must be passed; all of them when absent. */
  count: z.exactOptional(z.int().check(z.minimum(1, 'expected at least 1 challenge to pass'))),
  /** The lowest passing score, in percent of the challenge's highest possible total (0–100). */
  minScore: z
    .number()
    .check(z.minimum(0, 'expected a percentage from 0'), z.maximum(100, 'expected a percentage up to 100')),
});

/** What a certification asks for (see {@link CertificationRequirementSchema}). */
export type CertificationRequirement = z.infer<typeof CertificationRequirementSchema>;

/**
 * A certification a seller earns by passing challenges, as authored in a content pack. It holds
 * for `validDays` from the pass that earned or last renewed it; passing a required challenge again
 * renews it. After expiry it still counts for `graceDays` (shown as to renew), then lapses. The feed
 * reminds the seller `reminderDays` before it expires, naming what to pass to renew it.
 */
export const CertificationSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  description: z.exactOptional(LocalizedTextSchema),
  requires: CertificationRequirementSchema,
  validDays: z.int().check(z.minimum(1, 'expected at least 1 day of validity')),
  graceDays: z._default(z.int().check(z.minimum(0, 'expected 0 or more days of grace')), 0),
  reminderDays: z._default(z.int().check(z.minimum(0, 'expected 0 or more days (0: no reminder)')), 30),
});

/** A certification (see {@link CertificationSchema}). */
export type Certification = z.infer<typeof CertificationSchema>;
