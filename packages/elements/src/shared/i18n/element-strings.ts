import { TRANSLATED_LANGUAGES, type TranslatedLanguage } from './languages.js';

/** UI terms keyed `mind…`: a string, or a function of the arguments the term takes. */
export type Terms = Readonly<Record<`mind${string}`, unknown>>;

/** Loads one language's catalogue of terms `T`, each language its own lazy chunk. */
export type TermsLoader<T extends Terms> = () => Promise<{ readonly default: T }>;

/**
 * The UI strings of one element class (or of the shared catalogue): its English terms, eager,
 * which type its keys and arguments, and a loader per other language. Make it with
 * {@link elementStrings}; a `MindLocalizeController` registers its host class's `static strings`
 * when the first instance is constructed.
 */
export interface ElementStrings<T extends Terms = Terms> {
  readonly en: T;
  /** Loaders by base language (`fr`), each called at most once while it succeeds. */
  readonly translations: Readonly<Partial<Record<string, TermsLoader<T>>>>;
}

/**
 * Declares an element's catalogues: `en` is the English terms (the fallback of every language),
 * `load` imports the catalogue of one of the {@link TRANSLATED_LANGUAGES} from the element's
 * `strings/` folder (`strings/fr.ts`, whose default export has the same keys, typed against
 * `strings/en.ts`).
 *
 * The import names the source file, `.ts`, not the `.js` of other imports: no TypeScript-aware
 * resolver rewrites a template literal. The build turns it into one literal import per catalogue
 * in `strings/`, each a lazy chunk (scripts/lib/catalogue-imports.mjs; `./strings/fr.js` in dist),
 * and the test server serves the `.ts` file as named. Only catalogues live in `strings/` (a part of
 * one goes in a folder below): every file there is a language some page may load.
 *
 * @example static override strings = elementStrings(quizEn, (language) => import(`./strings/${language}.ts`));
 */
export function elementStrings<T extends Terms>(
  en: T,
  load: (language: TranslatedLanguage) => Promise<{ readonly default: NoInfer<T> }>,
): ElementStrings<T> {
  return {
    en,
    translations: Object.fromEntries(TRANSLATED_LANGUAGES.map((language) => [language, () => load(language)])),
  };
}
