import type { quizEn } from './quiz.en.js';

/** Chaînes d'interface françaises de l'élément quiz : mêmes clés, mêmes arguments que l'anglais. */
export const quizFr: typeof quizEn = {};
