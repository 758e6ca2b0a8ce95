import type { Segment } from './schedule.schema.js';

/** The facts about a seller that a segment reads. A missing fact matches no list that needs it. */
export interface SegmentMember {
  readonly tierId?: string | undefined;
  readonly partnerId?: string | undefined;
  readonly role?: string | undefined;
  readonly region?: string | undefined;
  readonly locale?: string | undefined;
  readonly team?: string | undefined;
}

function anyOf(list: readonly string[] | undefined, value: string | undefined): boolean {
  return list === undefined || (value !== undefined && list.includes(value));
}

/** `fr` covers `fr`, `fr-CA`, `fr-BE`; `fr-CA` covers only `fr-CA`. Tags compare case-insensitively. */
function localeCovers(segmentLocale: string, sellerLocale: string): boolean {
  const wanted = segmentLocale.toLowerCase();
  const actual = sellerLocale.toLowerCase();
  return actual === wanted || actual.startsWith(`${wanted}-`);
}

/**
 * Whether a seller belongs to a segment: every field the segment sets must contain the seller's
 * value (any one of the listed values); fields the segment leaves out match everyone.
 */
export function matchesSegment(segment: Segment, member: SegmentMember): boolean {
  const { locales } = segment;
  const { locale } = member;
  return (
    anyOf(segment.tiers, member.tierId) &&
    anyOf(segment.partners, member.partnerId) &&
    anyOf(segment.roles, member.role) &&
    anyOf(segment.regions, member.region) &&
    anyOf(segment.teams, member.team) &&
    (locales === undefined || (locale !== undefined && locales.some((wanted) => localeCovers(wanted, locale))))
  );
}
