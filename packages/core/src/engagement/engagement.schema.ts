import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { LocalizedTextSchema } from '../content/localized-text.schema.js';
import { LeaderboardPrivacySchema, LeaderboardScopeSchema } from '../leaderboard/leaderboard.schema.js';

/**
 * What a seller does that counts as activity, each counted once per subject: a nugget read, a
 * poll voted in, an open question answered (per nugget), a practice question answered (per
 * question), a pitch sent for review (per prompt), a challenge finished (per challenge).
 */
export const ActivityKindSchema = z.enum([
  'nugget-read',
  'poll-vote',
  'open-answer',
  'practice-answer',
  'pitch-sent',
  'challenge-finished',
]);

/** One of the {@link ActivityKindSchema} values. */
export type ActivityKind = z.infer<typeof ActivityKindSchema>;

const points = z._default(z.int().check(z.minimum(0), z.maximum(1_000_000)), 0);

/**
 * Activity points per action (whole numbers, 0 by default). Engagement is a figure of its own,
 * never added to challenge scores: a seller has a proficiency (challenges, mastery) and an
 * engagement (these points, badges).
 */
export const ActivityPointsSchema = z.strictObject({
  nuggetRead: points,
  pollVote: points,
  openAnswer: points,
  practiceAnswer: points,
  pitchSent: points,
  challengeFinished: points,
});

/** Points per action (see {@link ActivityPointsSchema}). */
export type ActivityPoints = z.infer<typeof ActivityPointsSchema>;

/** The rule a badge is earned by; each is judged in the seller's own time zone. */
export const BadgeRuleSchema = z.discriminatedUnion('kind', [
  /** Some activity in each of `weeks` consecutive weeks (Monday to Sunday). */
  z.strictObject({ kind: z.literal('streak'), weeks: z.int().check(z.minimum(1), z.maximum(520)) }),
  /** The first pitch sent for review. */
  z.strictObject({ kind: z.literal('first-pitch') }),
  /** Every nugget released to the seller in one calendar month read, once that month is over. */
  z.strictObject({ kind: z.literal('month-read') }),
  /**
   * A challenge (this one, or any) finished at rank `rank` or better on its global board, as
   * ranked when the attempt was finished.
   */
  z.strictObject({
    kind: z.literal('challenge-top'),
    rank: z.int().check(z.minimum(1), z.maximum(10_000)),
    challengeId: z.exactOptional(IdSchema),
  }),
]);

/** A badge's rule (see {@link BadgeRuleSchema}). */
export type BadgeRule = z.infer<typeof BadgeRuleSchema>;

/** A badge: earned once, with the date its rule first held. */
export const BadgeSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  description: z.exactOptional(LocalizedTextSchema),
  rule: BadgeRuleSchema,
});

/** An authored badge (see {@link BadgeSchema}). */
export type Badge = z.infer<typeof BadgeSchema>;

/** How the engagement board shows sellers: the same privacy modes and scopes as a challenge's board. */
export const EngagementBoardSchema = z.strictObject({
  privacy: z._default(LeaderboardPrivacySchema, 'pseudonym'),
  scopes: z._default(
    z.array(LeaderboardScopeSchema).check(z.minLength(1, 'expected at least one scope, e.g. ["global"]')),
    ['global'],
  ),
});

/** The pack's `engagement` section: activity points, badges and the engagement board. */
export const EngagementSchema = z.strictObject({
  points: z._default(ActivityPointsSchema, {
    nuggetRead: 0,
    pollVote: 0,
    openAnswer: 0,
    practiceAnswer: 0,
    pitchSent: 0,
    challengeFinished: 0,
  }),
  badges: z._default(z.array(BadgeSchema), []),
  board: z._default(EngagementBoardSchema, { privacy: 'pseudonym', scopes: ['global'] }),
});

/** A parsed `engagement` section (see {@link EngagementSchema}). */
export type Engagement = z.infer<typeof EngagementSchema>;

/** The pack's points for an action. */
export function pointsFor(points: ActivityPoints, kind: ActivityKind): number {
  const field = {
    'nugget-read': 'nuggetRead',
    'poll-vote': 'pollVote',
    'open-answer': 'openAnswer',
    'practice-answer': 'practiceAnswer',
    'pitch-sent': 'pitchSent',
    'challenge-finished': 'challengeFinished',
  } as const satisfies Record<ActivityKind, keyof ActivityPoints>;
  return points[field[kind]];
}
