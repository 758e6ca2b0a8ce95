import type { pitchRecorderEn } from './pitch-recorder.en.js';

/** Chaînes d'interface françaises de <mind-pitch-recorder> : mêmes clés, mêmes arguments que l'anglais. */
export const pitchRecorderFr: typeof pitchRecorderEn = {};
