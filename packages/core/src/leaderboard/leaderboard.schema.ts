import { z } from '../content/zod.js';

/**
 * Which sellers a leaderboard ranks: everyone, or those sharing the viewer's tier, partner company,
 * region or team.
 */
export const LeaderboardScopeSchema = z.enum(['global', 'tier', 'partner', 'region', 'team']);

/** One of the {@link LeaderboardScopeSchema} values. */
export type LeaderboardScope = z.infer<typeof LeaderboardScopeSchema>;

/**
 * How a leaderboard shows other sellers to a viewer:
 * - `full-name`: their display name (and sellerId);
 * - `initials`: "Marie Dubois" → "M. D.";
 * - `pseudonym`: "Seller 4F2A9C", the same for a seller on one challenge's board and unrelated
 *   on another's, keyed by a secret of the host (its `pseudonymSecret`, or a random one kept in
 *   storage) so sellers cannot recompute it from ids;
 * - `self-only`: no one else's row at all, only the viewer's own row and rank, and the total:
 *   how many sellers are ranked (so also when that number changes).
 */
export const LeaderboardPrivacySchema = z.enum(['full-name', 'initials', 'pseudonym', 'self-only']);

/** One of the {@link LeaderboardPrivacySchema} values. */
export type LeaderboardPrivacy = z.infer<typeof LeaderboardPrivacySchema>;

/**
 * What a leaderboard ranks: sellers (each one's counted score), or partner companies or teams
 * (an aggregate of their sellers' counted scores, see `rankEntities`).
 */
export const LeaderboardEntitySchema = z.enum(['seller', 'partner', 'team']);

/** One of the {@link LeaderboardEntitySchema} values. */
export type LeaderboardEntity = z.infer<typeof LeaderboardEntitySchema>;

/**
 * How a partner's or a team's sellers' scores make one score:
 * - `best-k`: the mean of its best `k` sellers' scores;
 * - `participation`: the mean score of its sellers who finished × the share of its eligible sellers
 *   who finished (= the sum of their scores ÷ the eligible sellers).
 */
export const EntityAggregateSchema = z.enum(['best-k', 'participation']);

/** One of the {@link EntityAggregateSchema} values. */
export type EntityAggregate = z.infer<typeof EntityAggregateSchema>;
