import type { quizEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { plural } = termFormats('es');

/** Textos de interfaz en español del elemento quiz: mismas claves y mismos argumentos que en inglés. */
const quizEs: typeof quizEn = {
  mindQuizLabel: 'Reto',
  mindQuizStart: 'Empezar el reto',
  mindQuizResume: 'Continuar mi intento',
  mindQuizRules: 'Reglas',
  mindQuizQuestionCount: (count) => plural(count, `${count} pregunta`, `${count} preguntas`),
  mindQuizTimeLimit: (duration) => `Tiempo límite: ${duration}`,
  mindQuizNoTimeLimit: 'Sin límite de tiempo',
  mindQuizAttemptsLeft: (left, max) => `${plural(left, `Queda ${left} intento`, `Quedan ${left} intentos`)} de ${max}`,
  mindQuizAttemptsCount: (counts) => (counts === 'best' ? 'Cuenta su mejor intento.' : 'Cuenta su último intento.'),
  mindQuizNoAttemptsLeft: 'Ha agotado todos sus intentos.',
  mindQuizRewards: 'Premios',
  mindQuizReward: (upToRank, label) => (upToRank === 1 ? `1.er puesto: ${label}` : `Top ${upToRank}: ${label}`),
  mindQuizClosesAt: (date) => `Abierto hasta el ${date}`,
  mindQuizQuestionOf: (index, count) => `Pregunta ${index} de ${count}`,
  mindQuizQuestionTimeLeft: (duration) => `Tiempo restante para esta pregunta: ${duration}`,
  mindQuizQuestionTimeUp: 'Se acabó el tiempo para esta pregunta: una respuesta ya no suma puntos.',
  mindQuizQuestionTimeLimit: (duration) => `Responda en menos de ${duration}; una respuesta posterior no suma puntos.`,
  mindQuizNext: 'Siguiente pregunta',
  mindQuizSeeResults: 'Ver mis resultados',
  mindQuizTimedOut: 'Se había acabado el tiempo para esta pregunta',
  mindQuizPointsEarned: (points, formatted) => plural(points, `${formatted} punto`, `${formatted} puntos`),
  mindQuizSaved: 'Respuesta guardada. Se puntuará cuando vuelva a estar en línea.',
  mindQuizTimer: 'Tiempo restante',
  mindQuizTimeLeft: (duration) => `Tiempo restante: ${duration}`,
  mindQuizResults: 'Sus resultados',
  mindQuizScore: (score, max) => `Puntuación: ${score} de ${max}`,
  mindQuizCorrectCount: (correct, count) =>
    `${plural(correct, `${correct} respuesta correcta`, `${correct} respuestas correctas`)} de ${count}`,
  mindQuizRank: (rank) => `Puesto: ${rank}`,
  mindQuizRankUp: (places) => `Sube ${plural(places, `${places} puesto`, `${places} puestos`)} desde la última vez`,
  mindQuizRankDown: (places) => `Baja ${plural(places, `${places} puesto`, `${places} puestos`)} desde la última vez`,
  mindQuizRankSame: 'El mismo puesto que la última vez',
  mindQuizRankNew: 'Ya aparece en la clasificación',
  mindQuizNotCounted: 'Sigue contando un intento anterior: obtuvo una puntuación más alta.',
  mindQuizWeakTopics: 'Temas que reforzar',
  mindQuizTopicTally: (topic, correct, count) => `${topic}: ${correct} de ${count} correctas`,
  mindQuizRetry: 'Volver a intentarlo',
  mindQuizUpcomingTitle: 'Todavía no está abierto',
  mindQuizUpcoming: (date) => `Este reto se abre el ${date}.`,
  mindQuizClosedTitle: 'Reto cerrado',
  mindQuizClosed: (date) => `Este reto se cerró el ${date}. Gracias por su interés.`,
  mindQuizNotTargetedTitle: 'No disponible para usted',
  mindQuizNotTargeted:
    'Este reto está reservado a otros programas de partners. Sus propios retos aparecerán aquí en cuanto se abran.',
  mindQuizDeadlineTitle: 'Se acabó el tiempo',
  mindQuizDeadline: 'Se ha agotado el tiempo de este intento. Las respuestas que dio a tiempo siguen contando.',
  mindQuizPendingTitle: 'Guardado, pendiente de sincronizar',
  mindQuizPending:
    'Sus respuestas están guardadas en este dispositivo y se enviarán cuando vuelva la conexión. Entonces aparecerá su puntuación.',
  mindQuizRefusedTitle: 'Intento no aceptado',
  mindQuizRefused:
    'Sus respuestas llegaron al servidor después del cierre del reto, por lo que no se han podido contabilizar. Lo sentimos.',
  mindQuizExpired: 'Se acabó el tiempo.',
  mindQuizStaleAnswerKept:
    'Mindshare se ha actualizado en otra pestaña. Vuelva a cargar esta página: su respuesta se enviará entonces.',
};

export default quizEs;
