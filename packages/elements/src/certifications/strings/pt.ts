import type { certificationsEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('pt');
// The score is out of 100; the language's own percent format places the sign (80 %, 80%).
const percent = (value: number) =>
  new Intl.NumberFormat('pt', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

/** Textos de interface em português de <mind-certifications>: mesmas chaves e argumentos do inglês. */
const certificationsPt: typeof certificationsEn = {
  mindCertificationsTitle: 'Suas certificações',
  mindCertificationsSellerTitle: (name) => `Certificações de ${name}`,
  mindCertificationsEmpty: 'Este programa ainda não tem certificações.',
  mindCertificationsHeld: (until) => `Certificado até ${until}`,
  mindCertificationsExpiring: (until) => `Vence em ${until}: renove agora`,
  mindCertificationsGrace: (expired, graceEnd) => `Venceu em ${expired}; ainda conta até ${graceEnd}: renove-a`,
  mindCertificationsExpired: (expired) => `Venceu em ${expired}`,
  mindCertificationsNotEarned: 'Ainda não obtida',
  mindCertificationsLeft: (remaining, required, total, minScore) =>
    total === 1
      ? `Conclua o desafio abaixo com pelo menos ${percent(minScore)} de acerto.`
      : required === total
        ? `Conclua mais ${number(remaining)} destes ${number(total)} desafios com pelo menos ${percent(minScore)} de acerto em cada um.`
        : `Conclua mais ${number(remaining)} destes desafios (quaisquer ${number(required)} dos ${number(total)}) com pelo menos ${percent(minScore)} de acerto em cada um.`,
  mindCertificationsRenew: (minScore) =>
    `Conclua de novo um destes desafios com pelo menos ${percent(minScore)} de acerto para renová-la.`,
  mindCertificationsChallengesLabel: (title) => `Desafios para ${title}`,
  mindCertificationsRequirement: (challenge, status) => `${challenge}: ${status}`,
  mindCertificationsPassed: (best) => `aprovado (${percent(best)})`,
  mindCertificationsBest: (best, minScore) => `melhor resultado ${percent(best)}, precisa de ${percent(minScore)}`,
  mindCertificationsNotTried: (minScore) => `ainda não feito, precisa de ${percent(minScore)}`,
  mindCertificationsForbidden: 'As certificações de outros vendedores são reservadas a coaches e gerentes de canal.',
  mindCertificationsError: 'Não foi possível carregar as certificações.',
  mindCertificationsManagerTitle: 'Vendedores certificados por parceiro e nível',
  mindCertificationsManagerForbidden: 'A lista de vendedores certificados é reservada a coaches e gerentes de canal.',
  mindCertificationsPartnersCaption: 'Vendedores certificados por parceiro',
  mindCertificationsTier: 'Nível',
  mindCertificationsPartner: 'Parceiro',
  mindCertificationsCertified: 'Vendedores certificados',
  mindCertificationsExpiringSoon: 'Vencem em breve',
  mindCertificationsSellersCaption: (count) =>
    `${number(count)} ${plural(count, 'certificação obtida', 'certificações obtidas')}, as mais próximas do vencimento primeiro`,
  mindCertificationsOnlyExpiring: 'Somente as que vencem em breve',
  mindCertificationsSeller: 'Vendedor',
  mindCertificationsCertification: 'Certificação',
  mindCertificationsStatus: 'Situação',
  mindCertificationsExpires: 'Vencimento',
  mindCertificationsStatusHeld: 'Válida',
  mindCertificationsStatusExpiring: 'Vence em breve',
  mindCertificationsStatusGrace: 'Em período de carência',
  mindCertificationsStatusExpired: 'Vencida',
  mindCertificationsNoneAwarded: 'Nenhuma certificação foi obtida ainda.',
  mindCertificationsExport: 'Baixar os vendedores certificados (CSV)',
  mindCertificationsSellerId: 'ID do vendedor',
  mindCertificationsPartnerId: 'ID do parceiro',
  mindCertificationsAwarded: 'Obtida em',
};

export default certificationsPt;
