import { z } from './zod.js';
import { IdSchema } from './id.schema.js';
import { LocaleSchema, LocalizedTextSchema } from './localized-text.schema.js';
import { ResourceSchema, TopicSchema } from './resource.schema.js';
import { TierPolicySchema } from '../tiers/tier-policy.schema.js';
import { ChallengeSchema } from '../challenge/challenge.schema.js';
import { NuggetSchema } from '../nugget/nugget.schema.js';
import { PitchPromptSchema } from '../pitch/pitch-prompt.schema.js';
import { ScheduleSchema } from '../schedule/schedule.schema.js';
import { EngagementSchema } from '../engagement/engagement.schema.js';
import { CertificationSchema } from '../certification/certification.schema.js';

/** Semantic-version-like pack versions: `1.0.0`, `2.3.1-beta.2`, `1.0.0+build.7`. */
export const PackVersionSchema = z
  .string()
  .check(
    z.regex(
      /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/,
      'expected a version such as "1.0.0" or "1.2.0-beta.1"',
    ),
  );

/**
 * A vendor's content pack: the topics, resources, tier policy, challenges, editorial line
 * (nuggets and their schedules) and pitch prompts it ships, in the
 * languages it lists. Every object is strict, so a misspelt key is an error rather than ignored.
 * Cross-references (ids, topics, tiers) are checked by `parseContentPack`, not by this schema.
 */
export const ContentPackSchema = z.strictObject({
  /** The JSON Schema URL editors use for completion; ignored by the engine. */
  $schema: z.exactOptional(z.string()),
  id: IdSchema,
  /** Attempts keep the version they began with, so it must change whenever content changes. */
  version: PackVersionSchema,
  defaultLocale: LocaleSchema,
  locales: z.array(LocaleSchema).check(z.minLength(1, 'expected at least one language tag, e.g. ["en"]')),
  title: LocalizedTextSchema,
  topics: z.array(TopicSchema),
  resources: z.array(ResourceSchema),
  tierPolicy: TierPolicySchema,
  challenges: z.array(ChallengeSchema),
  /** The editorial line's micro-learning items; released by `schedules`. */
  nuggets: z._default(z.array(NuggetSchema), []),
  schedules: z._default(z.array(ScheduleSchema), []),
  pitchPrompts: z._default(z.array(PitchPromptSchema), []),
  /** Activity points, badges and the engagement board, apart from challenge scores (absent: no points, no badges). */
  engagement: z.exactOptional(EngagementSchema),
  /** Certifications sellers earn by passing challenges; tier rules may count certified sellers. */
  certifications: z._default(z.array(CertificationSchema), []),
});

/** A parsed content pack (see {@link ContentPackSchema}). */
export type ContentPack = z.infer<typeof ContentPackSchema>;

/** A content pack as authored, before defaults are applied. */
export type ContentPackInput = z.input<typeof ContentPackSchema>;
