import type { EntityAggregate } from '@mindshare/core';
import type { entityBoardEn } from './en.js';
import { termFormats } from '../../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('de');

type Entity = 'partner' | 'team';

/** Deutsche Texte der Unternehmens- und Team-Ranglisten: dieselben Schlüssel und Argumente wie im Englischen. */
export const entityBoardDe: typeof entityBoardEn = {
  mindLeaderboardEntityTitle: (entity: Entity) =>
    entity === 'partner' ? 'Rangliste der Unternehmen' : 'Rangliste der Teams',
  mindLeaderboardEntityName: (entity: Entity) => (entity === 'partner' ? 'Unternehmen' : 'Team'),
  mindLeaderboardEntityYou: (entity: Entity) => (entity === 'partner' ? 'Ihr Unternehmen' : 'Ihr Team'),
  mindLeaderboardParticipants: 'Teilgenommen',
  mindLeaderboardParticipation: (participants: number, eligible: number) =>
    `${number(participants)} von ${number(eligible)}`,
  mindLeaderboardIncomplete: (k: number) => `Weniger als ${number(k)} haben teilgenommen`,
  mindLeaderboardAggregate: (aggregate: EntityAggregate, k: number, entity: Entity) =>
    aggregate === 'best-k'
      ? `Punktzahl: der Mittelwert der ${number(k)} besten ${plural(k, 'Punktzahl', 'Punktzahlen')} ${entity === 'partner' ? 'jedes Unternehmens' : 'jedes Teams'}.`
      : `Punktzahl: die mittlere Punktzahl × der Anteil der Verkäufer ${entity === 'partner' ? 'des Unternehmens' : 'des Teams'}, die teilgenommen haben.`,
  mindLeaderboardEntityEmpty: (entity: Entity) =>
    entity === 'partner' ? 'Noch ist kein Unternehmen platziert.' : 'Noch ist kein Team platziert.',
  mindLeaderboardEntityRange: (first: number, last: number, total: number, entity: Entity) =>
    `Plätze ${number(first)}–${number(last)} von ${number(total)} ${
      entity === 'partner' ? plural(total, 'Unternehmen', 'Unternehmen') : plural(total, 'Team', 'Teams')
    }`,
  mindLeaderboardEntityMine: (rank: number, total: number, entity: Entity) =>
    `${entity === 'partner' ? 'Ihr Unternehmen' : 'Ihr Team'}: Platz ${number(rank)} von ${number(total)}`,
};
