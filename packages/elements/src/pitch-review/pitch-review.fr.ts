import type { pitchReviewEn } from './pitch-review.en.js';

/** Chaînes d'interface françaises de <mind-pitch-review> : mêmes clés, mêmes arguments que l'anglais. */
export const pitchReviewFr: typeof pitchReviewEn = {};
