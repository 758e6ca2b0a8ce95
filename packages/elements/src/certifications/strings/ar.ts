import type { certificationsEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, pluralForms } = termFormats('ar');
// The score is out of 100; the language's own percent format places the sign (80 %, 80%).
const percent = (value: number) =>
  new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

/** Arabic UI strings of <mind-certifications>: the same keys and arguments as the English. */
const certificationsAr: typeof certificationsEn = {
  mindCertificationsTitle: 'شهاداتك',
  mindCertificationsSellerTitle: (name) => `شهادات ${name}`,
  mindCertificationsEmpty: 'لا يتضمن هذا البرنامج أي شهادة بعد.',
  mindCertificationsHeld: (until) => `معتمد حتى ${until}`,
  mindCertificationsExpiring: (until) => `تنتهي صلاحيتها في ${until}: جدّدها الآن`,
  mindCertificationsGrace: (expired, graceEnd) => `انتهت صلاحيتها في ${expired}؛ ولا تزال تُحتسب حتى ${graceEnd}: جدّدها`,
  mindCertificationsExpired: (expired) => `انتهت صلاحيتها في ${expired}`,
  mindCertificationsNotEarned: 'لم تحصل عليها بعد',
  mindCertificationsLeft: (remaining, required, total, minScore) =>
    total === 1
      ? `اجتز التحدي أدناه بنتيجة لا تقل عن ${percent(minScore)}.`
      : required === total
        ? `تبقّى عليك اجتياز ${number(remaining)} من هذه التحديات الـ${number(total)}، بنتيجة لا تقل عن ${percent(minScore)} في كل منها.`
        : `تبقّى عليك اجتياز ${number(remaining)} من هذه التحديات (أيّ ${number(required)} من ${number(total)})، بنتيجة لا تقل عن ${percent(minScore)} في كل منها.`,
  mindCertificationsRenew: (minScore) => `اجتز أحد هذه التحديات مجددًا بنتيجة لا تقل عن ${percent(minScore)} لتجديدها.`,
  mindCertificationsChallengesLabel: (title) => `تحديات ${title}`,
  mindCertificationsRequirement: (challenge, status) => `${challenge}: ${status}`,
  mindCertificationsPassed: (best) => `تم الاجتياز (${percent(best)})`,
  mindCertificationsBest: (best, minScore) => `أفضل نتيجة ${percent(best)}، المطلوب ${percent(minScore)}`,
  mindCertificationsNotTried: (minScore) => `لم يُجرَ بعد، المطلوب ${percent(minScore)}`,
  mindCertificationsForbidden: 'شهادات البائعين الآخرين مخصصة للمدربين ومديري القنوات.',
  mindCertificationsError: 'تعذّر تحميل الشهادات.',
  mindCertificationsManagerTitle: 'البائعون المعتمدون حسب الشريك والمستوى',
  mindCertificationsManagerForbidden: 'قائمة البائعين المعتمدين مخصصة للمدربين ومديري القنوات.',
  mindCertificationsPartnersCaption: 'البائعون المعتمدون حسب الشريك',
  mindCertificationsTier: 'المستوى',
  mindCertificationsPartner: 'الشريك',
  mindCertificationsCertified: 'البائعون المعتمدون',
  mindCertificationsExpiringSoon: 'تنتهي قريبًا',
  mindCertificationsSellersCaption: (count) =>
    `${pluralForms(count, {
      zero: 'لم تُمنح أي شهادة',
      one: 'شهادة واحدة ممنوحة',
      two: 'شهادتان ممنوحتان',
      few: `${number(count)} شهادات ممنوحة`,
      many: `${number(count)} شهادةً ممنوحة`,
      other: `${number(count)} شهادة ممنوحة`,
    })}، الأقرب انتهاءً أولًا`,
  mindCertificationsOnlyExpiring: 'التي تنتهي قريبًا فقط',
  mindCertificationsSeller: 'البائع',
  mindCertificationsCertification: 'الشهادة',
  mindCertificationsStatus: 'الحالة',
  mindCertificationsExpires: 'تاريخ الانتهاء',
  mindCertificationsStatusHeld: 'سارية',
  mindCertificationsStatusExpiring: 'تنتهي قريبًا',
  mindCertificationsStatusGrace: 'في فترة السماح',
  mindCertificationsStatusExpired: 'منتهية',
  mindCertificationsNoneAwarded: 'لم تُمنح أي شهادة بعد.',
  mindCertificationsExport: 'تنزيل البائعين المعتمدين (CSV)',
  mindCertificationsSellerId: 'معرّف البائع',
  mindCertificationsPartnerId: 'معرّف الشريك',
  mindCertificationsAwarded: 'تاريخ المنح',
};

export default certificationsAr;
