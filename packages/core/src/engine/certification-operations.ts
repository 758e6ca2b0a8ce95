import {
  certificationStatus,
  graceEndOf,
  passedChallenges,
  requiredCount,
} from '../certification/certification-record.js';
import type { CertificationRecord } from '../certification/certification-record.schema.js';
import type { Certification } from '../certification/certification.schema.js';
import type { LocalizedText } from '../content/localized-text.schema.js';
import { MindError } from '../errors/mind-error.js';
import type {
  CertificationReminder,
  CertificationsQuery,
  CertificationsView,
  CertifiedSeller,
  CertifiedSellersView,
  PartnerCertifications,
  SellerCertification,
} from '../api/mindshare-api.js';
import type { EngineContext } from './engine-context.js';
import { requireId, requireStaff } from './engine-input.js';
import { COLLECTIONS } from './engine-schema.js';
import { partnerNameOf } from './people.js';

// The seller's certifications (held, expiring, what is left to earn), managers' view of who is
// certified per partner and tier, and the feed's reminders. Loaded on first use: awarding them is
// certification-records.ts, which runs with a finished attempt.

function challengeTitle(context: EngineContext, challengeId: string): LocalizedText | undefined {
  return context.challenges.get(challengeId)?.title;
}

/** One certification as `record` places the seller on it at `now`. */
function sellerCertification(
  context: EngineContext,
  certification: Certification,
  record: CertificationRecord | undefined,
  now: number,
): SellerCertification {
  const best = record?.best ?? {};
  const passed = new Set(passedChallenges(certification, best));
  const required = requiredCount(certification);
  return {
    certificationId: certification.id,
    title: certification.title,
    description: certification.description,
    status: certificationStatus(record, certification, now),
    awardedAt: record?.awardedAt,
    renewedAt: record?.renewedAt,
    expiresAt: record?.expiresAt,
    graceEndsAt: record?.expiresAt === undefined ? undefined : graceEndOf(record, certification),
    minScore: certification.requires.minScore,
    required,
    remaining: Math.max(0, required - passed.size),
    challenges: certification.requires.challenges.map((challengeId) => ({
      challengeId,
      title: challengeTitle(context, challengeId),
      best: Object.hasOwn(best, challengeId) ? best[challengeId] : undefined,
      passed: passed.has(challengeId),
    })),
  };
}

async function recordsOf(context: EngineContext, sellerId: string): Promise<Map<string, CertificationRecord>> {
  const records = await context.storage.query<CertificationRecord>(COLLECTIONS.certifications, {
    index: 'bySeller',
    range: { only: sellerId },
  });
  return new Map(records.map((record) => [record.certificationId, record]));
}

/**
 * A seller's standing on every certification of the pack. A seller reads their own; coaches and
 * managers anyone's (`sellerId`), like mastery.
 */
export async function readCertifications(
  context: EngineContext,
  query: CertificationsQuery = {},
): Promise<CertificationsView> {
  if (query === null || typeof query !== 'object') {
    throw new MindError('MIND_INVALID_INPUT', 'query must be an object such as { sellerId: "s-anna" }.', {
      path: ['query'],
    });
  }
  const sellerId = query.sellerId === undefined ? context.viewer.id : requireId(query.sellerId, 'sellerId');
  if (sellerId !== context.viewer.id) requireStaff(context, "read another seller's certifications");
  const records = await recordsOf(context, sellerId);
  const now = context.now();
  return {
    sellerId,
    certifications: context.pack.certifications.map((certification) =>
      sellerCertification(context, certification, records.get(certification.id), now),
    ),
  };
}

/**
 * Who holds which certification, per partner and tier, and who expires soon (coaches and
 * managers, like the tier report).
 */
export async function readCertifiedSellers(context: EngineContext): Promise<CertifiedSellersView> {
  requireStaff(context, 'read who is certified');
  const now = context.now();
  const certifications = new Map(context.pack.certifications.map((certification) => [certification.id, certification]));
  const tierName = (tierId: string | undefined) =>
    tierId === undefined ? undefined : context.pack.tierPolicy.tiers.find((tier) => tier.id === tierId)?.name;
  const sellers: CertifiedSeller[] = [];
  const certified = new Map<string, Set<string>>();
  const expiring = new Map<string, Set<string>>();
  for (const record of await context.storage.query<CertificationRecord>(COLLECTIONS.certifications)) {
    const certification = certifications.get(record.certificationId);
    if (!certification || record.awardedAt === undefined || record.expiresAt === undefined) continue;
    const status = certificationStatus(record, certification, now);
    if (status === 'not-earned') continue;
    const partnerId = context.sellerPartner.get(record.sellerId);
    const tierId = partnerId === undefined ? undefined : context.partnerTier.get(partnerId);
    sellers.push({
      sellerId: record.sellerId,
      sellerName: context.sellers.get(record.sellerId)?.displayName ?? record.sellerId,
      partnerId,
      partnerName: partnerNameOf(context, record.sellerId),
      tierId,
      tierName: tierName(tierId),
      certificationId: certification.id,
      certificationTitle: certification.title,
      status,
      awardedAt: record.awardedAt,
      expiresAt: record.expiresAt,
      graceEndsAt: graceEndOf(record, certification),
    });
    if (partnerId === undefined || status === 'expired') continue;
    (certified.get(partnerId) ?? certified.set(partnerId, new Set()).get(partnerId)!).add(record.sellerId);
    if (status === 'expiring' || status === 'grace') {
      (expiring.get(partnerId) ?? expiring.set(partnerId, new Set()).get(partnerId)!).add(record.sellerId);
    }
  }
  const tierOrder = new Map(context.pack.tierPolicy.tiers.map((tier, index) => [tier.id, index]));
  const partners: PartnerCertifications[] = [...context.partners.values()].map((partner) => {
    const tierId = context.partnerTier.get(partner.id) ?? context.pack.tierPolicy.defaultTier;
    return {
      partnerId: partner.id,
      partnerName: partner.name,
      tierId,
      tierName: tierName(tierId) ?? { [context.pack.defaultLocale]: tierId },
      certified: certified.get(partner.id)?.size ?? 0,
      expiringSoon: expiring.get(partner.id)?.size ?? 0,
    };
  });
  partners.sort(
    (a, b) =>
      (tierOrder.get(a.tierId) ?? 0) - (tierOrder.get(b.tierId) ?? 0) ||
      a.partnerName.localeCompare(b.partnerName) ||
      (a.partnerId < b.partnerId ? -1 : 1),
  );
  sellers.sort((a, b) => a.expiresAt - b.expiresAt || (a.sellerId < b.sellerId ? -1 : a.sellerId > b.sellerId ? 1 : 0));
  return {
    partners,
    sellers,
    certifications: context.pack.certifications.map(({ id, title }) => ({ id, title })),
  };
}

/**
 * The viewer's certifications expiring within their `reminderDays` (or in grace), soonest first,
 * with the challenges that renew them: the feed's reminders.
 */
export async function certificationReminders(context: EngineContext): Promise<CertificationReminder[]> {
  if (context.pack.certifications.length === 0) return [];
  const records = await recordsOf(context, context.viewer.id);
  const now = context.now();
  const reminders: CertificationReminder[] = [];
  for (const certification of context.pack.certifications) {
    const record = records.get(certification.id);
    const status = certificationStatus(record, certification, now);
    if ((status !== 'expiring' && status !== 'grace') || certification.reminderDays === 0) continue;
    reminders.push({
      certificationId: certification.id,
      title: certification.title,
      status,
      expiresAt: record!.expiresAt!,
      minScore: certification.requires.minScore,
      renewWith: certification.requires.challenges.flatMap((challengeId) => {
        const title = challengeTitle(context, challengeId);
        return title === undefined ? [] : [{ challengeId, title }];
      }),
    });
  }
  return reminders.sort((a, b) => a.expiresAt - b.expiresAt);
}
