import type { pitchGalleryEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('de');

/** Deutsche UI-Texte von <mind-pitch-gallery>: dieselben Schlüssel und Argumente wie im Englischen. */
const pitchGalleryDe: typeof pitchGalleryEn = {
  mindPitchGalleryTitle: (prompt: string) => `Best Practices: ${prompt}`,
  mindPitchGalleryCount: (count: number) =>
    `${number(count)} ${plural(count, 'von Coaches ausgewählter Pitch', 'von Coaches ausgewählte Pitches')}`,
  mindPitchGalleryVideoLabel: (seller: string) => `Pitch von ${seller}`,
  mindPitchGalleryMediaFailed: 'Dieses Video konnte nicht geladen werden.',
  mindPitchGalleryHighlights: 'Stärken laut Coach',
  mindPitchGalleryScore: (total: number, max: number) => `Bewertung des Coaches: ${number(total)} / ${number(max)}`,
  mindPitchGalleryComments: (seller: string) => `Kommentare des Coaches zum Pitch von ${seller}`,
  mindPitchGallerySeek: 'Gehe zu',
  mindPitchGalleryEmptyTitle: 'Noch keine Best Practices',
  mindPitchGalleryEmpty:
    'Wenn ein Coach einen Pitch zu dieser Übung mit Zustimmung des Verkäufers veröffentlicht, erscheint er hier.',
  mindPitchGalleryNotFound: 'Diese Pitch-Übung gibt es nicht.',
  mindPitchGalleryError: 'Die Best Practices konnten nicht geladen werden.',
};

export default pitchGalleryDe;
