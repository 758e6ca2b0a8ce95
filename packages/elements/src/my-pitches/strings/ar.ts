import type { myPitchesEn } from './en.js';
import { arabicPoints } from '../../shared/i18n/strings/ar.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number } = termFormats('ar');

/** Arabic UI strings of <mind-my-pitches>: the same keys and arguments as the English. */
const myPitchesAr: typeof myPitchesEn = {
  mindMyPitchesTitle: 'عروضي التقديمية',
  mindMyPitchesMeta: (take, date, length) => `التسجيل ${number(take)} · أُرسل في ${date} · المدة ${length}`,
  mindMyPitchesStateSent: 'مُرسَل: بانتظار مدرّب',
  mindMyPitchesStateInReview: (coach) => `قيد التقييم لدى ${coach}`,
  mindMyPitchesStateReviewed: 'تم التقييم',
  mindMyPitchesStatePublished: 'منشور كممارسة مثلى',
  mindMyPitchesScore: (total, max) => `النتيجة: ${number(total)} / ${number(max)}`,
  mindMyPitchesShow: 'شاهد واقرأ التقييم',
  mindMyPitchesShowSent: 'شاهد عرضي',
  mindMyPitchesVideoLabel: (prompt) => `عرضك: ${prompt}`,
  mindMyPitchesMediaFailed: 'تعذّر تحميل الفيديو.',
  mindMyPitchesWaiting: 'لم يقيّم أي مدرّب هذا العرض بعد. ستظهر الدرجات والتعليقات هنا.',
  mindMyPitchesReviewing: (coach) => `يقيّم ${coach} هذا العرض الآن.`,
  mindMyPitchesReviewTitle: 'تقييم مدرّبك',
  mindMyPitchesReviewedOn: (date) => `تم التقييم في ${date}.`,
  mindMyPitchesTotal: 'المجموع المرجّح',
  mindMyPitchesOutOf: (total, max) => `${number(total)} / ${number(max)}`,
  mindMyPitchesLevel: arabicPoints,
  mindMyPitchesWeight: (weight, share) =>
    `الوزن ${number(weight)} (${new Intl.NumberFormat('ar', { style: 'percent' }).format(share)})`,
  mindMyPitchesFeedback: 'الملاحظات العامة',
  mindMyPitchesNoFeedback: 'لا توجد ملاحظات عامة.',
  mindMyPitchesComments: 'تعليقات مرتبطة بالتوقيت',
  mindMyPitchesNoComments: 'لا توجد تعليقات مرتبطة بالتوقيت.',
  mindMyPitchesSeek: 'انتقل إلى',
  mindMyPitchesConsent: 'اعرضه في معرض الممارسات المثلى',
  mindMyPitchesConsentHint: 'يمكن للمدربين حينها نشر هذا العرض ليتعلّم منه بائعون آخرون. ألغِ التحديد لسحبه فورًا.',
  mindMyPitchesPublishedOn: (date) => `نُشر في ${date}.`,
  mindMyPitchesPublishedHint: 'يمكن لبائعين آخرين مشاهدته في معرض الممارسات المثلى. ألغِ التحديد لسحبه فورًا.',
  mindMyPitchesConsentSaving: 'جارٍ حفظ اختيارك…',
  mindMyPitchesConsentFailed: 'تعذّر حفظ اختيارك. أعد المحاولة.',
  mindMyPitchesEmptyTitle: 'لم تُرسل أي عرض بعد',
  mindMyPitchesEmpty: 'عندما ترسل عرضًا، سيظهر هنا مع ملاحظات مدرّبك عليه.',
  mindMyPitchesError: 'تعذّر تحميل عروضك.',
};

export default myPitchesAr;
