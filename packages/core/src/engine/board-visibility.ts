// Whether others see a seller on the leaderboards: the seller's own choice (setBoardVisibility),
// else the directory's privacy default. Small and eager: the host's boards and the leaderboard
// reads both decide by it, so they can never disagree.
import type { Seller } from '../directory/directory.schema.js';
import type { StorageAdapter } from '../storage/storage-adapter.js';
import { COLLECTIONS } from './engine-schema.js';
import type { SellerSettings } from './stored-records.schema.js';

/** The seller's choice when they made one, else the directory's default (`opted-out` hides). */
export function isHidden(settings: SellerSettings | undefined, seller: Seller | undefined): boolean {
  const choice = settings?.boardVisibility;
  return choice === undefined ? seller?.privacy === 'opted-out' : choice === 'hidden';
}

/**
 * Which people are hidden from others' boards: among `sellerIds` (one settings read each), or
 * everyone when it is omitted (one read of every seller's settings, for a board build).
 */
export async function hiddenPeople(
  storage: StorageAdapter,
  sellers: ReadonlyMap<string, Seller>,
  sellerIds?: readonly string[],
): Promise<ReadonlySet<string>> {
  const settings =
    sellerIds === undefined
      ? await storage.query<SellerSettings>(COLLECTIONS.sellerSettings)
      : await Promise.all(sellerIds.map((id) => storage.get<SellerSettings>(COLLECTIONS.sellerSettings, id)));
  const bySeller = new Map<string, SellerSettings>();
  for (const record of settings) if (record) bySeller.set(record.sellerId, record);
  const ids = sellerIds ?? new Set([...sellers.keys(), ...bySeller.keys()]);
  const hidden = new Set<string>();
  for (const id of ids) if (isHidden(bySeller.get(id), sellers.get(id))) hidden.add(id);
  return hidden;
}
