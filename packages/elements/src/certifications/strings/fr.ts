import type { certificationsEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('fr');
// The score is out of 100; Intl's French percent puts a no-break space before the sign (80 %).
const percentFormat = new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 1 });
const percent = (value: number) => percentFormat.format(value / 100);

/** Chaînes d'interface françaises de <mind-certifications> : mêmes clés, mêmes arguments que l'anglais. */
const certificationsFr: typeof certificationsEn = {
  mindCertificationsTitle: 'Vos certifications',
  mindCertificationsSellerTitle: (name) => `Certifications de ${name}`,
  mindCertificationsEmpty: 'Ce programme n’a pas encore de certification.',
  mindCertificationsHeld: (until) => `Certifié jusqu’au ${until}`,
  mindCertificationsExpiring: (until) => `Expire le ${until}\u00a0: renouvelez-la dès maintenant`,
  mindCertificationsGrace: (expired, graceEnd) =>
    `Expirée le ${expired}\u202f; encore comptée jusqu’au ${graceEnd}\u00a0: renouvelez-la`,
  mindCertificationsExpired: (expired) => `Expirée le ${expired}`,
  mindCertificationsNotEarned: 'Pas encore obtenue',
  mindCertificationsLeft: (remaining, required, total, minScore) =>
    total === 1
      ? `Réussissez le challenge ci-dessous avec au moins ${percent(minScore)}.`
      : required === total
        ? `Réussissez encore ${number(remaining)} de ces ${number(total)} challenges avec au moins ${percent(minScore)} chacun.`
        : `Réussissez encore ${number(remaining)} de ces challenges (${number(required)} au choix sur ${number(total)}) avec au moins ${percent(minScore)} chacun.`,
  mindCertificationsRenew: (minScore) =>
    `Réussissez à nouveau l’un de ces challenges avec au moins ${percent(minScore)} pour la renouveler.`,
  mindCertificationsChallengesLabel: (title) => `Challenges pour ${title}`,
  mindCertificationsRequirement: (challenge, status) => `${challenge}\u00a0: ${status}`,
  mindCertificationsPassed: (best) => `réussi (${percent(best)})`,
  mindCertificationsBest: (best, minScore) => `meilleur score ${percent(best)}, il faut ${percent(minScore)}`,
  mindCertificationsNotTried: (minScore) => `pas encore tenté, il faut ${percent(minScore)}`,
  mindCertificationsForbidden:
    'Les certifications des autres vendeurs sont réservées aux coachs et aux responsables de réseau.',
  mindCertificationsError: 'Les certifications n’ont pas pu être chargées.',
  mindCertificationsManagerTitle: 'Vendeurs certifiés par partenaire et par niveau',
  mindCertificationsManagerForbidden:
    'La liste des vendeurs certifiés est réservée aux coachs et aux responsables de réseau.',
  mindCertificationsPartnersCaption: 'Vendeurs certifiés par partenaire',
  mindCertificationsTier: 'Niveau',
  mindCertificationsPartner: 'Partenaire',
  mindCertificationsCertified: 'Vendeurs certifiés',
  mindCertificationsExpiringSoon: 'Expirent bientôt',
  mindCertificationsSellersCaption: (count) =>
    `${number(count)} ${plural(count, 'certification obtenue', 'certifications obtenues')}, la plus proche de l’expiration en premier`,
  mindCertificationsOnlyExpiring: 'Seulement celles qui expirent bientôt',
  mindCertificationsSeller: 'Vendeur',
  mindCertificationsCertification: 'Certification',
  mindCertificationsStatus: 'État',
  mindCertificationsExpires: 'Expiration',
  mindCertificationsStatusHeld: 'Valide',
  mindCertificationsStatusExpiring: 'Expire bientôt',
  mindCertificationsStatusGrace: 'En période de grâce',
  mindCertificationsStatusExpired: 'Expirée',
  mindCertificationsNoneAwarded: 'Aucune certification n’a encore été obtenue.',
  mindCertificationsExport: 'Télécharger les vendeurs certifiés (CSV)',
  mindCertificationsSellerId: 'Identifiant vendeur',
  mindCertificationsPartnerId: 'Identifiant partenaire',
  mindCertificationsAwarded: 'Obtenue le',
};

export default certificationsFr;
