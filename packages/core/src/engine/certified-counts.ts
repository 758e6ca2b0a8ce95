import { certificationStatus, countsAsCertified, graceEndOf } from '../certification/certification-record.js';
import type { CertificationRecord } from '../certification/certification-record.schema.js';
import type { ContentPack } from '../content/content-pack.schema.js';
import type { Directory } from '../directory/directory.schema.js';
import type { StorageAdapter } from '../storage/storage-adapter.js';
import { certifiedMetrics, certifiedSellersMetric } from '../tiers/certified-metric.js';
import { COLLECTIONS } from './engine-schema.js';
import type { CertifiedCounts } from './people.js';

/**
 * Each partner's count of certified sellers at `now`, under every certified-seller metric the
 * pack's tier policy reads (0 for a partner with none, so a rule reports "1 more" rather than "no
 * data"); `undefined` when the policy reads none, which then costs no read at all. A seller counts
 * while a certification is held, expiring or in its grace period, and once per metric however
 * many certifications they hold.
 */
export async function certifiedCounts(
  storage: StorageAdapter,
  pack: ContentPack,
  directory: Directory,
  now: number,
): Promise<CertifiedCounts | undefined> {
  return (await certifiedStanding(storage, pack, directory, now))?.counts;
}

/**
 * {@link certifiedCounts}, and when the earliest certification they count lapses (its grace
 * ends): past that instant the counts are stale, and a host counts again.
 */
export async function certifiedStanding(
  storage: StorageAdapter,
  pack: ContentPack,
  directory: Directory,
  now: number,
): Promise<{ readonly counts: CertifiedCounts; readonly lapsesAt: number | undefined } | undefined> {
  const metrics = certifiedMetrics(pack.tierPolicy);
  if (metrics.length === 0) return undefined;
  const certifications = new Map(pack.certifications.map((certification) => [certification.id, certification]));
  const partnerOf = new Map<string, string>();
  for (const seller of directory.sellers)
    if (seller.partnerId !== undefined) partnerOf.set(seller.id, seller.partnerId);
  const sellers = new Map<string, Set<string>>(metrics.map((metric) => [metric, new Set()]));
  let lapsesAt: number | undefined;
  for (const record of await storage.query<CertificationRecord>(COLLECTIONS.certifications)) {
    const certification = certifications.get(record.certificationId);
    if (!certification || !partnerOf.has(record.sellerId)) continue;
    if (!countsAsCertified(certificationStatus(record, certification, now))) continue;
    const lapse = graceEndOf(record, certification);
    if (lapsesAt === undefined || lapse < lapsesAt) lapsesAt = lapse;
    sellers.get(certifiedSellersMetric())?.add(record.sellerId);
    sellers.get(certifiedSellersMetric(certification.id))?.add(record.sellerId);
  }
  const counts = new Map<string, Record<string, number>>();
  for (const partner of directory.partners)
    counts.set(partner.id, Object.fromEntries(metrics.map((metric) => [metric, 0])));
  for (const [metric, holders] of sellers) {
    for (const sellerId of holders) {
      const partnerCounts = counts.get(partnerOf.get(sellerId)!);
      if (partnerCounts) partnerCounts[metric] = (partnerCounts[metric] ?? 0) + 1;
    }
  }
  return { counts, lapsesAt };
}
