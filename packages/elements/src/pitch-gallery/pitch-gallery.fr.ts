import type { pitchGalleryEn } from './pitch-gallery.en.js';

/** Chaînes d'interface françaises de <mind-pitch-gallery> : mêmes clés, mêmes arguments que l'anglais. */
export const pitchGalleryFr: typeof pitchGalleryEn = {};
