import type { pitchGalleryEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, pluralForms } = termFormats('ar');

/** Arabic UI strings of <mind-pitch-gallery>: the same keys and arguments as the English. */
const pitchGalleryAr: typeof pitchGalleryEn = {
  mindPitchGalleryTitle: (prompt) => `الممارسات المثلى: ${prompt}`,
  mindPitchGalleryCount: (count) =>
    pluralForms(count, {
      zero: 'لم يختر المدربون أي عرض',
      one: 'عرض واحد اختاره المدربون',
      two: 'عرضان اختارهما المدربون',
      few: `${number(count)} عروض اختارها المدربون`,
      many: `${number(count)} عرضًا اختارها المدربون`,
      other: `${number(count)} عرض اختارها المدربون`,
    }),
  mindPitchGalleryVideoLabel: (seller) => `عرض ${seller}`,
  mindPitchGalleryMediaFailed: 'تعذّر تحميل هذا الفيديو.',
  mindPitchGalleryHighlights: 'أبرز ملاحظات المدرّب',
  mindPitchGalleryScore: (total, max) => `نتيجة المدرّب: ${number(total)} / ${number(max)}`,
  mindPitchGalleryComments: (seller) => `تعليقات المدرّب على عرض ${seller}`,
  mindPitchGallerySeek: 'انتقل إلى',
  mindPitchGalleryEmptyTitle: 'لا توجد ممارسات مثلى بعد',
  mindPitchGalleryEmpty: 'عندما ينشر مدرّب عرضًا لهذا التمرين، بموافقة البائع، سيظهر هنا.',
  mindPitchGalleryNotFound: 'تمرين العرض هذا غير موجود.',
  mindPitchGalleryError: 'تعذّر تحميل الممارسات المثلى.',
};

export default pitchGalleryAr;
