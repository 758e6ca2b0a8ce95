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
 * - `pseudonym`: a stable "Seller 4F2A9C" derived from the sellerId and the board's salt;
 * - `self-only`: no one else's row at all, only the viewer's own row, rank and the total.
 */
export const LeaderboardPrivacySchema = z.enum(['full-name', 'initials', 'pseudonym', 'self-only']);

/** One of the {@link LeaderboardPrivacySchema} values. */
export type LeaderboardPrivacy = z.infer<typeof LeaderboardPrivacySchema>;
