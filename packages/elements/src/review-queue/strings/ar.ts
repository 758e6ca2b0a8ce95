import type { reviewQueueEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, pluralForms } = termFormats('ar');

/** Arabic UI strings of <mind-review-queue>: the same keys and arguments as the English. */
const reviewQueueAr: typeof reviewQueueEn = {
  mindReviewQueueTitle: 'عروض بانتظار التقييم',
  mindReviewQueueCount: (shown, total) =>
    shown === total
      ? pluralForms(total, {
          zero: 'لا عروض بانتظار التقييم',
          one: 'عرض واحد بانتظار التقييم',
          two: 'عرضان بانتظار التقييم، الأقدم أولًا',
          few: `${number(total)} عروض بانتظار التقييم، الأقدم أولًا`,
          many: `${number(total)} عرضًا بانتظار التقييم، الأقدم أولًا`,
          other: `${number(total)} عرض بانتظار التقييم، الأقدم أولًا`,
        })
      : `عرض ${number(shown)} من ${number(total)} من العروض المنتظرة، الأقدم أولًا`,
  mindReviewQueueFilters: 'تصفية قائمة الانتظار',
  mindReviewQueuePrompt: 'التمرين',
  mindReviewQueuePartner: 'الشريك',
  mindReviewQueueAll: 'الكل',
  mindReviewQueueSeller: 'البائع',
  mindReviewQueueWaitingColumn: 'مدة الانتظار',
  mindReviewQueueClaimColumn: 'المدرّب',
  mindReviewQueueActionColumn: 'التقييم',
  mindReviewQueueWaiting: (duration) => `ينتظر منذ ${duration}`,
  mindReviewQueueJustNow: 'وصل للتو',
  mindReviewQueueNobody: 'لا أحد بعد',
  mindReviewQueueYou: 'أنت تقيّمه',
  mindReviewQueueHeldBy: (coach) => `يقيّمه ${coach}`,
  mindReviewQueueOpen: 'فتح',
  mindReviewQueueOpenLabel: (seller, prompt) => `فتح عرض ${seller}: ${prompt}`,
  mindReviewQueueEmptyTitle: 'لا يوجد عرض بانتظار التقييم',
  mindReviewQueueEmpty: 'عندما يرسل بائع عرضًا، سيظهر هنا.',
  mindReviewQueueNoMatch: 'لا يوجد عرض منتظر يطابق عوامل التصفية هذه.',
  mindReviewQueueForbidden: 'قائمة انتظار التقييم مخصصة للمدربين والمديرين.',
  mindReviewQueueError: 'تعذّر تحميل قائمة انتظار التقييم.',
  mindReviewQueueClaiming: 'جارٍ فتح العرض…',
  mindReviewQueueBack: 'العودة إلى قائمة الانتظار',
  mindReviewQueueHeldTitle: (coach) => `يقيّم ${coach} هذا العرض`,
  mindReviewQueueHeld: (coach) =>
    `فتح ${coach} هذا العرض أولًا. لا تتولَّ التقييم بدلًا منه إلا إذا اتفقت معه على ذلك، أو اختر عرضًا آخر.`,
  mindReviewQueueTakeOver: (coach) => `تولِّ التقييم بدلًا من ${coach}`,
  mindReviewQueueGoneTitle: 'لم يعد هذا العرض بانتظار التقييم',
  mindReviewQueueGone: 'قُيّم أو سُحب في هذه الأثناء. اختر عرضًا آخر.',
  mindReviewQueueClaimFailed: 'تعذّر فتح العرض.',
  mindReviewQueueLost: (coach) => `تولّى ${coach} هذا العرض. إذا أرسلت تقييمك فسيُرفض: اتفق مع ${coach} أولًا.`,
  mindReviewQueueOpened: (seller) => `تقيّم الآن عرض ${seller}. يرى المدربون الآخرون أنك تعمل عليه.`,
};

export default reviewQueueAr;
