import type { nuggetFeedEn } from './en.js';
import { arabicVotes } from '../../shared/i18n/ar-words.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, pluralForms } = termFormats('ar');

const kinds: Record<string, string> = {
  info: 'معلومة',
  video: 'فيديو',
  poll: 'استطلاع',
  'open-question': 'سؤال مفتوح',
  'mini-quiz': 'اختبار قصير',
};

const votes = arabicVotes;

/** Arabic UI strings of <mind-nugget-feed>: the same keys and arguments as the English. */
const nuggetFeedAr: typeof nuggetFeedEn = {
  mindNuggetFeedTitle: 'موجزك',
  mindNuggetFeedUnread: (count) =>
    pluralForms(count, {
      zero: 'لا عناصر غير مقروءة',
      one: 'عنصر واحد غير مقروء',
      two: 'عنصران غير مقروءين',
      few: `${number(count)} عناصر غير مقروءة`,
      many: `${number(count)} عنصرًا غير مقروء`,
      other: `${number(count)} عنصر غير مقروء`,
    }),
  mindNuggetFeedKind: (kind) => kinds[kind] ?? kind,
  mindNuggetFeedNew: 'جديد',
  mindNuggetFeedReleased: (date) => `نُشر في ${date}`,
  mindNuggetFeedCaughtUp: 'لقد اطّلعت على كل شيء.',
  mindNuggetFeedNextRelease: (date) => `يصل العنصر التالي في ${date}.`,
  mindNuggetFeedNoMore: 'لا توجد عناصر أخرى مجدولة حاليًا.',
  mindNuggetFeedEmptyTitle: 'لا شيء هنا بعد',
  mindNuggetFeedEmpty: 'ستظهر هنا أخبار المورّد ومقاطع الفيديو والاستطلاعات والاختبارات القصيرة.',
  mindNuggetFeedError: 'تعذّر تحميل موجزك.',
  mindNuggetFeedPending: (count) =>
    pluralForms(count, {
      one: 'إجابة واحدة محفوظة على هذا الجهاز وسيتم إرسالها عند عودة الاتصال.',
      two: 'إجابتان محفوظتان على هذا الجهاز وسيتم إرسالهما عند عودة الاتصال.',
      few: `${number(count)} إجابات محفوظة على هذا الجهاز وسيتم إرسالها عند عودة الاتصال.`,
      other: `${number(count)} إجابة محفوظة على هذا الجهاز وسيتم إرسالها عند عودة الاتصال.`,
    }),
  mindNuggetFeedDueTitle: 'للمراجعة مجددًا',
  mindNuggetFeedDueHint: 'تعود إليك الأسئلة التي أجبت عنها من قبل في الوقت المناسب لترسخ في ذهنك.',
  mindNuggetFeedRemindersTitle: 'شهادات يجب تجديدها',
  mindNuggetFeedReminderExpiring: (title, date) => `تنتهي صلاحية شهادتك «${title}» في ${date}.`,
  mindNuggetFeedReminderGrace: (title, date) =>
    `انتهت صلاحية شهادتك «${title}» في ${date}؛ ولا تزال تُحتسب لفترة قصيرة.`,
  mindNuggetFeedReminderRenew: (challenges, minScore) =>
    `لتجديدها، اجتز ${challenges} بنتيجة لا تقل عن ${new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 1 }).format(minScore / 100)}.`,
  mindNuggetFeedVideo: (duration) => `فيديو، ${duration}، مع ترجمة مكتوبة.`,
  mindNuggetFeedVoters: (count) => `المجموع: ${votes(count)}`,
  mindNuggetFeedVotes: (count, percent) => `${votes(count)} (${percent})`,
  mindNuggetFeedMyVote: 'صوتك',
  mindNuggetFeedChooseUpTo: (max) =>
    pluralForms(max, {
      one: 'اختر إجابة واحدة على الأكثر.',
      two: 'اختر إجابتين على الأكثر.',
      few: `اختر حتى ${number(max)} إجابات.`,
      other: `اختر حتى ${number(max)} إجابة.`,
    }),
  mindNuggetFeedVote: 'تصويت',
  mindNuggetFeedVotePending: 'تم حفظ صوتك. ستظهر النتائج عند عودة الاتصال.',
  mindNuggetFeedFailed: 'تعذّر الإرسال. أعد المحاولة.',
  mindNuggetFeedYourAnswer: 'إجابتك',
  mindNuggetFeedCounter: (length, max) => `${number(length)} من ${number(max)} حرف`,
  mindNuggetFeedCharactersLeft: (left) =>
    pluralForms(left, {
      zero: 'لم يتبقَّ أي حرف',
      one: 'تبقّى حرف واحد',
      two: 'تبقّى حرفان',
      few: `تبقّت ${number(left)} أحرف`,
      many: `تبقّى ${number(left)} حرفًا`,
      other: `تبقّى ${number(left)} حرف`,
    }),
  mindNuggetFeedSend: 'إرسال',
  mindNuggetFeedResponded: 'شكرًا لك: تم إرسال إجابتك.',
  mindNuggetFeedRespondPending: 'تم حفظ الإجابة. سيتم إرسالها عند عودة الاتصال.',
  mindNuggetFeedAnswerPending: 'تم حفظ الإجابة. سيتم التحقق منها عند عودة الاتصال.',
  mindNuggetFeedQuizDone: 'لقد أجبت عن هذا الاختبار.',
};

export default nuggetFeedAr;
