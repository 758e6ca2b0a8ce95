import type { pitchReviewEn } from './en.js';
import { arabicPoints } from '../../shared/i18n/strings/ar.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, pluralForms } = termFormats('ar');

/** Arabic UI strings of <mind-pitch-review>: the same keys and arguments as the English. */
const pitchReviewAr: typeof pitchReviewEn = {
  mindPitchReviewTitle: (prompt) => `التقييم: ${prompt}`,
  mindPitchReviewBy: (seller, take, duration) => `${seller} · التسجيل ${number(take)} · ${duration}`,
  mindPitchReviewVideoLabel: (seller) => `عرض ${seller}`,
  mindPitchReviewMediaFailed: 'تعذّر تحميل الفيديو. لا يزال بإمكانك تقييم العرض.',
  mindPitchReviewComments: 'تعليقات مرتبطة بالتوقيت',
  mindPitchReviewNoComments: 'لا توجد تعليقات بعد. أوقف الفيديو مؤقتًا حيث تريد التعليق.',
  mindPitchReviewCommentLabel: 'تعليق عند الموضع الحالي في الفيديو',
  mindPitchReviewAddComment: 'إضافة تعليق',
  mindPitchReviewRemoveComment: (time) => `حذف التعليق عند ${time}`,
  mindPitchReviewCommentAdded: (time) => `تمت إضافة تعليق عند ${time}.`,
  mindPitchReviewSeek: 'انتقل إلى',
  mindPitchReviewRubric: 'معايير التقييم',
  mindPitchReviewWeight: (weight, share) =>
    `الوزن ${number(weight)} · ${new Intl.NumberFormat('ar', { style: 'percent' }).format(share)} من المجموع`,
  mindPitchReviewLevel: arabicPoints,
  mindPitchReviewFeedback: 'الملاحظات العامة',
  mindPitchReviewFeedbackHint: 'ما يجب أن يواصل البائع فعله، وأول أمر ينبغي تغييره.',
  mindPitchReviewTotal: 'المجموع المرجّح',
  mindPitchReviewOutOf: (total, max) => `${number(total)} / ${number(max)}`,
  mindPitchReviewUnscored: (count) =>
    pluralForms(count, {
      zero: 'قُيّمت كل المعايير',
      one: 'معيار واحد لم يُقيَّم بعد',
      two: 'معياران لم يُقيَّما بعد',
      few: `${number(count)} معايير لم تُقيَّم بعد`,
      many: `${number(count)} معيارًا لم تُقيَّم بعد`,
      other: `${number(count)} معيار لم تُقيَّم بعد`,
    }),
  mindPitchReviewSubmit: 'إرسال التقييم',
  mindPitchReviewSubmitting: 'جارٍ حفظ تقييمك…',
  mindPitchReviewIncomplete: 'قيّم كل المعايير قبل إرسال التقييم.',
  mindPitchReviewSubmitFailed: 'تعذّر حفظ تقييمك. درجاتك وتعليقاتك محفوظة: أعد المحاولة.',
  mindPitchReviewConflict: 'قُيّم هذا العرض في هذه الأثناء؛ إليك ذلك التقييم.',
  mindPitchReviewHeld: (coach) => `يقيّم ${coach} هذا العرض، لذا لم يُحفظ تقييمك. درجاتك وتعليقاتك محفوظة.`,
  mindPitchReviewClaimedBy: (coach) => `يقيّم ${coach} هذا العرض.`,
  mindPitchReviewReviewedTitle: 'التقييم',
  mindPitchReviewReviewedOn: (date) => `تم التقييم في ${date}.`,
  mindPitchReviewNoFeedback: 'لا توجد ملاحظات عامة.',
  mindPitchReviewPublish: 'نشر كممارسة مثلى',
  mindPitchReviewPublishing: 'جارٍ النشر…',
  mindPitchReviewPublished: (date) => `نُشر كممارسة مثلى في ${date}.`,
  mindPitchReviewNeedsConsent: (seller) =>
    `لم يوافق ${seller} على مشاركة هذا العرض مع بائعين آخرين. يمكنك نشره بعد الحصول على موافقته.`,
  mindPitchReviewCanPublish: (seller) => `وافق ${seller} على مشاركة هذا العرض مع بائعين آخرين.`,
  mindPitchReviewPublishFailed: 'تعذّر نشر العرض. أعد المحاولة.',
  mindPitchReviewConsentWithdrawn: 'سحب البائع موافقته، لذا لا يمكن نشر العرض.',
  mindPitchReviewForbiddenTitle: 'هذه الصفحة مخصصة للمدربين',
  mindPitchReviewForbidden: 'يكتب المدربون تقييمات العروض. تظهر ملاحظات مدرّبك على عروضك مع تسجيلاتك.',
  mindPitchReviewNotFoundTitle: 'العرض غير موجود',
  mindPitchReviewNotFound: (id) => `لا يوجد عرض بالمعرّف «${id}». تحقّق من الرابط الذي أوصلك إلى هنا.`,
  mindPitchReviewNoneTitle: 'لم يتم اختيار أي عرض',
  mindPitchReviewNone: 'اختر عرضًا لتقييمه: يعرض هذا القسم عرضًا واحدًا في كل مرة.',
  mindPitchReviewNotSubmittedTitle: 'لم يُرسل بعد',
  mindPitchReviewNotSubmitted: 'لا يزال البائع يسجّل هذا العرض. يمكن تقييمه بعد أن يرسله.',
  mindPitchReviewError: 'تعذّر تحميل العرض.',
};

export default pitchReviewAr;
