import { termFormats } from '../../shared/i18n/term-formats.js';

const { plural } = termFormats('en');

/** English UI strings of <mind-pitch-recorder> (term keys start with `mindPitchRecorder`). */
export const pitchRecorderEn = {
  mindPitchRecorderMaxDuration: (duration: string) => `Up to ${duration}`,
  mindPitchRecorderRetakesLeft: (count: number) =>
    count === 0 ? 'No retake left' : `${plural(count, `${count} retake`, `${count} retakes`)} left`,
  mindPitchRecorderWhyTitle: 'Before you record',
  mindPitchRecorderWhy:
    'Your pitch is recorded on video, so the recorder needs your camera and microphone. Your browser will ask your permission. Nothing is recorded until you press “Start recording”, and you watch your take before you send it.',
  mindPitchRecorderTurnOn: 'Turn on camera',
  mindPitchRecorderTurningOn: 'Turning on the camera…',
  mindPitchRecorderPreview: 'Camera preview',
  mindPitchRecorderCamera: 'Camera',
  mindPitchRecorderMicrophone: 'Microphone',
  mindPitchRecorderDevice: (index: number) => `Device ${index}`,
  mindPitchRecorderConsent: 'Coaches may show my pitch to other sellers as a best practice',
  mindPitchRecorderStart: 'Start recording',
  mindPitchRecorderCountdown: (seconds: number) => `Recording starts in ${seconds}`,
  mindPitchRecorderRecording: 'Recording',
  mindPitchRecorderTimeLeft: 'Time left',
  mindPitchRecorderSecondsLeft: (seconds: number) => `${seconds} seconds left`,
  mindPitchRecorderStop: 'Stop recording',
  mindPitchRecorderStopped: 'Recording stopped.',
  mindPitchRecorderStoppedAtMax: 'Maximum duration reached: recording stopped.',
  mindPitchRecorderReviewTitle: 'Watch your take',
  mindPitchRecorderPlayback: 'Your take',
  mindPitchRecorderLength: (clock: string) => `Length: ${clock}`,
  /** The take's upload, `stored` of `total` chunks: saving or saved, never a count of chunks (the bar shows how far). */
  mindPitchRecorderUpload: (stored: number, total: number): string =>
    total > 0 && stored >= total ? 'Your take is saved.' : 'Saving your take…',
  mindPitchRecorderSubmit: 'Submit my pitch',
  mindPitchRecorderRetake: 'Record again',
  mindPitchRecorderEmptyTake:
    'Nothing was recorded: the camera sent no picture before the stop. That take does not count; record again.',
  mindPitchRecorderSubmitting: 'Sending your pitch…',
  mindPitchRecorderSubmittedTitle: 'Pitch submitted',
  mindPitchRecorderSubmitted: 'A coach will review your pitch and score it.',
  mindPitchRecorderInReview: (coach: string) => `${coach} is reviewing your pitch.`,
  mindPitchRecorderReviewed: (total: number, max: number) => `Your coach reviewed your pitch: ${total} / ${max}.`,
  mindPitchRecorderSeePitches: 'See your pitches and your coach’s review',
  mindPitchRecorderExhaustedTitle: 'No take left',
  mindPitchRecorderExhausted: 'You have used every take this exercise allows. Ask your coach if you need another one.',
  mindPitchRecorderMissingTitle: 'Exercise not available',
  mindPitchRecorderMissing: 'This pitch exercise is not in your programme (any more).',
  mindPitchRecorderDeniedTitle: 'Camera access is blocked',
  mindPitchRecorderDenied:
    'Your browser did not let the recorder use the camera and microphone. Click the camera icon in the address bar (or open the site settings), allow both for this site, then try again.',
  mindPitchRecorderNoDeviceTitle: 'No camera or microphone found',
  mindPitchRecorderNoDevice: 'Connect a camera and a microphone (a headset works), then try again.',
  mindPitchRecorderBusyTitle: 'Camera in use',
  mindPitchRecorderBusy:
    'Another application, perhaps a video call, is using the camera or microphone. Close it, then try again.',
  mindPitchRecorderUnsupportedTitle: 'This browser cannot record video',
  mindPitchRecorderUnsupported:
    'Open this page in a recent version of Chrome, Edge, Firefox or Safari to record your pitch.',
  mindPitchRecorderFailedTitle: 'The camera did not start',
  mindPitchRecorderFailed: 'Something stopped the camera from starting. Try again, or reload the page.',
};
