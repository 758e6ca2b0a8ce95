import type { pitchRecorderEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { plural } = termFormats('it');

/** Testi dell'interfaccia in italiano di <mind-pitch-recorder>: stesse chiavi e stessi argomenti dell'inglese. */
const pitchRecorderIt: typeof pitchRecorderEn = {
  mindPitchRecorderMaxDuration: (duration) => `Fino a ${duration}`,
  mindPitchRecorderRetakesLeft: (count) =>
    count === 0 ? 'Nessuna ripresa rimasta' : plural(count, `${count} ripresa rimasta`, `${count} riprese rimaste`),
  mindPitchRecorderWhyTitle: 'Prima di registrare',
  mindPitchRecorderWhy:
    'Il suo pitch viene registrato in video, quindi il registratore ha bisogno della videocamera e del microfono. Il browser le chiederà l’autorizzazione. Non viene registrato nulla finché non preme «Avvia la registrazione», e potrà rivedere la ripresa prima di inviarla.',
  mindPitchRecorderTurnOn: 'Attiva la videocamera',
  mindPitchRecorderTurningOn: 'Attivazione della videocamera…',
  mindPitchRecorderPreview: 'Anteprima della videocamera',
  mindPitchRecorderCamera: 'Videocamera',
  mindPitchRecorderMicrophone: 'Microfono',
  mindPitchRecorderDevice: (index) => `Dispositivo ${index}`,
  mindPitchRecorderConsent: 'I coach possono mostrare il mio pitch ad altri venditori come buona pratica',
  mindPitchRecorderStart: 'Avvia la registrazione',
  mindPitchRecorderCountdown: (seconds) => `La registrazione inizia tra ${seconds}`,
  mindPitchRecorderRecording: 'Registrazione in corso',
  mindPitchRecorderTimeLeft: 'Tempo rimasto',
  mindPitchRecorderSecondsLeft: (seconds) => `Ancora ${seconds} ${plural(seconds, 'secondo', 'secondi')}`,
  mindPitchRecorderStop: 'Interrompi la registrazione',
  mindPitchRecorderStopped: 'Registrazione interrotta.',
  mindPitchRecorderStoppedAtMax: 'Durata massima raggiunta: registrazione interrotta.',
  mindPitchRecorderReviewTitle: 'Riveda la sua ripresa',
  mindPitchRecorderPlayback: 'La sua ripresa',
  mindPitchRecorderLength: (clock) => `Durata: ${clock}`,
  mindPitchRecorderUpload: (stored, total) =>
    total > 0 && stored >= total ? 'La sua ripresa è salvata.' : 'Salvataggio della sua ripresa…',
  mindPitchRecorderSubmit: 'Invia il mio pitch',
  mindPitchRecorderRetake: 'Registra di nuovo',
  mindPitchRecorderEmptyTake:
    'Non è stato registrato nulla: la videocamera non ha inviato alcuna immagine prima dell’arresto. Questa ripresa non conta; registra di nuovo.',
  mindPitchRecorderSubmitting: 'Invio del suo pitch…',
  mindPitchRecorderSubmittedTitle: 'Pitch inviato',
  mindPitchRecorderSubmitted: 'Un coach guarderà il suo pitch e lo valuterà.',
  mindPitchRecorderInReview: (coach: string) => `${coach} sta valutando il suo pitch.`,
  mindPitchRecorderReviewed: (total: number, max: number) =>
    `Il suo coach ha valutato il suo pitch: ${total} / ${max}.`,
  mindPitchRecorderSeePitches: 'Vedi i suoi pitch e la valutazione del coach',
  mindPitchRecorderExhaustedTitle: 'Nessuna ripresa rimasta',
  mindPitchRecorderExhausted:
    'Ha usato tutte le riprese consentite da questo esercizio. Ne chieda un’altra al suo coach, se le serve.',
  mindPitchRecorderMissingTitle: 'Esercizio non disponibile',
  mindPitchRecorderMissing: 'Questo esercizio di pitch non fa (più) parte del suo programma.',
  mindPitchRecorderDeniedTitle: 'L’accesso alla videocamera è bloccato',
  mindPitchRecorderDenied:
    'Il browser non ha consentito al registratore di usare videocamera e microfono. Faccia clic sull’icona della videocamera nella barra degli indirizzi (o apra le impostazioni del sito), consenta entrambi per questo sito, poi riprovi.',
  mindPitchRecorderNoDeviceTitle: 'Nessuna videocamera o microfono trovati',
  mindPitchRecorderNoDevice: 'Colleghi una videocamera e un microfono (va bene anche una cuffia), poi riprovi.',
  mindPitchRecorderBusyTitle: 'Videocamera in uso',
  mindPitchRecorderBusy:
    'Un’altra applicazione, forse una videochiamata, sta usando la videocamera o il microfono. La chiuda, poi riprovi.',
  mindPitchRecorderUnsupportedTitle: 'Questo browser non può registrare video',
  mindPitchRecorderUnsupported:
    'Apra questa pagina in una versione recente di Chrome, Edge, Firefox o Safari per registrare il suo pitch.',
  mindPitchRecorderFailedTitle: 'La videocamera non si è avviata',
  mindPitchRecorderFailed: 'Qualcosa ha impedito l’avvio della videocamera. Riprovi o ricarichi la pagina.',
};

export default pitchRecorderIt;
