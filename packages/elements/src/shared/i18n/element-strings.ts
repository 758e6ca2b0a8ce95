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
 * `translations` a loader per language for the module whose default export has the same keys.
 *
 * @example static override strings = elementStrings(quizEn, {
   fr: () => import('./quiz.fr.js'),
   ar: () => import('./quiz.ar.js'),
   pt: () => import('./quiz.pt.js'),
 });
 */
export function elementStrings<T extends Terms>(
  en: T,
  translations: { readonly [language: string]: TermsLoader<NoInfer<T>> },
): ElementStrings<T> {
  return { en, translations };
}
