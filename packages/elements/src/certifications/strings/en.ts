import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('en');
const percent = (value: number) => `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(value)}%`;

/** English UI strings of <mind-certifications> (term keys start with `mindCertifications`). */
export const certificationsEn = {
  mindCertificationsTitle: 'Your certifications',
  mindCertificationsSellerTitle: (name: string) => `Certifications of ${name}`,
  mindCertificationsEmpty: 'This program has no certifications yet.',
  mindCertificationsHeld: (until: string) => `Certified until ${until}`,
  mindCertificationsExpiring: (until: string) => `Expires on ${until}: renew it now`,
  mindCertificationsGrace: (expired: string, graceEnd: string) =>
    `Expired on ${expired}; still counted until ${graceEnd}: renew it`,
  mindCertificationsExpired: (expired: string) => `Expired on ${expired}`,
  mindCertificationsNotEarned: 'Not earned yet',
  mindCertificationsLeft: (remaining: number, required: number, total: number, minScore: number) =>
    total === 1
      ? `Pass the challenge below with at least ${percent(minScore)}.`
      : required === total
        ? `Pass ${number(remaining)} more of these ${number(total)} challenges with at least ${percent(minScore)} each.`
        : `Pass ${number(remaining)} more of these challenges (any ${number(required)} of the ${number(total)}) with at least ${percent(minScore)} each.`,
  mindCertificationsRenew: (minScore: number) =>
    `Pass one of these again with at least ${percent(minScore)} to renew it.`,
  mindCertificationsChallengesLabel: (title: string) => `Challenges for ${title}`,
  /** One challenge of a certification and where the seller stands on it: "Spring launch challenge: passed (100%)". */
  mindCertificationsRequirement: (challenge: string, status: string) => `${challenge}: ${status}`,
  mindCertificationsPassed: (best: number) => `passed (${percent(best)})`,
  mindCertificationsBest: (best: number, minScore: number) => `best ${percent(best)}, needs ${percent(minScore)}`,
  mindCertificationsNotTried: (minScore: number) => `not taken yet, needs ${percent(minScore)}`,
  mindCertificationsForbidden: 'Certifications of other sellers are for coaches and channel managers.',
  mindCertificationsError: 'The certifications could not be loaded.',
  // Manager view
  mindCertificationsManagerTitle: 'Certified sellers per partner and tier',
  mindCertificationsManagerForbidden: 'Who is certified is for coaches and channel managers.',
  mindCertificationsPartnersCaption: 'Certified sellers per partner',
  mindCertificationsTier: 'Tier',
  mindCertificationsPartner: 'Partner',
  mindCertificationsCertified: 'Certified sellers',
  mindCertificationsExpiringSoon: 'Expiring soon',
  mindCertificationsSellersCaption: (count: number) =>
    `${number(count)} ${plural(count, 'certification', 'certifications')} awarded, soonest to expire first`,
  mindCertificationsOnlyExpiring: 'Only those expiring soon',
  mindCertificationsSeller: 'Seller',
  mindCertificationsCertification: 'Certification',
  mindCertificationsStatus: 'Status',
  mindCertificationsExpires: 'Expires',
  mindCertificationsStatusHeld: 'Held',
  mindCertificationsStatusExpiring: 'Expiring soon',
  mindCertificationsStatusGrace: 'In grace period',
  mindCertificationsStatusExpired: 'Expired',
  mindCertificationsNoneAwarded: 'No certification has been awarded yet.',
  mindCertificationsExport: 'Download the certified sellers (CSV)',
  mindCertificationsSellerId: 'Seller id',
  mindCertificationsPartnerId: 'Partner id',
  mindCertificationsAwarded: 'Awarded',
} satisfies Record<`mindCertifications${string}`, unknown>;
