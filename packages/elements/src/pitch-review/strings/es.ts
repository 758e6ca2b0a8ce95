import type { pitchReviewEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('es');

/** Textos de interfaz en español de <mind-pitch-review>: mismas claves y mismos argumentos que en inglés. */
const pitchReviewEs: typeof pitchReviewEn = {
  mindPitchReviewTitle: (prompt: string) => `Evaluación: ${prompt}`,
  mindPitchReviewBy: (seller: string, take: number, duration: string) =>
    `${seller} · toma ${number(take)} · ${duration}`,
  mindPitchReviewVideoLabel: (seller: string) => `Pitch de ${seller}`,
  mindPitchReviewMediaFailed: 'No se ha podido cargar el vídeo. Aun así, puede puntuar el pitch.',
  mindPitchReviewComments: 'Comentarios con marca de tiempo',
  mindPitchReviewNoComments: 'Todavía no hay comentarios. Ponga el vídeo en pausa donde quiera comentar.',
  mindPitchReviewCommentLabel: 'Comentario en el momento actual del vídeo',
  mindPitchReviewAddComment: 'Añadir comentario',
  mindPitchReviewRemoveComment: (time: string) => `Eliminar el comentario en ${time}`,
  mindPitchReviewCommentAdded: (time: string) => `Comentario añadido en ${time}.`,
  mindPitchReviewSeek: 'Ir a',
  mindPitchReviewRubric: 'Rúbrica',
  mindPitchReviewWeight: (weight: number, share: number) =>
    `Peso ${number(weight)} · ${new Intl.NumberFormat('es', { style: 'percent' }).format(share)} del total`,
  mindPitchReviewLevel: (score: number) => `${number(score)} ${plural(score, 'punto', 'puntos')}`,
  mindPitchReviewFeedback: 'Valoración general',
  mindPitchReviewFeedbackHint: 'Lo que el vendedor debe seguir haciendo, y lo primero que debe cambiar.',
  mindPitchReviewTotal: 'Total ponderado',
  mindPitchReviewOutOf: (total: number, max: number) => `${number(total)} / ${number(max)}`,
  mindPitchReviewUnscored: (count: number) =>
    `${number(count)} ${plural(count, 'criterio sin puntuar', 'criterios sin puntuar')}`,
  mindPitchReviewSubmit: 'Enviar evaluación',
  mindPitchReviewSubmitting: 'Guardando su evaluación…',
  mindPitchReviewIncomplete: 'Puntúe todos los criterios antes de enviar la evaluación.',
  mindPitchReviewSubmitFailed:
    'No se ha podido guardar su evaluación. Sus puntuaciones y comentarios se conservan: vuelva a intentarlo.',
  mindPitchReviewConflict: 'Este pitch se ha evaluado mientras tanto; esta es esa evaluación.',
  mindPitchReviewHeld: (coach: string) =>
    `${coach} está evaluando este pitch, así que su evaluación no se ha guardado. Sus puntuaciones y comentarios se conservan.`,
  mindPitchReviewClaimedBy: (coach: string) => `${coach} está evaluando este pitch.`,
  mindPitchReviewReviewedTitle: 'Evaluación',
  mindPitchReviewReviewedOn: (date: string) => `Evaluado el ${date}.`,
  mindPitchReviewNoFeedback: 'Sin valoración general.',
  mindPitchReviewPublish: 'Publicar como buena práctica',
  mindPitchReviewPublishing: 'Publicando…',
  mindPitchReviewPublished: (date: string) => `Publicado como buena práctica el ${date}.`,
  mindPitchReviewNeedsConsent: (seller: string) =>
    `${seller} no ha aceptado compartir este pitch con otros vendedores. Podrá publicarlo cuando dé su consentimiento.`,
  mindPitchReviewCanPublish: (seller: string) => `${seller} ha aceptado compartir este pitch con otros vendedores.`,
  mindPitchReviewPublishFailed: 'No se ha podido publicar el pitch. Vuelva a intentarlo.',
  mindPitchReviewConsentWithdrawn: 'El vendedor ha retirado su consentimiento, así que el pitch no se puede publicar.',
  mindPitchReviewForbiddenTitle: 'Esta página es para coaches',
  mindPitchReviewForbidden:
    'Las evaluaciones de pitches las redactan los coaches. Los comentarios de su coach sobre sus propios pitches aparecen junto a sus grabaciones.',
  mindPitchReviewNotFoundTitle: 'Pitch no encontrado',
  mindPitchReviewNotFound: (id: string) =>
    `Ningún pitch tiene el identificador «${id}». Compruebe el enlace que le ha traído aquí.`,
  mindPitchReviewNoneTitle: 'Ningún pitch seleccionado',
  mindPitchReviewNone: 'Elija un pitch para evaluar: esta vista muestra un pitch cada vez.',
  mindPitchReviewNotSubmittedTitle: 'Todavía no se ha enviado',
  mindPitchReviewNotSubmitted: 'El vendedor todavía está grabando este pitch. Se podrá evaluar cuando lo envíe.',
  mindPitchReviewError: 'No se ha podido cargar el pitch.',
};

export default pitchReviewEs;
