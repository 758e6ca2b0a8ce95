import type { MindshareApi } from '@mindshare/core';

/**
 * Names and membership of a manager view: given by the host page, or else read from the API's
 * `directory()`. The scenario's and a pack's directory (`{ partners, sellers }`) fit as they are.
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

/**
 * The API's directory in the shape of an {@link InsightDirectory}, for coaches and managers;
 * `undefined` for sellers, or when it cannot be read (the view then shows ids).
 */
export async function loadDirectory(api: MindshareApi | undefined): Promise<InsightDirectory | undefined> {
  if (!api || api.viewer.role === 'seller' || typeof api.directory !== 'function') return undefined;
  try {
    const listing = await api.directory();
    return {
      partners: listing.partners.map(({ id, name, tierId }) =>
        tierId === undefined ? { id, name } : { id, name, tierId },
      ),
      sellers: listing.sellers.map(({ id, displayName, partnerId }) =>
        partnerId === undefined ? { id, displayName } : { id, displayName, partnerId },
      ),
    };
  } catch {
    return undefined;
  }
}
