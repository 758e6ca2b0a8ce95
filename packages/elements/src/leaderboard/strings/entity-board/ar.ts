import type { EntityAggregate } from '@mindshare/core';
import type { entityBoardEn } from './en.js';
import { termFormats } from '../../../shared/i18n/term-formats.js';

const { number, pluralForms } = termFormats('ar');

type Entity = 'partner' | 'team';

/** النصوص العربية لترتيب الشركات والفرق: المفاتيح والوسائط نفسها كما في الإنجليزية. */
export const entityBoardAr: typeof entityBoardEn = {
  mindLeaderboardEntityTitle: (entity: Entity) => (entity === 'partner' ? 'ترتيب الشركات' : 'ترتيب الفرق'),
  mindLeaderboardEntityName: (entity: Entity) => (entity === 'partner' ? 'الشركة' : 'الفريق'),
  mindLeaderboardEntityYou: (entity: Entity) => (entity === 'partner' ? 'شركتك' : 'فريقك'),
  mindLeaderboardParticipants: 'المشاركون',
  mindLeaderboardParticipation: (participants: number, eligible: number) =>
    `${number(participants)} من ${number(eligible)}`,
  mindLeaderboardIncomplete: (k: number) => `شارك أقل من ${number(k)}`,
  mindLeaderboardAggregate: (aggregate: EntityAggregate, k: number, entity: Entity) =>
    aggregate === 'best-k'
      ? `النتيجة: متوسط أفضل ${number(k)} نتائج لكل ${entity === 'partner' ? 'شركة' : 'فريق'}.`
      : `النتيجة: متوسط النتائج × نسبة بائعي ${entity === 'partner' ? 'الشركة' : 'الفريق'} الذين شاركوا.`,
  mindLeaderboardEntityEmpty: (entity: Entity) =>
    entity === 'partner' ? 'لم تُرتَّب أي شركة بعد.' : 'لم يُرتَّب أي فريق بعد.',
  mindLeaderboardEntityRange: (first: number, last: number, total: number, entity: Entity) =>
    `المراتب ${number(first)}–${number(last)} من ${number(total)} ${
      entity === 'partner'
        ? pluralForms(total, { one: 'شركة', two: 'شركتين', few: 'شركات', other: 'شركة' })
        : pluralForms(total, { one: 'فريق', two: 'فريقين', few: 'فرق', other: 'فريقًا' })
    }`,
  mindLeaderboardEntityMine: (rank: number, total: number, entity: Entity) =>
    `${entity === 'partner' ? 'شركتك' : 'فريقك'}: المرتبة ${number(rank)} من ${number(total)}`,
};
