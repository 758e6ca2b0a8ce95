import { z } from '../content/zod.js';
import { IdSchema } from '../content/id.schema.js';
import { LocaleSchema } from '../content/localized-text.schema.js';

/**
 * A partner company (distributor, reseller, VAR) as the portal or PRM knows it. `metrics` holds
 * the figures that tier rules read, by name: `{ "indirectRevenue": 1250000, "certifiedSellers": 4 }`.
 */
export const PartnerSchema = z.strictObject({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  region: z.optional(z.string().check(z.minLength(1))),
  metrics: z.record(
    z.string().check(z.minLength(1)),
    z.number().check(z.refine(Number.isFinite, 'expected a finite number')),
  ),
});

/** A partner company (see {@link PartnerSchema}). */
export type Partner = z.infer<typeof PartnerSchema>;

/** What a person does in Mindshare: sellers answer and record, coaches review, managers oversee. */
export const SellerRoleSchema = z.enum(['seller', 'coach', 'manager']);

/** A role (see {@link SellerRoleSchema}). */
export type SellerRole = z.infer<typeof SellerRoleSchema>;

/**
 * Whether a seller appears on other people's leaderboards, or only to themselves, until they choose
 * for themselves (`setBoardVisibility`). Published pitches do not follow it: each take is shown in
 * the gallery only with its own consent, which the seller gives or withdraws per take.
 */
export const PrivacyChoiceSchema = z.enum(['visible', 'opted-out']);

/** A privacy choice (see {@link PrivacyChoiceSchema}). */
export type PrivacyChoice = z.infer<typeof PrivacyChoiceSchema>;

/**
 * A person at a partner company. `privacy` defaults to `visible` when absent; `timeZone` is an
 * IANA name (`Europe/Paris`) checked only for shape here, since the core has no time-zone data.
 */
export const SellerSchema = z.strictObject({
  id: IdSchema,
  /** The partner company a seller works at; vendor-side coaches and managers may have none. */
  partnerId: z.exactOptional(IdSchema),
  displayName: z.string().check(z.minLength(1)),
  region: z.optional(z.string().check(z.minLength(1))),
  team: z.optional(z.string().check(z.minLength(1))),
  role: SellerRoleSchema,
  locale: z.optional(LocaleSchema),
  /**
   * The person's e-mail. Shown to nobody; the server sends it to a Learning Record Store as the
   * statements' actor only when its operator opts in (`MINDSHARE_XAPI_MBOX`), else never.
   */
  email: z.optional(z.email('expected an e-mail address such as anna@example.com')),
  timeZone: z.optional(
    z
      .string()
      .check(
        z.regex(
          /^(?:UTC|[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+)$/,
          'expected an IANA time zone such as "Europe/Paris" or "UTC"',
        ),
      ),
  ),
  privacy: z._default(PrivacyChoiceSchema, 'visible'),
});

/** A seller, coach or manager (see {@link SellerSchema}); `privacy` is always set once parsed. */
export type Seller = z.infer<typeof SellerSchema>;

/** Who exists: the partners and their people, supplied by the portal or the PRM. */
export const DirectorySchema = z.strictObject({
  partners: z.array(PartnerSchema),
  sellers: z.array(SellerSchema),
});

/** A parsed directory (see {@link DirectorySchema}). */
export type Directory = z.infer<typeof DirectorySchema>;

/** A directory as supplied, before defaults are applied (`privacy` may be absent). */
export type DirectoryInput = z.input<typeof DirectorySchema>;
