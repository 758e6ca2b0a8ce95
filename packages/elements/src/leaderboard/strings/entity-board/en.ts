import type { EntityAggregate } from '@mindshare/core';
import { termFormats } from '../../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('en');

type Entity = 'partner' | 'team';

/** English strings of the partner and team boards of `<mind-leaderboard entity>` (merged into its catalogue). */
export const entityBoardEn = {
  mindLeaderboardEntityTitle: (entity: Entity): string =>
    entity === 'partner' ? 'Company leaderboard' : 'Team leaderboard',
  mindLeaderboardEntityName: (entity: Entity): string => (entity === 'partner' ? 'Company' : 'Team'),
  mindLeaderboardEntityYou: (entity: Entity): string => (entity === 'partner' ? 'your company' : 'your team'),
  mindLeaderboardParticipants: 'Took part',
  mindLeaderboardParticipation: (participants: number, eligible: number) =>
    `${number(participants)} of ${number(eligible)}`,
  mindLeaderboardIncomplete: (k: number) => `Fewer than ${number(k)} took part`,
  mindLeaderboardAggregate: (aggregate: EntityAggregate, k: number, entity: Entity) =>
    aggregate === 'best-k'
      ? `Score: the mean of each ${entity === 'partner' ? 'company' : 'team'}’s best ${number(k)} ${plural(k, 'score', 'scores')}.`
      : `Score: the mean score × the share of the ${entity === 'partner' ? 'company' : 'team'}’s sellers who took part.`,
  mindLeaderboardEntityEmpty: (entity: Entity): string =>
    entity === 'partner' ? 'No company is ranked yet.' : 'No team is ranked yet.',
  mindLeaderboardEntityRange: (first: number, last: number, total: number, entity: Entity) =>
    `Ranks ${number(first)}–${number(last)} of ${number(total)} ${
      entity === 'partner' ? plural(total, 'company', 'companies') : plural(total, 'team', 'teams')
    }`,
  mindLeaderboardEntityMine: (rank: number, total: number, entity: Entity) =>
    `${entity === 'partner' ? 'Your company' : 'Your team'}: rank ${number(rank)} of ${number(total)}`,
};
