import type { pitchGalleryEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('it');

/** Testi dell'interfaccia in italiano di <mind-pitch-gallery>: stesse chiavi e stessi argomenti dell'inglese. */
const pitchGalleryIt: typeof pitchGalleryEn = {
  mindPitchGalleryTitle: (prompt: string) => `Buone pratiche: ${prompt}`,
  mindPitchGalleryCount: (count: number) =>
    `${number(count)} ${plural(count, 'pitch scelto dai coach', 'pitch scelti dai coach')}`,
  mindPitchGalleryVideoLabel: (seller: string) => `Pitch di ${seller}`,
  mindPitchGalleryMediaFailed: 'Impossibile caricare questo video.',
  mindPitchGalleryHighlights: 'I punti di forza secondo il coach',
  mindPitchGalleryScore: (total: number, max: number) => `Voto del coach: ${number(total)} / ${number(max)}`,
  mindPitchGalleryComments: (seller: string) => `Commenti del coach sul pitch di ${seller}`,
  mindPitchGallerySeek: 'Vai a',
  mindPitchGalleryEmptyTitle: 'Ancora nessuna buona pratica',
  mindPitchGalleryEmpty:
    'Quando un coach pubblica un pitch per questo esercizio, con il consenso del venditore, compare qui.',
  mindPitchGalleryNotFound: 'Questo esercizio di pitch non esiste.',
  mindPitchGalleryError: 'Impossibile caricare le buone pratiche.',
};

export default pitchGalleryIt;
