import type { EntityAggregate } from '@mindshare/core';
import type { entityBoardEn } from './en.js';
import { termFormats } from '../../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('pt');

type Entity = 'partner' | 'team';

/** Textos em português dos rankings de empresas e equipes: as mesmas chaves e argumentos do inglês. */
export const entityBoardPt: typeof entityBoardEn = {
  mindLeaderboardEntityTitle: (entity: Entity) =>
    entity === 'partner' ? 'Ranking das empresas' : 'Ranking das equipes',
  mindLeaderboardEntityName: (entity: Entity) => (entity === 'partner' ? 'Empresa' : 'Equipe'),
  mindLeaderboardEntityYou: (entity: Entity) => (entity === 'partner' ? 'sua empresa' : 'sua equipe'),
  mindLeaderboardParticipants: 'Participaram',
  mindLeaderboardParticipation: (participants: number, eligible: number) =>
    `${number(participants)} de ${number(eligible)}`,
  mindLeaderboardIncomplete: (k: number) => `Menos de ${number(k)} participaram`,
  mindLeaderboardAggregate: (aggregate: EntityAggregate, k: number, entity: Entity) =>
    aggregate === 'best-k'
      ? `Pontuação: a média ${plural(k, 'da melhor pontuação', `das ${number(k)} melhores pontuações`)} de cada ${entity === 'partner' ? 'empresa' : 'equipe'}.`
      : `Pontuação: a pontuação média × a parcela dos vendedores ${entity === 'partner' ? 'da empresa' : 'da equipe'} que participaram.`,
  mindLeaderboardEntityEmpty: (entity: Entity) =>
    entity === 'partner' ? 'Nenhuma empresa está no ranking ainda.' : 'Nenhuma equipe está no ranking ainda.',
  mindLeaderboardEntityRange: (first: number, last: number, total: number, entity: Entity) =>
    `Posições ${number(first)}–${number(last)} de ${number(total)} ${
      entity === 'partner' ? plural(total, 'empresa', 'empresas') : plural(total, 'equipe', 'equipes')
    }`,
  mindLeaderboardEntityMine: (rank: number, total: number, entity: Entity) =>
    `${entity === 'partner' ? 'Sua empresa' : 'Sua equipe'}: posição ${number(rank)} de ${number(total)}`,
};
