import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('en');

/** English UI strings of <mind-pitch-gallery> (term keys start with `mindPitchGallery`). */
export const pitchGalleryEn = {
  mindPitchGalleryTitle: (prompt: string) => `Best practices: ${prompt}`,
  mindPitchGalleryCount: (count: number) =>
    `${number(count)} ${plural(count, 'pitch chosen by coaches', 'pitches chosen by coaches')}`,
  mindPitchGalleryVideoLabel: (seller: string) => `Pitch by ${seller}`,
  mindPitchGalleryMediaFailed: 'This video could not be loaded.',
  mindPitchGalleryHighlights: 'Coach’s highlights',
  mindPitchGalleryScore: (total: number, max: number) => `Coach’s score: ${number(total)} / ${number(max)}`,
  mindPitchGalleryComments: (seller: string) => `Coach’s comments on ${seller}’s pitch`,
  mindPitchGallerySeek: 'Go to',
  mindPitchGalleryEmptyTitle: 'No best practices yet',
  mindPitchGalleryEmpty:
    'When a coach publishes a pitch for this exercise, with its seller’s consent, it appears here.',
  mindPitchGalleryNotFound: 'This pitch exercise does not exist.',
  mindPitchGalleryError: 'The best practices could not be loaded.',
} satisfies Record<`mindPitchGallery${string}`, unknown>;
