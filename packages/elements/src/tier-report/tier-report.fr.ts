import type { tierReportEn } from './tier-report.en.js';

/** Chaînes d'interface françaises de <mind-tier-report> : mêmes clés, mêmes arguments que l'anglais. */
export const tierReportFr: typeof tierReportEn = {};
