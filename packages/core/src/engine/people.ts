import type { ContentPack } from '../content/content-pack.schema.js';
import type { Directory, Partner, Seller, SellerRole } from '../directory/directory.schema.js';
import { MindError } from '../errors/mind-error.js';
import type { LeaderboardScopes } from '../leaderboard/board-names.js';
import { isKnownTimeZone } from '../time/zone-offset.js';
import { assignTiers, type TierAssignment } from '../tiers/assign-tiers.js';
import type { Viewer } from '../api/mindshare-api.js';

/**
 * A validated directory with its lookups and the tier of every partner under the pack's policy:
 * built once per published directory or pack, shared by every view of a host.
 */
export interface People {
  readonly directory: Directory;
  readonly sellers: ReadonlyMap<string, Seller>;
  readonly partners: ReadonlyMap<string, Partner>;
  readonly assignments: readonly TierAssignment[];
  /** partnerId → tierId under the pack's policy. */
  readonly partnerTier: ReadonlyMap<string, string>;
  /** sellerId → partnerId. */
  readonly sellerPartner: ReadonlyMap<string, string>;
}

/**
 * `partnerId → metric → count` of certified sellers, under the metrics of the tier policy's
 * certified-seller conditions (see `certifiedCounts`).
 */
export type CertifiedCounts = ReadonlyMap<string, Readonly<Record<string, number>>>;

/**
 * Builds the lookups of a validated directory and assigns every partner its tier; `certified`
 * gives the counts of certified sellers that certified-seller conditions read.
 */
export function peopleOf(pack: ContentPack, directory: Directory, certified?: CertifiedCounts): People {
  const partners =
    certified === undefined
      ? directory.partners
      : directory.partners.map((partner) => ({
          ...partner,
          metrics: { ...partner.metrics, ...certified.get(partner.id) },
        }));
  const assignments = assignTiers(pack.tierPolicy, partners);
  const sellerPartner = new Map<string, string>();
  for (const seller of directory.sellers) {
    if (seller.partnerId !== undefined) sellerPartner.set(seller.id, seller.partnerId);
  }
  return {
    directory,
    sellers: new Map(directory.sellers.map((seller) => [seller.id, seller])),
    partners: new Map(directory.partners.map((partner) => [partner.id, partner])),
    assignments,
    partnerTier: new Map(assignments.map((assignment) => [assignment.partnerId, assignment.tierId])),
    sellerPartner,
  };
}

/**
 * The name of the partner company `sellerId` works at, as the directory spells it: its id when the
 * directory lists no such partner, `''` for someone at none (vendor-side staff) or not listed.
 */
export function partnerNameOf(people: Pick<People, 'sellers' | 'partners'>, sellerId: string): string {
  const partnerId = people.sellers.get(sellerId)?.partnerId;
  return partnerId === undefined ? '' : (people.partners.get(partnerId)?.name ?? partnerId);
}

/** The groups a seller is ranked in, from the directory and the tier policy; `{}` for someone not in it. */
export function scopesOf(people: People, sellerId: string): LeaderboardScopes {
  const seller = people.sellers.get(sellerId);
  if (!seller) return {};
  const scopes: { -readonly [K in keyof LeaderboardScopes]: LeaderboardScopes[K] } = {};
  if (seller.partnerId !== undefined) {
    scopes.partner = seller.partnerId;
    const tier = people.partnerTier.get(seller.partnerId);
    if (tier !== undefined) scopes.tier = tier;
  }
  if (seller.region !== undefined) scopes.region = seller.region;
  if (seller.team !== undefined) scopes.team = seller.team;
  return scopes;
}

/**
 * Whether a leaderboard that ranks `roles` (a challenge's `leaderboard.roles`) ranks this person,
 * given `storedRole`, the role stored with their score (if any).
 *
 * The directory's role wins while it lists the person: roles change, and the boards rank who
 * people are now (a coach who becomes a seller is ranked with the score they already have).
 * Once the directory no longer lists them, the stored role decides, so that the boards of this
 * process, of another one and of any rebuild agree without the directory. A score stored before
 * roles were kept (issue 14) has none: it was ranked then, as a seller's.
 */
export function ranksPerson(
  people: People,
  roles: readonly SellerRole[],
  sellerId: string,
  storedRole?: SellerRole,
): boolean {
  return roles.includes(people.sellers.get(sellerId)?.role ?? storedRole ?? 'seller');
}

/** Who is using the page: a person of the directory, and how they read times and text. */
export interface ViewerInput {
  readonly id: string;
  /** Overrides the directory's locale (the page's language switch). */
  readonly locale?: string;
  /** Overrides the directory's time zone (the device's). */
  readonly timeZone?: string;
}

/**
 * Resolves a viewer from the directory: their role, partner, tier, locale and zone. No I/O.
 * @throws MindError `MIND_FORBIDDEN` naming the id when they are not in the directory;
 * `MIND_INVALID_INPUT` for an unknown time zone.
 */
export function resolveViewer(pack: ContentPack, people: People, input: ViewerInput): Viewer {
  const viewerId: unknown = input?.id;
  const person = typeof viewerId === 'string' ? people.sellers.get(viewerId) : undefined;
  if (!person) {
    throw new MindError('MIND_FORBIDDEN', `The viewer "${String(viewerId)}" is not in the directory.`, {
      path: ['viewer', 'id'],
    });
  }
  const timeZone = input.timeZone ?? person.timeZone ?? 'UTC';
  if (!isKnownTimeZone(timeZone)) {
    throw new MindError(
      'MIND_INVALID_INPUT',
      `Unknown time zone "${timeZone}"; expected an IANA name such as "Europe/Paris".`,
      { path: ['viewer', 'timeZone'] },
    );
  }
  return {
    id: person.id,
    displayName: person.displayName,
    role: person.role,
    partnerId: person.partnerId,
    tierId:
      person.partnerId === undefined
        ? undefined
        : (people.partnerTier.get(person.partnerId) ?? pack.tierPolicy.defaultTier),
    region: person.region,
    team: person.team,
    locale: input.locale ?? person.locale ?? pack.defaultLocale,
    timeZone,
  };
}
