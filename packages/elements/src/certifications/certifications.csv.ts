import { pickLocalized, type CertifiedSellersView } from '@mindshare/core';
import { toCsv } from '../shared/export/csv.js';
import { shownSellers, statusText, type CertificationsViewContext } from './certifications.views.js';

/**
 * The certified sellers the manager's table shows (all, or those expiring soon), in the element's
 * language, with ids beside names and dates as ISO days (`2027-05-25`) for a spreadsheet to sort.
 */
export function certifiedSellersCsv(context: CertificationsViewContext, view: CertifiedSellersView): string {
  const { localize, lang } = context;
  const day = (at: number) => new Date(at).toISOString().slice(0, 10);
  return toCsv([
    [
      localize.term('mindCertificationsSeller'),
      localize.term('mindCertificationsSellerId'),
      localize.term('mindCertificationsPartner'),
      localize.term('mindCertificationsPartnerId'),
      localize.term('mindCertificationsTier'),
      localize.term('mindCertificationsCertification'),
      localize.term('mindCertificationsStatus'),
      localize.term('mindCertificationsAwarded'),
      localize.term('mindCertificationsExpires'),
    ],
    ...shownSellers(context, view).map((row) => [
      row.sellerName,
      row.sellerId,
      row.partnerName,
      row.partnerId,
      row.tierName ? pickLocalized(row.tierName, lang) : row.tierId,
      pickLocalized(row.certificationTitle, lang),
      statusText(context, row.status),
      day(row.awardedAt),
      day(row.expiresAt),
    ]),
  ]);
}
