import type { quizEn } from './en.js';
import { arabicPoints } from '../../shared/i18n/strings/ar.js';
import { arabicPlaces } from '../../shared/i18n/ar-words.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, pluralForms } = termFormats('ar');

/** Questions, in Arabic's six plural forms (zero, one, two, 3–10, 11–99, 100 and up). */
const questions = (count: number) =>
  pluralForms(count, {
    zero: 'لا أسئلة',
    one: 'سؤال واحد',
    two: 'سؤالان',
    few: `${number(count)} أسئلة`,
    many: `${number(count)} سؤالًا`,
    other: `${number(count)} سؤال`,
  });
const attempts = (count: number) =>
  pluralForms(count, {
    zero: 'لا محاولات',
    one: 'محاولة واحدة',
    two: 'محاولتان',
    few: `${number(count)} محاولات`,
    other: `${number(count)} محاولة`,
  });

/** Arabic UI strings of the quiz element: the same keys and arguments as the English. */
const quizAr: typeof quizEn = {
  mindQuizLabel: 'التحدي',
  mindQuizStart: 'ابدأ التحدي',
  mindQuizResume: 'استئناف محاولتي',
  mindQuizRules: 'القواعد',
  mindQuizQuestionCount: (count) => questions(count),
  mindQuizTimeLimit: (duration) => `المدة المحددة: ${duration}`,
  mindQuizNoTimeLimit: 'دون حد زمني',
  mindQuizAttemptsLeft: (left, max) => `المتبقي: ${attempts(left)} من ${number(max)}`,
  mindQuizAttemptsCount: (counts) => (counts === 'best' ? 'تُحتسب أفضل محاولاتك.' : 'تُحتسب محاولتك الأخيرة.'),
  mindQuizNoAttemptsLeft: 'لقد استنفدت جميع محاولاتك.',
  mindQuizRewards: 'المكافآت',
  mindQuizReward: (upToRank, label) =>
    upToRank === 1 ? `المركز الأول: ${label}` : `أفضل ${number(upToRank)}: ${label}`,
  mindQuizClosesAt: (date) => `متاح حتى ${date}`,
  mindQuizQuestionOf: (index, count) => `السؤال ${number(index)} من ${number(count)}`,
  mindQuizQuestionTimeLeft: (duration) => `الوقت المتبقي لهذا السؤال: ${duration}`,
  mindQuizQuestionTimeUp: 'انتهى وقت هذا السؤال: لن تحصل أي إجابة الآن على نقاط.',
  mindQuizQuestionTimeLimit: (duration) => `أجب خلال ${duration}؛ لا تحصل الإجابة المتأخرة على أي نقاط.`,
  mindQuizNext: 'السؤال التالي',
  mindQuizSeeResults: 'عرض نتائجي',
  mindQuizTimedOut: 'انتهى وقت هذا السؤال',
  mindQuizPointsEarned: (points, formatted) => arabicPoints(points, formatted),
  mindQuizSaved: 'تم حفظ الإجابة. سيتم احتسابها عند عودة الاتصال.',
  mindQuizTimer: 'الوقت المتبقي',
  mindQuizTimeLeft: (duration) => `الوقت المتبقي: ${duration}`,
  mindQuizResults: 'نتائجك',
  mindQuizScore: (score, max) => `النتيجة: ${score} من ${max}`,
  mindQuizCorrectCount: (correct, count) => `الإجابات الصحيحة: ${number(correct)} من ${number(count)}`,
  mindQuizRank: (rank) => `الترتيب: ${number(rank)}`,
  mindQuizRankUp: (count) => `تقدّمت ${arabicPlaces(count)} منذ المرة الماضية`,
  mindQuizRankDown: (count) => `تراجعت ${arabicPlaces(count)} منذ المرة الماضية`,
  mindQuizRankSame: 'ترتيبك لم يتغير منذ المرة الماضية',
  mindQuizRankNew: 'أصبحت الآن ضمن لوحة الصدارة',
  mindQuizNotCounted: 'لا تزال محاولة سابقة هي المحتسبة: نتيجتها أعلى.',
  mindQuizWeakTopics: 'مواضيع تحتاج إلى تعزيز',
  mindQuizTopicTally: (topic, correct, count) => `${topic}: ${number(correct)} صحيحة من ${number(count)}`,
  mindQuizRetry: 'حاول مرة أخرى',
  mindQuizUpcomingTitle: 'لم يُفتح بعد',
  mindQuizUpcoming: (date) => `يبدأ هذا التحدي في ${date}.`,
  mindQuizClosedTitle: 'انتهى التحدي',
  mindQuizClosed: (date) => `انتهى هذا التحدي في ${date}. شكرًا لاهتمامك.`,
  mindQuizNotTargetedTitle: 'غير متاح لك',
  mindQuizNotTargeted: 'هذا التحدي مخصص لبرامج شركاء أخرى. ستظهر تحدياتك هنا فور فتحها.',
  mindQuizDeadlineTitle: 'انتهى الوقت',
  mindQuizDeadline: 'انتهى الوقت المخصص لهذه المحاولة. الإجابات التي قدّمتها في الوقت المحدد لا تزال محتسبة.',
  mindQuizPendingTitle: 'محفوظ، بانتظار المزامنة',
  mindQuizPending: 'إجاباتك محفوظة على هذا الجهاز وسيتم إرسالها عند عودة الاتصال. ستظهر نتيجتك حينها.',
  mindQuizRefusedTitle: 'لم تُقبل المحاولة',
  mindQuizRefused: 'وصلت إجاباتك إلى الخادم بعد انتهاء التحدي، لذا تعذّر احتسابها. نعتذر عن ذلك.',
  mindQuizStaleAnswerKept: 'تم تحديث Mindshare في علامة تبويب أخرى. أعد تحميل هذه الصفحة: سيتم إرسال إجابتك حينها.',
  mindQuizExpired: 'انتهى الوقت.',
};

export default quizAr;
