import type { providerEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, pluralForms } = termFormats('ar');

/** Arabic UI strings of the provider element: the same keys and arguments as the English. */
const providerAr: typeof providerEn = {
  mindProviderLoading: 'جارٍ تحميل Mindshare…',
  mindProviderBlocked:
    'تم تحديث Mindshare، لكن علامة تبويب أخرى من هذه البوابة لا تزال تستخدم الإصدار السابق. أغلق علامات التبويب الأخرى لهذه البوابة، وستتابع هذه الصفحة تلقائيًا.',
  mindProviderFailed: 'تعذّر تشغيل Mindshare.',
  mindProviderInvalidPack: 'حزمة المحتوى غير صالحة',
  mindProviderInvalidDirectory: 'الدليل غير صالح',
  mindProviderProblems: (count: number) =>
    pluralForms(count, {
      zero: 'لم يُعثر على أي مشكلة:',
      one: 'عُثر على مشكلة واحدة:',
      two: 'عُثر على مشكلتين:',
      few: `عُثر على ${number(count)} مشكلات:`,
      other: `عُثر على ${number(count)} مشكلة:`,
    }),
  mindProviderNetwork: (url: string) => `تعذّر تنزيل ${url}. تحقّق من العنوان ومن اتصالك.`,
  mindProviderNotJson: 'الملف ليس بتنسيق JSON صالح.',
  mindProviderUnknownViewer: (viewer) =>
    `لا يوجد في الدليل أحد بالمعرّف «${viewer}»: تحقّق من السمة viewer، أو أضف هذا الشخص إلى الدليل.`,
};

export default providerAr;
