/**
 * The languages whose catalogues Mindshare ships besides English, each loaded on use: the shared
 * terms (`shared/i18n/strings/<code>.ts`) and every element's (`<element>/strings/<code>.ts`) have
 * one per code. Adding a language here makes every element load its file (docs/localisation.md).
 */
export const TRANSLATED_LANGUAGES = ['fr', 'de', 'es', 'it', 'pt', 'ar'] as const;

/** A language whose catalogues Mindshare ships besides English. */
export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/** The languages whose catalogues Mindshare ships (English eager, the others loaded on use). */
export type TermLanguage = 'en' | TranslatedLanguage;
