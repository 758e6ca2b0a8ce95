import { z } from '../content/zod.js';
import { epochMs } from '../content/epoch-ms.schema.js';
import { IdSchema } from '../content/id.schema.js';
import { LocalizedTextSchema } from '../content/localized-text.schema.js';
import { orUndefined, readonlyArray } from './reply-fields.js';

/** Where a seller stands on a certification (see `CertificationStatus` in the core). */
export const CertificationStatusSchema = z.enum(['not-earned', 'held', 'expiring', 'grace', 'expired']);

/** One challenge of a certification's requirement, with the seller's best score on it. */
export const RequiredChallengeSchema = z.object({
  challengeId: IdSchema,
  /** The challenge's title; `undefined` once it left the content pack. */
  title: orUndefined(LocalizedTextSchema),
  /** The seller's best score in percent of the challenge's highest total; `undefined` before a finish. */
  best: orUndefined(z.number()),
  /** Whether `best` reaches the certification's `minScore`. */
  passed: z.boolean(),
});

/** A certification of the pack as one seller stands on it: validity and what is left to earn. */
export const SellerCertificationSchema = z.object({
  certificationId: IdSchema,
  title: LocalizedTextSchema,
  description: orUndefined(LocalizedTextSchema),
  status: CertificationStatusSchema,
  awardedAt: orUndefined(epochMs()),
  renewedAt: orUndefined(epochMs()),
  expiresAt: orUndefined(epochMs()),
  /** When the grace after expiry ends: past it the certification no longer counts. */
  graceEndsAt: orUndefined(epochMs()),
  /** The passing score of each required challenge, in percent. */
  minScore: z.number(),
  /** How many of `challenges` must be passed. */
  required: z.number(),
  /** How many more challenges to pass to earn it; 0 once the requirement is met. */
  remaining: z.number(),
  challenges: readonlyArray(RequiredChallengeSchema),
});

/** A seller's certifications, in the pack's order (see `MindshareApi.certifications`). */
export const CertificationsViewSchema = z.object({
  sellerId: IdSchema,
  certifications: readonlyArray(SellerCertificationSchema),
});

/** One certification a seller holds or held, as managers read it. */
export const CertifiedSellerSchema = z.object({
  sellerId: IdSchema,
  /** The display name, else the id once the directory no longer lists them. */
  sellerName: z.string(),
  partnerId: orUndefined(IdSchema),
  /** The partner's name, else its id; `''` for someone at no partner. */
  partnerName: z.string(),
  tierId: orUndefined(IdSchema),
  tierName: orUndefined(LocalizedTextSchema),
  certificationId: IdSchema,
  certificationTitle: LocalizedTextSchema,
  status: z.enum(['held', 'expiring', 'grace', 'expired']),
  awardedAt: epochMs(),
  expiresAt: epochMs(),
  graceEndsAt: epochMs(),
});

/** A partner's count of certified sellers (held, expiring or in grace) and of those expiring soon. */
export const PartnerCertificationsSchema = z.object({
  partnerId: IdSchema,
  partnerName: z.string(),
  tierId: IdSchema,
  tierName: LocalizedTextSchema,
  certified: z.number(),
  /** Certified sellers with a certification expiring within its reminder period, or in grace. */
  expiringSoon: z.number(),
});

/** Who is certified, per partner and tier (see `MindshareApi.certifiedSellers`). */
export const CertifiedSellersViewSchema = z.object({
  /** Partners by tier (highest first), then name; every partner of the directory. */
  partners: readonlyArray(PartnerCertificationsSchema),
  /** Every seller's certification ever awarded, expiring soonest first. */
  sellers: readonlyArray(CertifiedSellerSchema),
  /** The pack's certifications, to name them and filter by them. */
  certifications: readonlyArray(z.object({ id: IdSchema, title: LocalizedTextSchema })),
});

/** A feed reminder that a certification expires soon, with the challenges that renew it. */
export const CertificationReminderSchema = z.object({
  certificationId: IdSchema,
  title: LocalizedTextSchema,
  status: z.enum(['expiring', 'grace']),
  expiresAt: epochMs(),
  /** Pass one of these with at least `minScore` percent to renew it. */
  renewWith: readonlyArray(z.object({ challengeId: IdSchema, title: LocalizedTextSchema })),
  minScore: z.number(),
});
