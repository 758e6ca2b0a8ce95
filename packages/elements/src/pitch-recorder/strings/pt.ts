import type { pitchRecorderEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('pt');

/** Textos de interface em português de <mind-pitch-recorder>: mesmas chaves e argumentos do inglês. */
const pitchRecorderPt: typeof pitchRecorderEn = {
  mindPitchRecorderMaxDuration: (duration) => `Até ${duration}`,
  mindPitchRecorderRetakesLeft: (count) =>
    count === 0
      ? 'Nenhuma nova gravação restante'
      : plural(count, `${number(count)} nova gravação restante`, `${number(count)} novas gravações restantes`),
  mindPitchRecorderWhyTitle: 'Antes de gravar',
  mindPitchRecorderWhy:
    'Seu pitch é gravado em vídeo, por isso o gravador precisa da sua câmera e do seu microfone. O navegador pedirá sua permissão. Nada é gravado até você clicar em “Iniciar gravação”, e você assiste à gravação antes de enviá-la.',
  mindPitchRecorderTurnOn: 'Ligar a câmera',
  mindPitchRecorderTurningOn: 'Ligando a câmera…',
  mindPitchRecorderPreview: 'Pré-visualização da câmera',
  mindPitchRecorderCamera: 'Câmera',
  mindPitchRecorderMicrophone: 'Microfone',
  mindPitchRecorderDevice: (index) => `Dispositivo ${number(index)}`,
  mindPitchRecorderConsent: 'Os coaches podem mostrar meu pitch a outros vendedores como boa prática',
  mindPitchRecorderStart: 'Iniciar gravação',
  mindPitchRecorderCountdown: (seconds) => `A gravação começa em ${number(seconds)}`,
  mindPitchRecorderRecording: 'Gravando',
  mindPitchRecorderTimeLeft: 'Tempo restante',
  mindPitchRecorderSecondsLeft: (seconds) =>
    plural(seconds, `${number(seconds)} segundo restante`, `${number(seconds)} segundos restantes`),
  mindPitchRecorderStop: 'Parar a gravação',
  mindPitchRecorderStopped: 'Gravação interrompida.',
  mindPitchRecorderStoppedAtMax: 'Duração máxima atingida: gravação interrompida.',
  mindPitchRecorderReviewTitle: 'Assista à sua gravação',
  mindPitchRecorderPlayback: 'Sua gravação',
  mindPitchRecorderLength: (clock) => `Duração: ${clock}`,
  mindPitchRecorderUpload: (stored, total) =>
    total > 0 && stored >= total ? 'Sua gravação está salva.' : 'Salvando sua gravação…',
  mindPitchRecorderSubmit: 'Enviar meu pitch',
  mindPitchRecorderRetake: 'Gravar novamente',
  mindPitchRecorderEmptyTake:
    'Nada foi gravado: a câmara não enviou nenhuma imagem antes de parar. Essa gravação não conta; grave novamente.',
  mindPitchRecorderSubmitting: 'Enviando seu pitch…',
  mindPitchRecorderSubmittedTitle: 'Pitch enviado',
  mindPitchRecorderSubmitted: 'Um coach vai avaliar e pontuar o seu pitch.',
  mindPitchRecorderInReview: (coach) => `${coach} está avaliando o seu pitch.`,
  mindPitchRecorderReviewed: (total, max) => `Seu coach avaliou o seu pitch: ${number(total)} / ${number(max)}.`,
  mindPitchRecorderSeePitches: 'Ver seus pitches e a avaliação do seu coach',
  mindPitchRecorderExhaustedTitle: 'Nenhuma gravação restante',
  mindPitchRecorderExhausted:
    'Você já usou todas as gravações que este exercício permite. Fale com o seu coach se precisar de outra.',
  mindPitchRecorderMissingTitle: 'Exercício indisponível',
  mindPitchRecorderMissing: 'Este exercício de pitch não faz (mais) parte do seu programa.',
  mindPitchRecorderDeniedTitle: 'O acesso à câmera está bloqueado',
  mindPitchRecorderDenied:
    'Seu navegador não permitiu que o gravador usasse a câmera e o microfone. Clique no ícone da câmera na barra de endereço (ou abra as configurações do site), permita os dois para este site e tente novamente.',
  mindPitchRecorderNoDeviceTitle: 'Nenhuma câmera ou microfone encontrado',
  mindPitchRecorderNoDevice: 'Conecte uma câmera e um microfone (um headset serve) e tente novamente.',
  mindPitchRecorderBusyTitle: 'Câmera em uso',
  mindPitchRecorderBusy:
    'Outro aplicativo, talvez uma videochamada, está usando a câmera ou o microfone. Feche-o e tente novamente.',
  mindPitchRecorderUnsupportedTitle: 'Este navegador não grava vídeo',
  mindPitchRecorderUnsupported:
    'Abra esta página em uma versão recente do Chrome, Edge, Firefox ou Safari para gravar o seu pitch.',
  mindPitchRecorderFailedTitle: 'A câmera não iniciou',
  mindPitchRecorderFailed: 'Algo impediu a câmera de iniciar. Tente novamente ou recarregue a página.',
};

export default pitchRecorderPt;
