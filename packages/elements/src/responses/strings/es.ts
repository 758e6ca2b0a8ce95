import type { responsesEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const percent = (share: number) =>
  new Intl.NumberFormat('es', { style: 'percent', maximumFractionDigits: 0 }).format(share);
const { number, plural } = termFormats('es');

/** Textos de interfaz en español de <mind-responses>: mismas claves y mismos argumentos que en inglés. */
const responsesEs: typeof responsesEn = {
  mindResponsesTitle: 'Respuestas a las preguntas abiertas',
  mindResponsesQuestion: 'Pregunta',
  mindResponsesAllQuestions: 'Todas las preguntas',
  mindResponsesShowHandled: 'Mostrar las respuestas atendidas',
  mindResponsesCount: (count: number) => `${number(count)} ${plural(count, 'respuesta', 'respuestas')}`,
  mindResponsesDate: 'Fecha',
  mindResponsesSeller: 'Vendedor',
  mindResponsesPartner: 'Partner',
  mindResponsesTier: 'Nivel',
  mindResponsesPrompt: 'Texto de la pregunta',
  mindResponsesAnswer: 'Respuesta',
  mindResponsesStatus: 'Estado',
  mindResponsesHandled: 'Atendida',
  mindResponsesHandledBy: 'Atendida por',
  mindResponsesHandledAt: 'Atendida el',
  mindResponsesYes: 'Sí',
  mindResponsesNo: 'No',
  mindResponsesOpen: 'Pendiente',
  mindResponsesHandledByName: (name: string, date: string) => `Atendida por ${name}, ${date}`,
  mindResponsesMark: 'Marcar como atendida',
  mindResponsesReopen: 'Reabrir',
  mindResponsesMarkLabel: (seller: string, question: string) => `Marcar como atendida: ${seller}, ${question}`,
  mindResponsesReopenLabel: (seller: string, question: string) => `Reabrir: ${seller}, ${question}`,
  mindResponsesMarked: (seller: string) => `La respuesta de ${seller} está marcada como atendida.`,
  mindResponsesReopened: (seller: string) => `La respuesta de ${seller} vuelve a estar pendiente.`,
  mindResponsesMarkFailed: 'No se ha podido actualizar la respuesta.',
  mindResponsesExport: 'Descargar las respuestas (CSV)',
  mindResponsesEmpty:
    'Todavía no hay respuestas: aparecerán aquí a medida que los vendedores respondan a sus preguntas abiertas.',
  mindResponsesAllHandled: 'Todas las respuestas están atendidas. Muestre las respuestas atendidas para verlas.',
  mindResponsesMore: 'Ver más (respuestas anteriores)',
  mindResponsesForbidden:
    'Las respuestas a las preguntas abiertas están reservadas a los responsables de canal y al destinatario de cada pregunta; ninguna pregunta abierta le tiene a usted como destinatario.',
  mindResponsesError: 'No se han podido cargar las respuestas.',
  mindResponsesPollsTitle: 'Resultados de las encuestas',
  mindResponsesVoters: (count: number) => `${number(count)} ${plural(count, 'votante', 'votantes')}`,
  mindResponsesVotes: (count: number, share: number) =>
    `${number(count)} ${plural(count, 'voto', 'votos')} (${percent(share)})`,
  mindResponsesPollsError: 'No se han podido cargar los resultados de las encuestas.',
};

export default responsesEs;
