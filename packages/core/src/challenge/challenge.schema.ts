import { z } from '../content/zod.js';
import { SellerRoleSchema } from '../directory/directory.schema.js';
import {
  EntityAggregateSchema,
  LeaderboardPrivacySchema,
  LeaderboardScopeSchema,
  type LeaderboardScope,
} from '../leaderboard/leaderboard.schema.js';
import { IdSchema } from '../content/id.schema.js';
import { LocalizedTextSchema } from '../content/localized-text.schema.js';
import { LocalizedRichTextSchema } from '../content/rich-text.schema.js';
import { ChallengeWindowSchema } from './challenge-window.schema.js';
import { QuestionSchema } from './question.schema.js';
import { ScoringRulesSchema } from './scoring.schema.js';
import { TargetingSchema } from './targeting.schema.js';

const LEADERBOARD_SCOPES = ['global', 'tier', 'partner', 'region', 'team'] as const;
/** Who a leaderboard ranks unless the challenge says otherwise: the sellers it is a contest for. */
const RANKED_ROLES = ['seller'] as const;

/** How many attempts a seller gets and which one counts. */
export const AttemptPolicySchema = z.strictObject({
  max: z.int().check(z.minimum(1), z.maximum(1000)),
  counts: z.enum(['best', 'last']),
});

/** An attempt policy (see {@link AttemptPolicySchema}). */
export type AttemptPolicy = z.infer<typeof AttemptPolicySchema>;

/** Which attempt counts: the best total or the last finished one. */
export type CountedAttemptRule = AttemptPolicy['counts'];

/** A reward for every seller ranked `upToRank` or better (ties at the edge share it). */
export const RewardSchema = z.strictObject({
  upToRank: z.int().check(z.minimum(1)),
  label: LocalizedTextSchema,
});

/** A reward (see {@link RewardSchema}). */
export type Reward = z.infer<typeof RewardSchema>;

/**
 * A board of partner companies or teams beside the sellers' board of a challenge: each ranked by
 * an aggregate of its sellers' counted scores (see `rankEntities`). One with fewer than `k`
 * sellers who finished is ranked with what it has, flagged `incomplete`, and wins no reward.
 */
export const EntityBoardSchema = z.strictObject({
  entity: z.enum(['partner', 'team']),
  aggregate: EntityAggregateSchema,
  /** `best-k`: how many best scores make the mean; both: fewer sellers who finished flag the row `incomplete`. */
  k: z.int().check(z.minimum(1), z.maximum(1000)),
  /** Rewards for the partners or teams ranked `upToRank` or better, in increasing order. */
  rewards: z._default(z.array(RewardSchema), []),
  /** Rewards go to aggregates above this (default 0). */
  rewardsAbove: z._default(z.number().check(z.minimum(0)), 0),
});

/** A partner or team board of a challenge (see {@link EntityBoardSchema}). */
export type EntityBoard = z.infer<typeof EntityBoardSchema>;

/**
 * A time-boxed quiz on the vendor's offer, as authored in a content pack. Defaults: one attempt
 * (best counts), no shuffling, no rewards, the default scoring rules. Resource ids in questions are
 * checked against the pack's resources by the content-pack schema, not here.
 */
export const ChallengeSchema = z
  .strictObject({
    id: IdSchema,
    title: LocalizedTextSchema,
    description: LocalizedRichTextSchema,
    window: ChallengeWindowSchema,
    targeting: z.exactOptional(TargetingSchema),
    attempts: z._default(AttemptPolicySchema, { max: 1, counts: 'best' }),
    shuffle: z._default(z.strictObject({ questions: z.boolean(), choices: z.boolean() }), {
      questions: false,
      choices: false,
    }),
    /** Seconds for a whole attempt; the deadline never passes the window's close. */
    timeLimitSeconds: z.exactOptional(z.int().check(z.minimum(1))),
    scoring: z._default(ScoringRulesSchema, { points: 10, partialCredit: 'all-or-nothing', penaltyPerWrongPick: 0.25 }),
    rewards: z._default(z.array(RewardSchema), []),
    /**
     * How the challenge's leaderboard shows sellers, which scopes it offers and whose finished
     * attempts it ranks (default: full names, every scope, sellers only). A coach or manager trying
     * a challenge still gets their result, but competes with sellers only when `roles` says so.
     */
    leaderboard: z._default(
      z.strictObject({
        privacy: z._default(LeaderboardPrivacySchema, 'full-name'),
        scopes: z._default(z.array(LeaderboardScopeSchema).check(z.minLength(1)), [...LEADERBOARD_SCOPES]),
        roles: z._default(z.array(SellerRoleSchema).check(z.minLength(1)), [...RANKED_ROLES]),
        /**
         * The board whose ranks earn the `rewards` (default `global`, or the first scope offered
         * when `global` is not): a team board never shows the first prize to a seller first of
         * their team but third overall. See `rewardScopeOf`.
         */
        rewardScope: z.exactOptional(LeaderboardScopeSchema),
        /** Rewards go to scores above this (default 0): sellers tied at 0 points win nothing. */
        rewardsAbove: z._default(z.number().check(z.minimum(0)), 0),
        /** Boards of partner companies or teams the challenge also ranks (default none), at most one per entity. */
        entities: z._default(z.array(EntityBoardSchema), []),
      }),
      {
        privacy: 'full-name',
        scopes: [...LEADERBOARD_SCOPES],
        roles: [...RANKED_ROLES],
        rewardsAbove: 0,
        entities: [],
      },
    ),
    questions: z.array(QuestionSchema).check(z.minLength(1, 'expected at least one question')),
  })
  .check(
    z.superRefine((challenge, ctx) => {
      const seen = new Set<string>();
      challenge.questions.forEach((question, index) => {
        if (seen.has(question.id)) {
          ctx.issues.push({
            code: 'custom',
            input: question.id,
            path: ['questions', index, 'id'],
            message: `duplicate question id "${question.id}"; question ids must be unique within a challenge`,
          });
        }
        seen.add(question.id);
      });
      const { rewardScope, scopes } = challenge.leaderboard;
      // Only a board the author named: packs and stored snapshots from before it stay valid.
      if (rewardScope !== undefined && challenge.rewards.length > 0 && !scopes.includes(rewardScope)) {
        ctx.issues.push({
          code: 'custom',
          input: rewardScope,
          path: ['leaderboard', 'rewardScope'],
          message: `rewards are given on the ${rewardScope} board, which the leaderboard does not offer (${scopes.join(', ')}); set leaderboard.rewardScope to one of them`,
        });
      }
      const entities = new Set<string>();
      challenge.leaderboard.entities.forEach((board, index) => {
        if (entities.has(board.entity)) {
          ctx.issues.push({
            code: 'custom',
            input: board.entity,
            path: ['leaderboard', 'entities', index, 'entity'],
            message: `the ${board.entity} board is declared twice; keep one per entity`,
          });
        }
        entities.add(board.entity);
        board.rewards.forEach((reward, at) => {
          const previous = board.rewards[at - 1];
          if (previous && reward.upToRank <= previous.upToRank) {
            ctx.issues.push({
              code: 'custom',
              input: reward.upToRank,
              path: ['leaderboard', 'entities', index, 'rewards', at, 'upToRank'],
              message: `expected rewards in increasing upToRank order; ${reward.upToRank} follows ${previous.upToRank}`,
            });
          }
        });
      });
      challenge.rewards.forEach((reward, index) => {
        const previous = challenge.rewards[index - 1];
        if (previous && reward.upToRank <= previous.upToRank) {
          ctx.issues.push({
            code: 'custom',
            input: reward.upToRank,
            path: ['rewards', index, 'upToRank'],
            message: `expected rewards in increasing upToRank order; ${reward.upToRank} follows ${previous.upToRank}`,
          });
        }
      });
    }),
  );

/** A challenge after defaults are applied (see {@link ChallengeSchema}). */
export type Challenge = z.infer<typeof ChallengeSchema>;
/** A challenge as authored, before defaults. */
export type ChallengeInput = z.input<typeof ChallengeSchema>;

/** The board whose ranks earn a challenge's rewards: the declared one, else `global`, else the first offered. */
export function rewardScopeOf(challenge: Pick<Challenge, 'leaderboard'>): LeaderboardScope {
  const { rewardScope, scopes } = challenge.leaderboard;
  return rewardScope ?? (scopes.includes('global') ? 'global' : scopes[0]!);
}
