import type { SharedTerms } from './en.js';
import { termFormats } from '../term-formats.js';

const { number, pluralForms } = termFormats('ar');

/**
 * "N points" in Arabic: the points a seller holds, earned or scored on a rubric level are one word
 * everywhere. `formatted` is the count as shown when the caller already formatted it. It lives
 * here, not in `ar-words.ts`: every page shown in Arabic loads this catalogue, so the elements'
 * catalogues that say it cost no extra file.
 */
export const arabicPoints = (points: number, formatted = number(points)): string =>
  pluralForms(points, {
    zero: `${formatted} نقطة`,
    one: 'نقطة واحدة',
    two: 'نقطتان',
    few: `${formatted} نقاط`,
    other: `${formatted} نقطة`,
  });

/** Arabic UI strings shared by every element: loaded on use, never in the entry. */
const sharedAr: SharedTerms = {
  mindLoading: 'جارٍ التحميل…',
  mindRetry: 'إعادة المحاولة',
  mindErrorTitle: 'حدث خطأ ما',
  mindErrorStorageFullTitle: 'لا توجد مساحة كافية على هذا الجهاز',
  mindErrorStorageFull:
    'لم تعد لدى متصفحك مساحة لحفظ بيانات Mindshare. أفرِغ بعض المساحة (احذف ملفات أو تنزيلات لم تعد بحاجة إليها، أو امسح بيانات مواقع أخرى)، ثم أعد المحاولة. لن تفقد شيئًا مما حفظته من قبل.',
  mindErrorStaleTitle: 'هذه الصفحة لم تعد محدَّثة',
  mindErrorStale: 'تم تحديث Mindshare في علامة تبويب أخرى. أعد تحميل هذه الصفحة للمتابعة.',
  mindReload: 'إعادة تحميل الصفحة',
  mindErrorNetworkTitle: 'تعذّر الوصول إلى Mindshare',
  mindErrorNetwork: 'تحقّق من اتصالك، ثم أعد المحاولة. إجاباتك السابقة محفوظة.',
  mindErrorNetworkRetrying: 'تحقّق من اتصالك. جارٍ إعادة المحاولة…',
  mindErrorUnavailableTitle: 'Mindshare لا يستجيب',
  mindErrorUnavailable: 'أعد المحاولة بعد لحظات.',
  mindErrorUnknownChallengeTitle: 'التحدي غير موجود',
  mindErrorUnknownChallenge: (id: string) => `لا يتضمن هذا المحتوى تحديًا بالمعرّف «${id}».`,
  mindPoints: arabicPoints,
  mindQuizSubmit: 'إرسال',
  mindQuizTrue: 'صحيح',
  mindQuizFalse: 'خطأ',
  mindQuizChooseOne: 'اختر إجابة واحدة.',
  mindQuizChooseSeveral: 'اختر كل الإجابات الصحيحة.',
  mindQuizChoiceRight: 'إجابة صحيحة',
  mindQuizChoiceWrong: 'اختيارك: خاطئ',
  mindQuizOrderHint: 'رتّب العناصر بحيث يكون الأول في الأعلى. يحرّك مفتاح Alt مع الأسهم العنصرَ المحدد.',
  mindQuizMoveUp: (item) => `نقل «${item}» إلى الأعلى`,
  mindQuizMoveDown: (item) => `نقل «${item}» إلى الأسفل`,
  mindQuizMoved: (item, position, count) => `نُقل «${item}» إلى الموضع ${number(position)} من ${number(count)}`,
  mindQuizNumberLabel: 'إجابتك',
  mindQuizNumberInvalid: 'أدخل رقمًا.',
  mindQuizConfidence: 'ما مدى ثقتك بإجابتك؟',
  mindQuizSure: 'متأكد',
  mindQuizNotSure: 'غير متأكد',
  mindQuizCorrect: 'إجابة صحيحة',
  mindQuizIncorrect: 'إجابة خاطئة',
  mindQuizPartlyCorrect: 'إجابة صحيحة جزئيًا',
  mindQuizResources: 'لمعرفة المزيد',
};

export default sharedAr;
