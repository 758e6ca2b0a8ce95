import type { certificationsEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('de');
// The score is out of 100; the language's own percent format places the sign (80 %, 80%).
const percent = (value: number) =>
  new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

/** Deutsche UI-Texte von <mind-certifications>: dieselben Schlüssel und Argumente wie im Englischen. */
const certificationsDe: typeof certificationsEn = {
  mindCertificationsTitle: 'Ihre Zertifizierungen',
  mindCertificationsSellerTitle: (name) => `Zertifizierungen von ${name}`,
  mindCertificationsEmpty: 'Dieses Programm hat noch keine Zertifizierungen.',
  mindCertificationsHeld: (until) => `Zertifiziert bis ${until}`,
  mindCertificationsExpiring: (until) => `Läuft am ${until} ab: Erneuern Sie sie jetzt`,
  mindCertificationsGrace: (expired, graceEnd) =>
    `Am ${expired} abgelaufen; zählt noch bis ${graceEnd}: Erneuern Sie sie`,
  mindCertificationsExpired: (expired) => `Am ${expired} abgelaufen`,
  mindCertificationsNotEarned: 'Noch nicht erworben',
  mindCertificationsLeft: (remaining, required, total, minScore) =>
    total === 1
      ? `Bestehen Sie die Challenge unten mit mindestens ${percent(minScore)}.`
      : required === total
        ? `Bestehen Sie noch ${number(remaining)} dieser ${number(total)} Challenges mit jeweils mindestens ${percent(minScore)}.`
        : `Bestehen Sie noch ${number(remaining)} dieser Challenges (beliebige ${number(required)} der ${number(total)}) mit jeweils mindestens ${percent(minScore)}.`,
  mindCertificationsRenew: (minScore) =>
    `Bestehen Sie eine dieser Challenges erneut mit mindestens ${percent(minScore)}, um sie zu erneuern.`,
  mindCertificationsChallengesLabel: (title) => `Challenges für ${title}`,
  mindCertificationsRequirement: (challenge, status) => `${challenge}: ${status}`,
  mindCertificationsPassed: (best) => `bestanden (${percent(best)})`,
  mindCertificationsBest: (best, minScore) => `bestes Ergebnis ${percent(best)}, benötigt ${percent(minScore)}`,
  mindCertificationsNotTried: (minScore) => `noch nicht absolviert, benötigt ${percent(minScore)}`,
  mindCertificationsForbidden: 'Die Zertifizierungen anderer Verkäufer sind Coaches und Channel-Managern vorbehalten.',
  mindCertificationsError: 'Die Zertifizierungen konnten nicht geladen werden.',
  mindCertificationsManagerTitle: 'Zertifizierte Verkäufer je Partner und Stufe',
  mindCertificationsManagerForbidden: 'Wer zertifiziert ist, sehen nur Coaches und Channel-Manager.',
  mindCertificationsPartnersCaption: 'Zertifizierte Verkäufer je Partner',
  mindCertificationsTier: 'Stufe',
  mindCertificationsPartner: 'Partner',
  mindCertificationsCertified: 'Zertifizierte Verkäufer',
  mindCertificationsExpiringSoon: 'Laufen bald ab',
  mindCertificationsSellersCaption: (count) =>
    `${number(count)} ${plural(count, 'Zertifizierung', 'Zertifizierungen')} vergeben, die zuerst ablaufenden oben`,
  mindCertificationsOnlyExpiring: 'Nur bald ablaufende',
  mindCertificationsSeller: 'Verkäufer',
  mindCertificationsCertification: 'Zertifizierung',
  mindCertificationsStatus: 'Status',
  mindCertificationsExpires: 'Läuft ab',
  mindCertificationsStatusHeld: 'Gültig',
  mindCertificationsStatusExpiring: 'Läuft bald ab',
  mindCertificationsStatusGrace: 'In der Kulanzfrist',
  mindCertificationsStatusExpired: 'Abgelaufen',
  mindCertificationsNoneAwarded: 'Es wurde noch keine Zertifizierung vergeben.',
  mindCertificationsExport: 'Zertifizierte Verkäufer herunterladen (CSV)',
  mindCertificationsSellerId: 'Verkäufer-ID',
  mindCertificationsPartnerId: 'Partner-ID',
  mindCertificationsAwarded: 'Vergeben am',
};

export default certificationsDe;
