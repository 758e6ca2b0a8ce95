import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { LocalizedTextSchema } from '../content/localized-text.schema.js';
import { ActivityKindSchema, BadgeRuleSchema } from '../engagement/engagement.schema.js';
import { readonlyArray } from './reply-fields.js';

/** A badge earned, with when its rule first held. */
export const EarnedBadgeViewSchema = z.object({
  badgeId: IdSchema,
  title: LocalizedTextSchema,
  description: z.exactOptional(LocalizedTextSchema),
  rule: BadgeRuleSchema,
  /** Epoch ms. */
  earnedAt: z.number(),
});

/** A badge not earned yet, with how far the seller is: `current` of `target`. */
export const NextBadgeViewSchema = z.object({
  badgeId: IdSchema,
  title: LocalizedTextSchema,
  description: z.exactOptional(LocalizedTextSchema),
  rule: BadgeRuleSchema,
  current: z.number(),
  target: z.number(),
});

/** How many actions of each kind were counted. */
export const ActivityCountSchema = z.object({ kind: ActivityKindSchema, count: z.number(), points: z.number() });

/**
 * A seller's engagement, apart from their proficiency: activity points (all time and this week
 * on their calendar), badges earned with their dates, and the badges ahead with their progress.
 */
export const EngagementSummarySchema = z.object({
  sellerId: IdSchema,
  points: z.number(),
  weekPoints: z.number(),
  /** This week on the seller's calendar, as its Monday's date (`2026-11-30`). */
  week: z.string(),
  /** Consecutive weeks with activity, this one or the last included. */
  streak: z.number(),
  activity: readonlyArray(ActivityCountSchema),
  /** Oldest first. */
  earned: readonlyArray(EarnedBadgeViewSchema),
  /** In the pack's order. */
  next: readonlyArray(NextBadgeViewSchema),
});
