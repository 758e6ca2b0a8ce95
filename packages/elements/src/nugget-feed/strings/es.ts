import type { nuggetFeedEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('es');

const kinds: Record<string, string> = {
  info: 'Info',
  video: 'Vídeo',
  poll: 'Encuesta',
  'open-question': 'Pregunta abierta',
  'mini-quiz': 'Quiz',
};

/** Textos de interfaz en español de <mind-nugget-feed>: mismas claves y mismos argumentos que en inglés. */
const nuggetFeedEs: typeof nuggetFeedEn = {
  mindNuggetFeedTitle: 'Sus novedades',
  mindNuggetFeedUnread: (count) =>
    plural(count, `${number(count)} elemento sin leer`, `${number(count)} elementos sin leer`),
  mindNuggetFeedKind: (kind) => kinds[kind] ?? kind,
  mindNuggetFeedNew: 'Nuevo',
  mindNuggetFeedReleased: (date) => `Publicado el ${date}`,
  mindNuggetFeedCaughtUp: 'Está al día.',
  mindNuggetFeedNextRelease: (date) => `El próximo elemento llega el ${date}.`,
  mindNuggetFeedNoMore: 'Por ahora no hay más elementos previstos.',
  mindNuggetFeedEmptyTitle: 'Todavía no hay nada',
  mindNuggetFeedEmpty: 'Aquí aparecerán las noticias, vídeos, encuestas y quizzes rápidos de su proveedor.',
  mindNuggetFeedError: 'No se han podido cargar sus novedades.',
  mindNuggetFeedPending: (count) =>
    plural(
      count,
      'Hay una respuesta guardada en este dispositivo que se enviará cuando vuelva a estar en línea.',
      `Hay ${number(count)} respuestas guardadas en este dispositivo que se enviarán cuando vuelva a estar en línea.`,
    ),
  mindNuggetFeedDueTitle: 'Para repasar',
  mindNuggetFeedDueHint: 'Las preguntas que ya respondió vuelven en el momento oportuno, para que las recuerde.',
  mindNuggetFeedRemindersTitle: 'Certificaciones por renovar',
  mindNuggetFeedReminderExpiring: (title, date) => `Su certificación «${title}» vence el ${date}.`,
  mindNuggetFeedReminderGrace: (title, date) =>
    `Su certificación «${title}» venció el ${date}; todavía cuenta durante poco tiempo.`,
  mindNuggetFeedReminderRenew: (challenges, minScore) =>
    `Para renovarla, supere ${challenges} con al menos un ${new Intl.NumberFormat('es', { style: 'percent', maximumFractionDigits: 1 }).format(minScore / 100)}.`,
  mindNuggetFeedVideo: (duration) => `Vídeo, ${duration}, con subtítulos.`,
  mindNuggetFeedVoters: (count) => plural(count, `${number(count)} voto en total`, `${number(count)} votos en total`),
  mindNuggetFeedVotes: (count, percent) =>
    `${plural(count, `${number(count)} voto`, `${number(count)} votos`)} (${percent})`,
  mindNuggetFeedMyVote: 'su voto',
  mindNuggetFeedChooseUpTo: (max) => `Elija hasta ${number(max)} respuestas.`,
  mindNuggetFeedVote: 'Votar',
  mindNuggetFeedVotePending: 'Voto guardado. Los resultados aparecerán cuando vuelva a estar en línea.',
  mindNuggetFeedFailed: 'No se ha podido enviar. Vuelva a intentarlo.',
  mindNuggetFeedYourAnswer: 'Su respuesta',
  mindNuggetFeedCounter: (length, max) => `${number(length)} de ${number(max)} caracteres`,
  mindNuggetFeedCharactersLeft: (left) =>
    plural(left, `Queda ${number(left)} carácter`, `Quedan ${number(left)} caracteres`),
  mindNuggetFeedSend: 'Enviar',
  mindNuggetFeedResponded: 'Gracias: su respuesta se ha enviado.',
  mindNuggetFeedRespondPending: 'Respuesta guardada. Se enviará cuando vuelva a estar en línea.',
  mindNuggetFeedAnswerPending: 'Respuesta guardada. Se corregirá cuando vuelva a estar en línea.',
  mindNuggetFeedQuizDone: 'Ya ha respondido a este quiz.',
};

export default nuggetFeedEs;
