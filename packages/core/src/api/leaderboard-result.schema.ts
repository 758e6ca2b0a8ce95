import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { LocalizedTextSchema } from '../content/localized-text.schema.js';
import {
  EntityAggregateSchema,
  LeaderboardPrivacySchema,
  LeaderboardScopeSchema,
} from '../leaderboard/leaderboard.schema.js';
import type { LeaderboardRow, LeaderboardView } from '../leaderboard/leaderboard-view.js';
import type { Assert, SameShape } from './assignable.js';
import { orUndefined, readonlyArray } from './reply-fields.js';

/** One row as a viewer sees it (see `LeaderboardRow`, which this schema is checked against). */
export const LeaderboardRowSchema = z.object({
  /** Competition rank among the sellers others see (1, 2, 2, 4); a hidden viewer's own row: the rank they would have. */
  rank: z.number(),
  /** Only on the viewer's own row and in `full-name` mode. */
  sellerId: z.exactOptional(IdSchema),
  /** The name, initials or pseudonym the board's privacy mode allows. */
  displayName: z.string(),
  /** The pseudonym's code when the row is shown by pseudonym, for a UI to word in its language. */
  pseudonym: z.exactOptional(z.string()),
  score: z.number(),
  completedAt: z.number(),
  isViewer: z.boolean(),
  /** Only on the viewer's own row, when others do not see it. */
  hidden: z.exactOptional(z.boolean()),
});

/** A leaderboard row, with the reward its rank earns. */
export const LeaderboardResultRowSchema = z.extend(LeaderboardRowSchema, {
  reward: z.exactOptional(LocalizedTextSchema),
  /** On a partner or team board: the partner id or the team's name (`displayName` is its name). */
  entityId: z.exactOptional(z.string()),
  /** On a partner or team board: its sellers who finished (hidden ones included, never named). */
  participants: z.exactOptional(z.number()),
  /** On a partner or team board: its sellers the challenge is for. */
  eligible: z.exactOptional(z.number()),
  /** On a partner or team board: fewer than `k` took part, so it is ranked with what it has and wins no reward. */
  incomplete: z.exactOptional(z.boolean()),
});

/** What the viewer sees of a leaderboard (see `viewLeaderboard` for the privacy rules). */
export const LeaderboardResultSchema = z.object({
  /** The top of the board (from `offset`), `limit` rows the viewer may see. */
  rows: readonlyArray(LeaderboardResultRowSchema),
  /** The viewer's row and its visible neighbours, minus rows already in `rows`. */
  around: readonlyArray(LeaderboardResultRowSchema),
  /** Whether visible rows lie between `rows` and `around` (render a "…" between them). */
  gap: z.boolean(),
  /** The viewer's own row (also when they are hidden), or `undefined` when they are not ranked. */
  me: orUndefined(LeaderboardResultRowSchema),
  /** Sellers others see on the board (hidden ones are not counted), so "12th of 40" stays true. */
  total: z.number(),
  /**
   * Whether others see the viewer on the boards: their own choice (`setBoardVisibility`), else
   * the directory's default. The same on every challenge's board and scope.
   */
  visible: z.boolean(),
  scope: LeaderboardScopeSchema,
  /** The scopes the challenge's board offers, for a scope switcher. */
  scopes: readonlyArray(LeaderboardScopeSchema),
  privacy: LeaderboardPrivacySchema,
  /** Set on a partner or team board (`entity` asked of `leaderboard()`); absent on a board of sellers. */
  entity: z.exactOptional(z.enum(['partner', 'team'])),
  /** On a partner or team board: how its sellers' scores make its score. */
  aggregate: z.exactOptional(EntityAggregateSchema),
  /** On a partner or team board: the best scores `best-k` averages; fewer participants flag a row `incomplete`. */
  k: z.exactOptional(z.number()),
  /** The partner or team boards the challenge offers besides the sellers' (absent when none). */
  entities: z.exactOptional(readonlyArray(z.enum(['partner', 'team']))),
});

// The leaderboard engine keeps its own `LeaderboardRow` and `LeaderboardView`: a change to either
// that the schemas do not follow (or the reverse) fails to compile here.
type Row = z.infer<typeof LeaderboardRowSchema>;
type Result = z.infer<typeof LeaderboardResultSchema>;
export type _RowMatchesView = Assert<SameShape<Row, LeaderboardRow>>;
export type _ResultMatchesView = Assert<SameShape<Pick<Result, keyof LeaderboardView>, LeaderboardView>>;
