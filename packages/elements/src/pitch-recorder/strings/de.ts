import type { pitchRecorderEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { plural } = termFormats('de');

/** Deutsche UI-Texte von <mind-pitch-recorder>: dieselben Schlüssel und Argumente wie im Englischen. */
const pitchRecorderDe: typeof pitchRecorderEn = {
  mindPitchRecorderMaxDuration: (duration) => `Bis zu ${duration}`,
  mindPitchRecorderRetakesLeft: (count) =>
    count === 0
      ? 'Keine Wiederholung mehr möglich'
      : `Noch ${plural(count, `${count} Wiederholung`, `${count} Wiederholungen`)}`,
  mindPitchRecorderWhyTitle: 'Bevor Sie aufnehmen',
  mindPitchRecorderWhy:
    'Ihr Pitch wird als Video aufgenommen, daher braucht die Aufnahme Ihre Kamera und Ihr Mikrofon. Ihr Browser wird Sie um Erlaubnis bitten. Es wird nichts aufgenommen, bevor Sie auf „Aufnahme starten“ klicken, und Sie sehen sich Ihre Aufnahme an, bevor Sie sie senden.',
  mindPitchRecorderTurnOn: 'Kamera einschalten',
  mindPitchRecorderTurningOn: 'Kamera wird eingeschaltet…',
  mindPitchRecorderPreview: 'Kameravorschau',
  mindPitchRecorderCamera: 'Kamera',
  mindPitchRecorderMicrophone: 'Mikrofon',
  mindPitchRecorderDevice: (index) => `Gerät ${index}`,
  mindPitchRecorderConsent: 'Coaches dürfen meinen Pitch anderen Verkäufern als Best Practice zeigen',
  mindPitchRecorderStart: 'Aufnahme starten',
  mindPitchRecorderCountdown: (seconds) => `Die Aufnahme beginnt in ${seconds}`,
  mindPitchRecorderRecording: 'Aufnahme läuft',
  mindPitchRecorderTimeLeft: 'Verbleibende Zeit',
  mindPitchRecorderSecondsLeft: (seconds) => `Noch ${seconds} ${plural(seconds, 'Sekunde', 'Sekunden')}`,
  mindPitchRecorderStop: 'Aufnahme beenden',
  mindPitchRecorderStopped: 'Aufnahme beendet.',
  mindPitchRecorderStoppedAtMax: 'Maximale Dauer erreicht: Aufnahme beendet.',
  mindPitchRecorderReviewTitle: 'Sehen Sie sich Ihre Aufnahme an',
  mindPitchRecorderPlayback: 'Ihre Aufnahme',
  mindPitchRecorderLength: (clock) => `Dauer: ${clock}`,
  mindPitchRecorderUpload: (stored, total) =>
    total > 0 && stored >= total ? 'Ihre Aufnahme ist gespeichert.' : 'Ihre Aufnahme wird gespeichert…',
  mindPitchRecorderSubmit: 'Meinen Pitch senden',
  mindPitchRecorderRetake: 'Neu aufnehmen',
  mindPitchRecorderEmptyTake:
    'Es wurde nichts aufgenommen: Die Kamera hat vor dem Stopp kein Bild gesendet. Diese Aufnahme zählt nicht; nehmen Sie neu auf.',
  mindPitchRecorderSubmitting: 'Ihr Pitch wird gesendet…',
  mindPitchRecorderSubmittedTitle: 'Pitch gesendet',
  mindPitchRecorderSubmitted: 'Ein Coach sieht sich Ihren Pitch an und bewertet ihn.',
  mindPitchRecorderInReview: (coach: string) => `${coach} bewertet Ihren Pitch.`,
  mindPitchRecorderReviewed: (total: number, max: number) => `Ihr Coach hat Ihren Pitch bewertet: ${total} / ${max}.`,
  mindPitchRecorderSeePitches: 'Ihre Pitches und die Bewertung Ihres Coaches ansehen',
  mindPitchRecorderExhaustedTitle: 'Keine Aufnahme mehr möglich',
  mindPitchRecorderExhausted:
    'Sie haben alle Aufnahmen genutzt, die diese Übung erlaubt. Fragen Sie Ihren Coach, wenn Sie eine weitere brauchen.',
  mindPitchRecorderMissingTitle: 'Übung nicht verfügbar',
  mindPitchRecorderMissing: 'Diese Pitch-Übung ist nicht (mehr) Teil Ihres Programms.',
  mindPitchRecorderDeniedTitle: 'Der Kamerazugriff ist blockiert',
  mindPitchRecorderDenied:
    'Ihr Browser hat der Aufnahme den Zugriff auf Kamera und Mikrofon nicht erlaubt. Klicken Sie auf das Kamerasymbol in der Adressleiste (oder öffnen Sie die Website-Einstellungen), erlauben Sie beides für diese Website und versuchen Sie es dann erneut.',
  mindPitchRecorderNoDeviceTitle: 'Keine Kamera und kein Mikrofon gefunden',
  mindPitchRecorderNoDevice:
    'Schließen Sie eine Kamera und ein Mikrofon an (ein Headset genügt) und versuchen Sie es dann erneut.',
  mindPitchRecorderBusyTitle: 'Kamera wird bereits verwendet',
  mindPitchRecorderBusy:
    'Eine andere Anwendung, vielleicht ein Videoanruf, verwendet die Kamera oder das Mikrofon. Schließen Sie sie und versuchen Sie es dann erneut.',
  mindPitchRecorderUnsupportedTitle: 'Dieser Browser kann kein Video aufnehmen',
  mindPitchRecorderUnsupported:
    'Öffnen Sie diese Seite in einer aktuellen Version von Chrome, Edge, Firefox oder Safari, um Ihren Pitch aufzunehmen.',
  mindPitchRecorderFailedTitle: 'Die Kamera ist nicht gestartet',
  mindPitchRecorderFailed:
    'Etwas hat den Start der Kamera verhindert. Versuchen Sie es erneut oder laden Sie die Seite neu.',
};

export default pitchRecorderDe;
