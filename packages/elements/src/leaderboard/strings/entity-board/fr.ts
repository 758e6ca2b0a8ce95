import type { EntityAggregate } from '@mindshare/core';
import type { entityBoardEn } from './en.js';
import { termFormats } from '../../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('fr');

type Entity = 'partner' | 'team';

/** Chaînes françaises des classements d'entreprises et d'équipes : mêmes clés, mêmes arguments que l'anglais. */
export const entityBoardFr: typeof entityBoardEn = {
  mindLeaderboardEntityTitle: (entity: Entity) =>
    entity === 'partner' ? 'Classement des entreprises' : 'Classement des équipes',
  mindLeaderboardEntityName: (entity: Entity) => (entity === 'partner' ? 'Entreprise' : 'Équipe'),
  mindLeaderboardEntityYou: (entity: Entity) => (entity === 'partner' ? 'votre entreprise' : 'votre équipe'),
  mindLeaderboardParticipants: 'Participants',
  mindLeaderboardParticipation: (participants: number, eligible: number) =>
    `${number(participants)} sur ${number(eligible)}`,
  mindLeaderboardIncomplete: (k: number) => `Moins de ${number(k)} ${plural(k, 'participant', 'participants')}`,
  mindLeaderboardAggregate: (aggregate: EntityAggregate, k: number, entity: Entity) =>
    aggregate === 'best-k'
      ? `Score\u00a0: la moyenne des ${number(k)} meilleurs scores de chaque ${entity === 'partner' ? 'entreprise' : 'équipe'}.`
      : `Score\u00a0: le score moyen × la part des vendeurs de ${entity === 'partner' ? 'l’entreprise' : 'l’équipe'} qui ont participé.`,
  mindLeaderboardEntityEmpty: (entity: Entity) =>
    entity === 'partner' ? 'Aucune entreprise n’est encore classée.' : 'Aucune équipe n’est encore classée.',
  mindLeaderboardEntityRange: (first: number, last: number, total: number, entity: Entity) =>
    `Rangs ${number(first)} à ${number(last)} sur ${number(total)} ${
      entity === 'partner' ? plural(total, 'entreprise', 'entreprises') : plural(total, 'équipe', 'équipes')
    }`,
  mindLeaderboardEntityMine: (rank: number, total: number, entity: Entity) =>
    `${entity === 'partner' ? 'Votre entreprise' : 'Votre équipe'}\u00a0: rang ${number(rank)} sur ${number(total)}`,
};
