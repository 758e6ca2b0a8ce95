import type { pitchRecorderEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { plural } = termFormats('es');

/** Textos de interfaz en español de <mind-pitch-recorder>: mismas claves y mismos argumentos que en inglés. */
const pitchRecorderEs: typeof pitchRecorderEn = {
  mindPitchRecorderMaxDuration: (duration) => `Hasta ${duration}`,
  mindPitchRecorderRetakesLeft: (count) =>
    count === 0 ? 'No quedan repeticiones' : plural(count, `Queda ${count} repetición`, `Quedan ${count} repeticiones`),
  mindPitchRecorderWhyTitle: 'Antes de grabar',
  mindPitchRecorderWhy:
    'Su pitch se graba en vídeo, así que la grabadora necesita su cámara y su micrófono. Su navegador le pedirá permiso. No se graba nada hasta que pulse «Empezar a grabar», y podrá ver su toma antes de enviarla.',
  mindPitchRecorderTurnOn: 'Activar la cámara',
  mindPitchRecorderTurningOn: 'Activando la cámara…',
  mindPitchRecorderPreview: 'Vista previa de la cámara',
  mindPitchRecorderCamera: 'Cámara',
  mindPitchRecorderMicrophone: 'Micrófono',
  mindPitchRecorderDevice: (index) => `Dispositivo ${index}`,
  mindPitchRecorderConsent: 'Los coaches pueden mostrar mi pitch a otros vendedores como buena práctica',
  mindPitchRecorderStart: 'Empezar a grabar',
  mindPitchRecorderCountdown: (seconds) => `La grabación empieza en ${seconds}`,
  mindPitchRecorderRecording: 'Grabando',
  mindPitchRecorderTimeLeft: 'Tiempo restante',
  mindPitchRecorderSecondsLeft: (seconds) => plural(seconds, `Queda ${seconds} segundo`, `Quedan ${seconds} segundos`),
  mindPitchRecorderStop: 'Detener la grabación',
  mindPitchRecorderStopped: 'Grabación detenida.',
  mindPitchRecorderStoppedAtMax: 'Se ha alcanzado la duración máxima: grabación detenida.',
  mindPitchRecorderReviewTitle: 'Vea su toma',
  mindPitchRecorderPlayback: 'Su toma',
  mindPitchRecorderLength: (clock) => `Duración: ${clock}`,
  mindPitchRecorderUpload: (stored, total) =>
    total > 0 && stored >= total ? 'Su toma está guardada.' : 'Guardando su toma…',
  mindPitchRecorderSubmit: 'Enviar mi pitch',
  mindPitchRecorderRetake: 'Volver a grabar',
  mindPitchRecorderEmptyTake:
    'No se grabó nada: la cámara no envió ninguna imagen antes de detener. Esa toma no cuenta; vuelva a grabar.',
  mindPitchRecorderSubmitting: 'Enviando su pitch…',
  mindPitchRecorderSubmittedTitle: 'Pitch enviado',
  mindPitchRecorderSubmitted: 'Un coach verá su pitch y lo evaluará.',
  mindPitchRecorderInReview: (coach: string) => `${coach} está evaluando su pitch.`,
  mindPitchRecorderReviewed: (total: number, max: number) => `Su coach ha evaluado su pitch: ${total} / ${max}.`,
  mindPitchRecorderSeePitches: 'Ver sus pitches y la evaluación de su coach',
  mindPitchRecorderExhaustedTitle: 'No quedan tomas',
  mindPitchRecorderExhausted:
    'Ha usado todas las tomas que permite este ejercicio. Pida otra a su coach si la necesita.',
  mindPitchRecorderMissingTitle: 'Ejercicio no disponible',
  mindPitchRecorderMissing: 'Este ejercicio de pitch no forma parte de su programa (o ya no).',
  mindPitchRecorderDeniedTitle: 'El acceso a la cámara está bloqueado',
  mindPitchRecorderDenied:
    'Su navegador no ha permitido que la grabadora use la cámara y el micrófono. Haga clic en el icono de la cámara de la barra de direcciones (o abra la configuración del sitio), permita ambos para este sitio y vuelva a intentarlo.',
  mindPitchRecorderNoDeviceTitle: 'No se ha encontrado ninguna cámara ni micrófono',
  mindPitchRecorderNoDevice:
    'Conecte una cámara y un micrófono (unos auriculares con micrófono sirven) y vuelva a intentarlo.',
  mindPitchRecorderBusyTitle: 'Cámara en uso',
  mindPitchRecorderBusy:
    'Otra aplicación, quizá una videollamada, está usando la cámara o el micrófono. Ciérrela y vuelva a intentarlo.',
  mindPitchRecorderUnsupportedTitle: 'Este navegador no puede grabar vídeo',
  mindPitchRecorderUnsupported:
    'Abra esta página en una versión reciente de Chrome, Edge, Firefox o Safari para grabar su pitch.',
  mindPitchRecorderFailedTitle: 'La cámara no se ha iniciado',
  mindPitchRecorderFailed: 'Algo ha impedido que la cámara se inicie. Vuelva a intentarlo o recargue la página.',
};

export default pitchRecorderEs;
