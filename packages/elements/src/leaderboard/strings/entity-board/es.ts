import type { EntityAggregate } from '@mindshare/core';
import type { entityBoardEn } from './en.js';
import { termFormats } from '../../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('es');

type Entity = 'partner' | 'team';

/** Textos en español de las clasificaciones de empresas y equipos: las mismas claves y argumentos que en inglés. */
export const entityBoardEs: typeof entityBoardEn = {
  mindLeaderboardEntityTitle: (entity: Entity) =>
    entity === 'partner' ? 'Clasificación de empresas' : 'Clasificación de equipos',
  mindLeaderboardEntityName: (entity: Entity) => (entity === 'partner' ? 'Empresa' : 'Equipo'),
  mindLeaderboardEntityYou: (entity: Entity) => (entity === 'partner' ? 'su empresa' : 'su equipo'),
  mindLeaderboardParticipants: 'Participaron',
  mindLeaderboardParticipation: (participants: number, eligible: number) =>
    `${number(participants)} de ${number(eligible)}`,
  mindLeaderboardIncomplete: (k: number) => `Participaron menos de ${number(k)}`,
  mindLeaderboardAggregate: (aggregate: EntityAggregate, k: number, entity: Entity) =>
    aggregate === 'best-k'
      ? `Puntuación: la media de ${plural(k, 'la mejor puntuación', `las ${number(k)} mejores puntuaciones`)} de cada ${entity === 'partner' ? 'empresa' : 'equipo'}.`
      : `Puntuación: la puntuación media × la proporción de vendedores ${entity === 'partner' ? 'de la empresa' : 'del equipo'} que participaron.`,
  mindLeaderboardEntityEmpty: (entity: Entity) =>
    entity === 'partner' ? 'Todavía no hay ninguna empresa clasificada.' : 'Todavía no hay ningún equipo clasificado.',
  mindLeaderboardEntityRange: (first: number, last: number, total: number, entity: Entity) =>
    `Puestos ${number(first)}–${number(last)} de ${number(total)} ${
      entity === 'partner' ? plural(total, 'empresa', 'empresas') : plural(total, 'equipo', 'equipos')
    }`,
  mindLeaderboardEntityMine: (rank: number, total: number, entity: Entity) =>
    `${entity === 'partner' ? 'Su empresa' : 'Su equipo'}: puesto ${number(rank)} de ${number(total)}`,
};
