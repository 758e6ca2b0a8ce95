import type { certificationsEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('es');
// The score is out of 100; the language's own percent format places the sign (80 %, 80%).
const percent = (value: number) =>
  new Intl.NumberFormat('es', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

/** Textos de interfaz en español de <mind-certifications>: mismas claves y mismos argumentos que en inglés. */
const certificationsEs: typeof certificationsEn = {
  mindCertificationsTitle: 'Sus certificaciones',
  mindCertificationsSellerTitle: (name) => `Certificaciones de ${name}`,
  mindCertificationsEmpty: 'Este programa todavía no tiene certificaciones.',
  mindCertificationsHeld: (until) => `Certificado hasta el ${until}`,
  mindCertificationsExpiring: (until) => `Vence el ${until}: renuévela ahora`,
  mindCertificationsGrace: (expired, graceEnd) =>
    `Venció el ${expired}; todavía cuenta hasta el ${graceEnd}: renuévela`,
  mindCertificationsExpired: (expired) => `Venció el ${expired}`,
  mindCertificationsNotEarned: 'Todavía no obtenida',
  mindCertificationsLeft: (remaining, required, total, minScore) =>
    total === 1
      ? `Supere el reto siguiente con al menos un ${percent(minScore)}.`
      : required === total
        ? `Supere ${number(remaining)} más de estos ${number(total)} retos con al menos un ${percent(minScore)} en cada uno.`
        : `Supere ${number(remaining)} más de estos retos (${number(required)} cualesquiera de los ${number(total)}) con al menos un ${percent(minScore)} en cada uno.`,
  mindCertificationsRenew: (minScore) =>
    `Vuelva a superar uno de estos retos con al menos un ${percent(minScore)} para renovarla.`,
  mindCertificationsChallengesLabel: (title) => `Retos para ${title}`,
  mindCertificationsRequirement: (challenge, status) => `${challenge}: ${status}`,
  mindCertificationsPassed: (best) => `superado (${percent(best)})`,
  mindCertificationsBest: (best, minScore) => `mejor resultado ${percent(best)}, necesita ${percent(minScore)}`,
  mindCertificationsNotTried: (minScore) => `todavía no realizado, necesita ${percent(minScore)}`,
  mindCertificationsForbidden:
    'Las certificaciones de otros vendedores están reservadas a coaches y responsables de canal.',
  mindCertificationsError: 'No se han podido cargar las certificaciones.',
  mindCertificationsManagerTitle: 'Vendedores certificados por partner y nivel',
  mindCertificationsManagerForbidden:
    'La lista de vendedores certificados está reservada a coaches y responsables de canal.',
  mindCertificationsPartnersCaption: 'Vendedores certificados por partner',
  mindCertificationsTier: 'Nivel',
  mindCertificationsPartner: 'Partner',
  mindCertificationsCertified: 'Vendedores certificados',
  mindCertificationsExpiringSoon: 'Vencen pronto',
  mindCertificationsSellersCaption: (count) =>
    `${number(count)} ${plural(count, 'certificación obtenida', 'certificaciones obtenidas')}, primero las que vencen antes`,
  mindCertificationsOnlyExpiring: 'Solo las que vencen pronto',
  mindCertificationsSeller: 'Vendedor',
  mindCertificationsCertification: 'Certificación',
  mindCertificationsStatus: 'Estado',
  mindCertificationsExpires: 'Vencimiento',
  mindCertificationsStatusHeld: 'Vigente',
  mindCertificationsStatusExpiring: 'Vence pronto',
  mindCertificationsStatusGrace: 'En periodo de gracia',
  mindCertificationsStatusExpired: 'Vencida',
  mindCertificationsNoneAwarded: 'Todavía no se ha obtenido ninguna certificación.',
  mindCertificationsExport: 'Descargar los vendedores certificados (CSV)',
  mindCertificationsSellerId: 'Identificador del vendedor',
  mindCertificationsPartnerId: 'Identificador del partner',
  mindCertificationsAwarded: 'Obtenida el',
};

export default certificationsEs;
