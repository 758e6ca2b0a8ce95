import type { certificationsEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('it');
// The score is out of 100; the language's own percent format places the sign (80 %, 80%).
const percent = (value: number) =>
  new Intl.NumberFormat('it', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

/** Testi dell'interfaccia in italiano di <mind-certifications>: stesse chiavi e stessi argomenti dell'inglese. */
const certificationsIt: typeof certificationsEn = {
  mindCertificationsTitle: 'Le sue certificazioni',
  mindCertificationsSellerTitle: (name) => `Certificazioni di ${name}`,
  mindCertificationsEmpty: 'Questo programma non ha ancora certificazioni.',
  mindCertificationsHeld: (until) => `Certificato fino al ${until}`,
  mindCertificationsExpiring: (until) => `Scade il ${until}: la rinnovi ora`,
  mindCertificationsGrace: (expired, graceEnd) => `Scaduta il ${expired}; conta ancora fino al ${graceEnd}: la rinnovi`,
  mindCertificationsExpired: (expired) => `Scaduta il ${expired}`,
  mindCertificationsNotEarned: 'Non ancora ottenuta',
  mindCertificationsLeft: (remaining, required, total, minScore) =>
    total === 1
      ? `Superi la sfida qui sotto con almeno il ${percent(minScore)}.`
      : required === total
        ? `Superi ancora ${number(remaining)} di queste ${number(total)} sfide con almeno il ${percent(minScore)} in ciascuna.`
        : `Superi ancora ${number(remaining)} di queste sfide (${number(required)} a scelta su ${number(total)}) con almeno il ${percent(minScore)} in ciascuna.`,
  mindCertificationsRenew: (minScore) =>
    `Superi di nuovo una di queste sfide con almeno il ${percent(minScore)} per rinnovarla.`,
  mindCertificationsChallengesLabel: (title) => `Sfide per ${title}`,
  mindCertificationsRequirement: (challenge, status) => `${challenge}: ${status}`,
  mindCertificationsPassed: (best) => `superata (${percent(best)})`,
  mindCertificationsBest: (best, minScore) => `miglior risultato ${percent(best)}, serve ${percent(minScore)}`,
  mindCertificationsNotTried: (minScore) => `non ancora tentata, serve ${percent(minScore)}`,
  mindCertificationsForbidden:
    'Le certificazioni degli altri venditori sono riservate ai coach e ai responsabili di canale.',
  mindCertificationsError: 'Non è stato possibile caricare le certificazioni.',
  mindCertificationsManagerTitle: 'Venditori certificati per partner e livello',
  mindCertificationsManagerForbidden:
    'L’elenco dei venditori certificati è riservato ai coach e ai responsabili di canale.',
  mindCertificationsPartnersCaption: 'Venditori certificati per partner',
  mindCertificationsTier: 'Livello',
  mindCertificationsPartner: 'Partner',
  mindCertificationsCertified: 'Venditori certificati',
  mindCertificationsExpiringSoon: 'In scadenza',
  mindCertificationsSellersCaption: (count) =>
    `${number(count)} ${plural(count, 'certificazione ottenuta', 'certificazioni ottenute')}, prima quelle più vicine alla scadenza`,
  mindCertificationsOnlyExpiring: 'Solo quelle in scadenza',
  mindCertificationsSeller: 'Venditore',
  mindCertificationsCertification: 'Certificazione',
  mindCertificationsStatus: 'Stato',
  mindCertificationsExpires: 'Scadenza',
  mindCertificationsStatusHeld: 'Valida',
  mindCertificationsStatusExpiring: 'In scadenza',
  mindCertificationsStatusGrace: 'In periodo di tolleranza',
  mindCertificationsStatusExpired: 'Scaduta',
  mindCertificationsNoneAwarded: 'Non è ancora stata ottenuta nessuna certificazione.',
  mindCertificationsExport: 'Scarica i venditori certificati (CSV)',
  mindCertificationsSellerId: 'ID venditore',
  mindCertificationsPartnerId: 'ID partner',
  mindCertificationsAwarded: 'Ottenuta il',
};

export default certificationsIt;
