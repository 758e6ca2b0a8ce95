import type { EntityAggregate } from '@mindshare/core';
import type { entityBoardEn } from './en.js';
import { termFormats } from '../../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('it');

type Entity = 'partner' | 'team';

/** Testi italiani delle classifiche di aziende e squadre: stesse chiavi e argomenti dell’inglese. */
export const entityBoardIt: typeof entityBoardEn = {
  mindLeaderboardEntityTitle: (entity: Entity) =>
    entity === 'partner' ? 'Classifica delle aziende' : 'Classifica dei team',
  mindLeaderboardEntityName: (entity: Entity) => (entity === 'partner' ? 'Azienda' : 'Team'),
  mindLeaderboardEntityYou: (entity: Entity) => (entity === 'partner' ? 'la sua azienda' : 'il suo team'),
  mindLeaderboardParticipants: 'Partecipanti',
  mindLeaderboardParticipation: (participants: number, eligible: number) =>
    `${number(participants)} su ${number(eligible)}`,
  mindLeaderboardIncomplete: (k: number) => `Hanno partecipato meno di ${number(k)}`,
  mindLeaderboardAggregate: (aggregate: EntityAggregate, k: number, entity: Entity) =>
    aggregate === 'best-k'
      ? `Punteggio: la media ${plural(k, 'del miglior punteggio', `dei ${number(k)} migliori punteggi`)} di ogni ${entity === 'partner' ? 'azienda' : 'team'}.`
      : `Punteggio: il punteggio medio × la quota di venditori ${entity === 'partner' ? 'dell’azienda' : 'del team'} che hanno partecipato.`,
  mindLeaderboardEntityEmpty: (entity: Entity) =>
    entity === 'partner' ? 'Nessuna azienda è ancora in classifica.' : 'Nessun team è ancora in classifica.',
  mindLeaderboardEntityRange: (first: number, last: number, total: number, entity: Entity) =>
    `Posizioni ${number(first)}–${number(last)} su ${number(total)} ${
      entity === 'partner' ? plural(total, 'azienda', 'aziende') : plural(total, 'team', 'team')
    }`,
  mindLeaderboardEntityMine: (rank: number, total: number, entity: Entity) =>
    `${entity === 'partner' ? 'La sua azienda' : 'Il suo team'}: posizione ${number(rank)} su ${number(total)}`,
};
