import type { providerEn } from './provider.en.js';

/** Chaînes d'interface françaises de l'élément provider : mêmes clés, mêmes arguments que l'anglais. */
export const providerFr: typeof providerEn = {};
