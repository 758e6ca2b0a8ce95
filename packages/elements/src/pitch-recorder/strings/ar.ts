import type { pitchRecorderEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, pluralForms } = termFormats('ar');

/** Arabic UI strings of <mind-pitch-recorder>: the same keys and arguments as the English. */
const pitchRecorderAr: typeof pitchRecorderEn = {
  mindPitchRecorderMaxDuration: (duration) => `حتى ${duration}`,
  mindPitchRecorderRetakesLeft: (count) =>
    pluralForms(count, {
      zero: 'لم تتبقَّ أي إعادة تسجيل',
      one: 'تتبقّى إعادة تسجيل واحدة',
      two: 'تتبقّى إعادتا تسجيل',
      few: `تتبقّى ${number(count)} إعادات تسجيل`,
      other: `تتبقّى ${number(count)} إعادة تسجيل`,
    }),
  mindPitchRecorderWhyTitle: 'قبل أن تبدأ التسجيل',
  mindPitchRecorderWhy:
    'يُسجَّل عرضك بالفيديو، لذا يحتاج المسجّل إلى الكاميرا والميكروفون. سيطلب متصفحك إذنك. لا يُسجَّل أي شيء قبل أن تضغط «بدء التسجيل»، وستشاهد تسجيلك قبل إرساله.',
  mindPitchRecorderTurnOn: 'تشغيل الكاميرا',
  mindPitchRecorderTurningOn: 'جارٍ تشغيل الكاميرا…',
  mindPitchRecorderPreview: 'معاينة الكاميرا',
  mindPitchRecorderCamera: 'الكاميرا',
  mindPitchRecorderMicrophone: 'الميكروفون',
  mindPitchRecorderDevice: (index) => `الجهاز ${number(index)}`,
  mindPitchRecorderConsent: 'يمكن للمدربين عرض تسجيلي على بائعين آخرين كممارسة مثلى',
  mindPitchRecorderStart: 'بدء التسجيل',
  mindPitchRecorderCountdown: (seconds) => `يبدأ التسجيل خلال ${number(seconds)}`,
  mindPitchRecorderRecording: 'جارٍ التسجيل',
  mindPitchRecorderTimeLeft: 'الوقت المتبقي',
  mindPitchRecorderSecondsLeft: (seconds) =>
    pluralForms(seconds, {
      zero: 'لم يتبقَّ وقت',
      one: 'تتبقّى ثانية واحدة',
      two: 'تتبقّى ثانيتان',
      few: `تتبقّى ${number(seconds)} ثوانٍ`,
      other: `تتبقّى ${number(seconds)} ثانية`,
    }),
  mindPitchRecorderStop: 'إيقاف التسجيل',
  mindPitchRecorderStopped: 'توقف التسجيل.',
  mindPitchRecorderStoppedAtMax: 'تم بلوغ المدة القصوى: توقف التسجيل.',
  mindPitchRecorderReviewTitle: 'شاهد تسجيلك',
  mindPitchRecorderPlayback: 'تسجيلك',
  mindPitchRecorderLength: (clock) => `المدة: ${clock}`,
  mindPitchRecorderUpload: (stored, total) => (total > 0 && stored >= total ? 'تم حفظ تسجيلك.' : 'جارٍ حفظ تسجيلك…'),
  mindPitchRecorderSubmit: 'إرسال عرضي',
  mindPitchRecorderRetake: 'إعادة التسجيل',
  mindPitchRecorderEmptyTake:
    'لم يُسجَّل أي شيء: لم ترسل الكاميرا أي صورة قبل الإيقاف. هذه المحاولة لا تُحتسب؛ أعد التسجيل.',
  mindPitchRecorderSubmitting: 'جارٍ إرسال عرضك…',
  mindPitchRecorderSubmittedTitle: 'تم إرسال العرض',
  mindPitchRecorderSubmitted: 'سيقيّم مدرّب عرضك ويمنحه درجة.',
  mindPitchRecorderInReview: (coach) => `يقيّم ${coach} عرضك.`,
  mindPitchRecorderReviewed: (total, max) => `قيّم مدرّبك عرضك: ${number(total)} / ${number(max)}.`,
  mindPitchRecorderSeePitches: 'شاهد عروضك وتقييم مدرّبك',
  mindPitchRecorderExhaustedTitle: 'لم يتبقَّ أي تسجيل',
  mindPitchRecorderExhausted:
    'لقد استخدمت كل التسجيلات التي يتيحها هذا التمرين. اطلب من مدرّبك تسجيلًا إضافيًا إن احتجت إليه.',
  mindPitchRecorderMissingTitle: 'التمرين غير متاح',
  mindPitchRecorderMissing: 'تمرين العرض هذا ليس (أو لم يعد) ضمن برنامجك.',
  mindPitchRecorderDeniedTitle: 'الوصول إلى الكاميرا محظور',
  mindPitchRecorderDenied:
    'لم يسمح متصفحك للمسجّل باستخدام الكاميرا والميكروفون. انقر على أيقونة الكاميرا في شريط العنوان (أو افتح إعدادات الموقع)، واسمح بكليهما لهذا الموقع، ثم أعد المحاولة.',
  mindPitchRecorderNoDeviceTitle: 'لم يُعثر على كاميرا أو ميكروفون',
  mindPitchRecorderNoDevice: 'وصّل كاميرا وميكروفونًا (تصلح سماعة رأس بميكروفون)، ثم أعد المحاولة.',
  mindPitchRecorderBusyTitle: 'الكاميرا قيد الاستخدام',
  mindPitchRecorderBusy: 'تطبيق آخر، ربما مكالمة فيديو، يستخدم الكاميرا أو الميكروفون. أغلقه، ثم أعد المحاولة.',
  mindPitchRecorderUnsupportedTitle: 'لا يستطيع هذا المتصفح تسجيل الفيديو',
  mindPitchRecorderUnsupported: 'افتح هذه الصفحة في إصدار حديث من Chrome أو Edge أو Firefox أو Safari لتسجيل عرضك.',
  mindPitchRecorderFailedTitle: 'لم تعمل الكاميرا',
  mindPitchRecorderFailed: 'حال شيء ما دون تشغيل الكاميرا. أعد المحاولة، أو أعد تحميل الصفحة.',
};

export default pitchRecorderAr;
