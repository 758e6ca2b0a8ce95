import type { leaderboardEn } from './leaderboard.en.js';

/** Chaînes d'interface françaises de l'élément leaderboard : mêmes clés, mêmes arguments que l'anglais. */
export const leaderboardFr: typeof leaderboardEn = {};
