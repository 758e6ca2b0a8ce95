import type { masteryMapEn } from './mastery-map.en.js';

/** Chaînes d'interface françaises de <mind-mastery-map> : mêmes clés, mêmes arguments que l'anglais. */
export const masteryMapFr: typeof masteryMapEn = {};
