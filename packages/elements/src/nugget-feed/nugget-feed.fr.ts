import type { nuggetFeedEn } from './nugget-feed.en.js';

/** Chaînes d'interface françaises de <mind-nugget-feed> : mêmes clés, mêmes arguments que l'anglais. */
export const nuggetFeedFr: typeof nuggetFeedEn = {};
