/**
 * Names and membership the host page may give a manager view, because the Mindshare API lists no
 * directory yet. The scenario's and a pack's directory (`{ partners, sellers }`) fit as they are.
 */
export interface InsightDirectory {
  readonly partners?: readonly { readonly id: string; readonly name?: string; readonly tierId?: string }[];
  readonly sellers?: readonly { readonly id: string; readonly displayName?: string; readonly partnerId?: string }[];
}

/** Looks up display names; an id is shown when the directory does not name it. */
export function namesOf(directory: InsightDirectory | undefined): {
  partner: (id: string) => string;
  seller: (id: string) => string;
} {
  const partners = new Map((directory?.partners ?? []).map((partner) => [partner.id, partner.name ?? partner.id]));
  const sellers = new Map((directory?.sellers ?? []).map((seller) => [seller.id, seller.displayName ?? seller.id]));
  return { partner: (id) => partners.get(id) ?? id, seller: (id) => sellers.get(id) ?? id };
}
