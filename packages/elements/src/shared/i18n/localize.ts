import { LocalizeController, registerTranslation } from '@shoelace-style/localize';
import type { ReactiveControllerHost } from 'lit';
import en, { type MindTranslation } from './en.js';

registerTranslation(en);

/** Every English term Mindshare knows, eager and lazily registered: the last-resort fallback. */
const english: Record<string, unknown> = { ...en };

/**
 * Registers the English terms of an element that loads lazily (coach and manager views), so its
 * strings travel with its own chunk instead of the page's entry. Its French terms belong in the
 * French catalogue (`fr.ts`).
 */
export function registerEnglishTerms(terms: Readonly<Record<`mind${string}`, unknown>>): void {
  Object.assign(english, terms);
  registerTranslation({ $code: 'en', $name: 'English', $dir: 'ltr', ...terms });
}

/**
 * A typed `term` for the extra terms `T` of a lazily loaded element (see {@link registerEnglishTerms}).
 *
 * @example const t = lazyTerms<typeof gallery.en>(this.localize); t('mindGalleryTitle');
 */
export function lazyTerms<T extends Record<string, unknown>>(
  localize: MindLocalizeController,
): <K extends keyof T & string>(key: K, ...args: TermArgs<T[K]>) => string {
  const term = localize.term.bind(localize) as (key: string, ...args: unknown[]) => string;
  return (key, ...args) => term(key, ...args);
}

/** Lazy catalogues: each one is its own chunk, fetched the first time an element needs it. */
const catalogues: Record<string, () => Promise<{ default: MindTranslation }>> = {
  fr: () => import('./fr.js'),
};
const requested = new Map<string, Promise<void>>();

/**
 * Loads the UI strings of `lang` (`fr`, `fr-CA`…) if Mindshare ships them, and re-renders every
 * connected element once they arrive. Resolves at once for English and unknown languages.
 */
export function loadTranslation(lang: string): Promise<void> {
  const language = lang.toLowerCase().split('-')[0] ?? '';
  const load = catalogues[language];
  if (!load) return Promise.resolve();
  let pending = requested.get(language);
  if (!pending) {
    pending = load().then(
      (module) => registerTranslation(module.default),
      (error: unknown) => {
        requested.delete(language);
        console.warn(`Mindshare: could not load the "${language}" UI strings; showing English.`, error);
      },
    );
    requested.set(language, pending);
  }
  return pending;
}

const hosts = new Set<ReactiveControllerHost & HTMLElement>();
let ancestorWatch: MutationObserver | undefined;
const LANG_ATTRIBUTES: MutationObserverInit = { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true };

/**
 * Counts the `lang` and `dir` changes the watches have seen: a controller's resolved language holds
 * while the count it was resolved at is still current.
 */
let langChanges = 0;

/** A `lang` or `dir` changed: every resolved language is stale, and the widgets below re-render. */
function langChanged(records: readonly MutationRecord[]): void {
  if (records.length === 0) return;
  langChanges++;
  for (const { target } of records) {
    for (const host of hosts) if (target.contains(host)) host.requestUpdate();
  }
}

/**
 * One watch for `lang` and `dir` changes anywhere in the page (the base controller watches only
 * `<html>`), so a portal switching a container's language re-renders the widgets inside it.
 * Filtered to two attributes that rarely change, it costs next to nothing.
 */
function watchAncestors(): void {
  if (ancestorWatch || typeof MutationObserver === 'undefined') return;
  ancestorWatch = new MutationObserver(langChanged);
  ancestorWatch.observe(document.documentElement, LANG_ATTRIBUTES);
}

type Catalogue = Readonly<Record<string, unknown>>;
interface TranslationData {
  readonly primary: Catalogue | undefined;
  readonly secondary: Catalogue | undefined;
}
interface TranslationLookup {
  getTranslationData(lang: string): TranslationData;
}

/** A valid BCP 47 tag from a `lang` attribute (`fr_CA` → `fr-ca`), or `undefined`. */
function validLang(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const lang = value.toLowerCase().replace(/_/g, '-');
  try {
    new Intl.Locale(lang);
    return lang;
  } catch {
    return undefined; // An invalid lang attribute falls through to the next one, as browsers do.
  }
}

/**
 * Localisation for one Mindshare element. Unlike the base controller, the language follows the
 * nearest `lang` attribute (so `<section lang="fr">` around a widget is enough, and changing it
 * re-renders the widget), then the document's; missing terms fall back to Mindshare's own English
 * even when another library registered English first.
 *
 * The language and direction are resolved once while the element stays on the page, and again only
 * when a `lang` or `dir` changes (on the element, a container, the document or, for an element in
 * a shadow root, that root's tree): a render of a hundred strings walks the ancestors once, not
 * per string. The translations of that language are looked up once per render, because a page may
 * register more at any time (which re-renders every element).
 */
export class MindLocalizeController extends LocalizeController<MindTranslation> {
  #resolved: { readonly at: number; readonly lang: string; readonly dir: string } | undefined;
  #terms: (TranslationData & { readonly lang: string }) | undefined;
  /** The `lang` and `dir` changes in the shadow root holding the element, which the page-wide watch cannot see. */
  #rootWatch: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host);
  }

  override hostConnected(): void {
    super.hostConnected();
    hosts.add(this.host);
    watchAncestors();
    this.#resolved = undefined;
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot) {
      this.#rootWatch = new MutationObserver(langChanged);
      this.#rootWatch.observe(root, LANG_ATTRIBUTES);
    }
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    hosts.delete(this.host);
    this.#rootWatch?.disconnect();
    this.#rootWatch = undefined;
    this.#resolved = undefined;
  }

  override lang(): string {
    return this.#language().lang;
  }

  override dir(): string {
    return this.#language().dir;
  }

  override term<K extends keyof MindTranslation>(key: K, ...args: TermArgs<MindTranslation[K]>): string {
    const lang = this.lang();
    let terms = this.#terms;
    if (terms?.lang !== lang) {
      // The base class's own lookup (private in its types): the catalogues for `fr-ca`, then `fr`.
      terms = { lang, ...(this as unknown as TranslationLookup).getTranslationData(lang) };
      this.#terms = terms;
    }
    const term = terms.primary?.[key] || terms.secondary?.[key] || english[key as string];
    if (term === undefined) return String(key);
    return typeof term === 'function' ? (term as (...a: unknown[]) => string)(...args) : String(term);
  }

  hostUpdate(): void {
    this.#terms = undefined;
    void loadTranslation(this.lang());
  }

  /** The element's language and direction, resolved again only after a `lang` or `dir` changed. */
  #language(): { readonly lang: string; readonly dir: string } {
    // A change made earlier in this task is taken now rather than when the watch reports it.
    if (ancestorWatch) langChanged(ancestorWatch.takeRecords());
    if (this.#rootWatch) langChanged(this.#rootWatch.takeRecords());
    if (this.#resolved?.at === langChanges) return this.#resolved;
    const { host } = this;
    const html = document.documentElement;
    const resolved = {
      at: langChanges,
      lang:
        validLang(host.closest<HTMLElement>('[lang]')?.lang) ??
        validLang(host.lang || html.lang || navigator.language) ??
        'en',
      dir: (host.closest<HTMLElement>('[dir]')?.dir || html.dir || 'ltr').toLowerCase(),
    };
    // Off the page (or without the watch) nothing would say when to resolve again.
    if (host.isConnected && ancestorWatch) this.#resolved = resolved;
    return resolved;
  }
}

/** The arguments a term takes: none for a string term, the function's for a function term. */
export type TermArgs<T> = T extends (...args: infer U) => string ? U : [];
