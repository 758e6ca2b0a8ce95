import type { pitchGalleryEn } from './en.js';
import { termFormats } from '../../shared/i18n/term-formats.js';

const { number, plural } = termFormats('fr');

/** Chaînes d'interface françaises de <mind-pitch-gallery> : mêmes clés, mêmes arguments que l'anglais. */
const pitchGalleryFr: typeof pitchGalleryEn = {
  mindPitchGalleryTitle: (prompt: string) => `Bonnes pratiques\u00a0: ${prompt}`,
  mindPitchGalleryCount: (count: number) =>
    `${number(count)} ${plural(count, 'pitch choisi par les coachs', 'pitchs choisis par les coachs')}`,
  mindPitchGalleryVideoLabel: (seller: string) => `Pitch de ${seller}`,
  mindPitchGalleryMediaFailed: 'Impossible de charger cette vidéo.',
  mindPitchGalleryHighlights: 'Les points forts selon le coach',
  mindPitchGalleryScore: (total: number, max: number) => `Note du coach\u00a0: ${number(total)} / ${number(max)}`,
  mindPitchGalleryComments: (seller: string) => `Commentaires du coach sur le pitch de ${seller}`,
  mindPitchGallerySeek: 'Aller à',
  mindPitchGalleryEmptyTitle: 'Pas encore de bonnes pratiques',
  mindPitchGalleryEmpty:
    'Quand un coach publie un pitch pour cet exercice, avec l’accord de son vendeur, il apparaît ici.',
  mindPitchGalleryNotFound: 'Cet exercice de pitch n’existe pas.',
  mindPitchGalleryError: 'Impossible de charger les bonnes pratiques.',
};

export default pitchGalleryFr;
