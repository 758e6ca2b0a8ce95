import type { myPitchesEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('es');

/** Textos de interfaz en español de <mind-my-pitches>: mismas claves y mismos argumentos que en inglés. */
const myPitchesEs: typeof myPitchesEn = {
  mindMyPitchesTitle: 'Mis pitches',
  mindMyPitchesMeta: (take: number, date: string, length: string) =>
    `Toma ${number(take)} · enviada el ${date} · duración ${length}`,
  mindMyPitchesStateSent: 'Enviado: a la espera de un coach',
  mindMyPitchesStateInReview: (coach: string) => `En evaluación por ${coach}`,
  mindMyPitchesStateReviewed: 'Evaluado',
  mindMyPitchesStatePublished: 'Publicado como buena práctica',
  mindMyPitchesScore: (total: number, max: number) => `Nota: ${number(total)} / ${number(max)}`,
  mindMyPitchesShow: 'Ver el vídeo y la evaluación',
  mindMyPitchesShowSent: 'Ver mi pitch',
  mindMyPitchesVideoLabel: (prompt: string) => `Su pitch: ${prompt}`,
  mindMyPitchesMediaFailed: 'No se ha podido cargar el vídeo.',
  mindMyPitchesWaiting: 'Ningún coach ha evaluado todavía este pitch. Sus notas y comentarios aparecerán aquí.',
  mindMyPitchesReviewing: (coach: string) => `${coach} está evaluando este pitch ahora.`,
  mindMyPitchesReviewTitle: 'La evaluación de su coach',
  mindMyPitchesReviewedOn: (date: string) => `Evaluado el ${date}.`,
  mindMyPitchesTotal: 'Total ponderado',
  mindMyPitchesOutOf: (total: number, max: number) => `${number(total)} / ${number(max)}`,
  mindMyPitchesLevel: (score: number) => `${number(score)} ${plural(score, 'punto', 'puntos')}`,
  mindMyPitchesWeight: (weight: number, share: number) =>
    `peso ${number(weight)} (${new Intl.NumberFormat('es', { style: 'percent' }).format(share)})`,
  mindMyPitchesFeedback: 'Valoración general',
  mindMyPitchesNoFeedback: 'Sin valoración general.',
  mindMyPitchesComments: 'Comentarios con marca de tiempo',
  mindMyPitchesNoComments: 'Sin comentarios con marca de tiempo.',
  mindMyPitchesSeek: 'Ir a',
  mindMyPitchesConsent: 'Mostrar en la galería de buenas prácticas',
  mindMyPitchesConsentHint:
    'Los coaches podrán publicar este pitch para que otros vendedores aprendan de él. Desmarque la casilla para retirarlo al instante.',
  mindMyPitchesPublishedOn: (date: string) => `Publicado el ${date}.`,
  mindMyPitchesPublishedHint:
    'Otros vendedores pueden verlo en la galería de buenas prácticas. Desmarque la casilla para retirarlo al instante.',
  mindMyPitchesConsentSaving: 'Guardando su elección…',
  mindMyPitchesConsentFailed: 'No se ha podido guardar su elección. Vuelva a intentarlo.',
  mindMyPitchesEmptyTitle: 'Todavía no ha enviado ningún pitch',
  mindMyPitchesEmpty: 'Cuando envíe un pitch, aparecerá aquí con lo que opina su coach.',
  mindMyPitchesError: 'No se han podido cargar sus pitches.',
};

export default myPitchesEs;
