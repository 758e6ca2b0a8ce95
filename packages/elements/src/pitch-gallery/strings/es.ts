import type { pitchGalleryEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('es');

/** Textos de interfaz en español de <mind-pitch-gallery>: mismas claves y mismos argumentos que en inglés. */
const pitchGalleryEs: typeof pitchGalleryEn = {
  mindPitchGalleryTitle: (prompt: string) => `Buenas prácticas: ${prompt}`,
  mindPitchGalleryCount: (count: number) =>
    `${number(count)} ${plural(count, 'pitch elegido por los coaches', 'pitches elegidos por los coaches')}`,
  mindPitchGalleryVideoLabel: (seller: string) => `Pitch de ${seller}`,
  mindPitchGalleryMediaFailed: 'No se ha podido cargar este vídeo.',
  mindPitchGalleryHighlights: 'Puntos fuertes según el coach',
  mindPitchGalleryScore: (total: number, max: number) => `Nota del coach: ${number(total)} / ${number(max)}`,
  mindPitchGalleryComments: (seller: string) => `Comentarios del coach sobre el pitch de ${seller}`,
  mindPitchGallerySeek: 'Ir a',
  mindPitchGalleryEmptyTitle: 'Todavía no hay buenas prácticas',
  mindPitchGalleryEmpty:
    'Cuando un coach publique un pitch de este ejercicio, con el consentimiento de su vendedor, aparecerá aquí.',
  mindPitchGalleryNotFound: 'Este ejercicio de pitch no existe.',
  mindPitchGalleryError: 'No se han podido cargar las buenas prácticas.',
};

export default pitchGalleryEs;
