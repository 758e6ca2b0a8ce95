import type { responsesEn } from './en.js';
import { arabicAnswers, arabicVotes } from '../../shared/i18n/ar-words.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const percent = (share: number) =>
  new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 0 }).format(share);
const { number, pluralForms } = termFormats('ar');

const voters = (count: number) =>
  pluralForms(count, {
    zero: 'لا مصوّتين',
    one: 'مصوّت واحد',
    two: 'مصوّتان',
    few: `${number(count)} مصوّتين`,
    many: `${number(count)} مصوّتًا`,
    other: `${number(count)} مصوّت`,
  });
const votes = arabicVotes;

/** Arabic UI strings of <mind-responses>: the same keys and arguments as the English. */
const responsesAr: typeof responsesEn = {
  mindResponsesTitle: 'الإجابات عن الأسئلة المفتوحة',
  mindResponsesQuestion: 'السؤال',
  mindResponsesAllQuestions: 'كل الأسئلة',
  mindResponsesShowHandled: 'إظهار الإجابات المعالَجة',
  mindResponsesCount: arabicAnswers,
  mindResponsesDate: 'التاريخ',
  mindResponsesSeller: 'البائع',
  mindResponsesPartner: 'الشريك',
  mindResponsesTier: 'المستوى',
  mindResponsesPrompt: 'نص السؤال',
  mindResponsesAnswer: 'الإجابة',
  mindResponsesStatus: 'الحالة',
  mindResponsesHandled: 'معالَجة',
  mindResponsesHandledBy: 'عالجها',
  mindResponsesHandledAt: 'تاريخ المعالجة',
  mindResponsesYes: 'نعم',
  mindResponsesNo: 'لا',
  mindResponsesOpen: 'مفتوحة',
  mindResponsesHandledByName: (name, date) => `عالجها ${name}، ${date}`,
  mindResponsesMark: 'تحديد كمعالَجة',
  mindResponsesReopen: 'إعادة فتح',
  mindResponsesMarkLabel: (seller, question) => `تحديد كمعالَجة: ${seller}، ${question}`,
  mindResponsesReopenLabel: (seller, question) => `إعادة فتح: ${seller}، ${question}`,
  mindResponsesMarked: (seller) => `تم تحديد إجابة ${seller} كمعالَجة.`,
  mindResponsesReopened: (seller) => `أصبحت إجابة ${seller} مفتوحة من جديد.`,
  mindResponsesMarkFailed: 'تعذّر تحديث الإجابة.',
  mindResponsesExport: 'تنزيل الإجابات (CSV)',
  mindResponsesEmpty: 'لا توجد إجابات بعد: تظهر هنا كلما أجاب البائعون عن أسئلتك المفتوحة.',
  mindResponsesAllHandled: 'كل الإجابات هنا معالَجة. اختر «إظهار الإجابات المعالَجة» لرؤيتها.',
  mindResponsesMore: 'عرض المزيد (إجابات أقدم)',
  mindResponsesForbidden:
    'الإجابات عن الأسئلة المفتوحة مخصصة لمديري القنوات ولمسؤول كل سؤال؛ ولا يوجد سؤال مفتوح يحددك مسؤولًا عنه.',
  mindResponsesError: 'تعذّر تحميل الإجابات.',
  mindResponsesPollsTitle: 'نتائج الاستطلاعات',
  mindResponsesVoters: (count) => voters(count),
  mindResponsesVotes: (count, share) => `${votes(count)} (${percent(share)})`,
  mindResponsesPollsError: 'تعذّر تحميل نتائج الاستطلاعات.',
};

export default responsesAr;
