import { LocalizeController, registerTranslation, type Translation } from '@shoelace-style/localize';
import type { ReactiveControllerHost } from 'lit';
import { elementStrings, type ElementStrings, type Terms } from './element-strings.js';
import sharedEn, { type SharedTerms } from './strings/en.js';

type Catalogue = Readonly<Record<string, unknown>>;
interface TranslationData {
  readonly primary: Catalogue | undefined;
  readonly secondary: Catalogue | undefined;
}
interface TranslationLookup {
  getTranslationData(lang: string): TranslationData;
}

/** The base class's own lookup (private in its types); it reads only the registered translations. */
const lookup = (lang: string): TranslationData =>
  (LocalizeController.prototype as unknown as TranslationLookup).getTranslationData(lang);

/**
 * @internal The shared terms; every element's terms register with its class (see
 * {@link registerStrings}). Exported for the catalogue tests.
 */
export const shared = elementStrings(sharedEn, (language) => import(`./strings/${language}.ts`));

/** Mindshare's own English, shared and registered elements': the last-resort fallback. */
const english: Record<string, unknown> = {};
/** The element catalogues registered so far, each once. */
const registered = new Set<ElementStrings>();
/** The languages asked for, each with the load of every catalogue registered when it was asked. */
const requested = new Map<string, Promise<void>>();
/** Per catalogue and language, the download: kept once done, forgotten when it fails. */
const downloads = new WeakMap<ElementStrings, Map<string, Promise<Terms>>>();
/** Per catalogue, the languages whose terms are registered: registering them again would only re-render. */
const filled = new WeakMap<ElementStrings, Set<string>>();

const isFilled = (strings: ElementStrings, language: string): boolean => filled.get(strings)?.has(language) ?? false;

/**
 * Registers Mindshare's terms of `language` under the terms a page registered for it already: a
 * catalogue arriving late never undoes a page's override (docs/localisation.md).
 */
function fillIn(language: string, terms: Terms): void {
  const present = lookup(language).secondary ?? {};
  const kept = Object.fromEntries(Object.keys(terms).flatMap((key) => (key in present ? [[key, present[key]]] : [])));
  // `$name` and `$dir` are not read: the language comes from `lang` attributes, the direction from `dir`.
  registerTranslation({ $code: language, ...terms, ...kept } as unknown as Translation);
}

/**
 * Registers the UI strings of an element class, once (a second call with the same strings does
 * nothing): its English at once, and its catalogue of every language already asked for. A
 * {@link MindLocalizeController} calls it with its host class's `static strings`, so importing an
 * element's module registers nothing; constructing its first instance does.
 */
export function registerStrings(strings: ElementStrings | undefined): void {
  if (!strings || registered.has(strings)) return;
  registered.add(strings);
  Object.assign(english, strings.en);
  fillIn('en', strings.en);
  for (const [language, pending] of requested) {
    requested.set(
      language,
      Promise.all([pending, load([strings], language)]).then(() => undefined),
    );
  }
}

function download(strings: ElementStrings, language: string): Promise<Terms> {
  const loader = strings.translations[language];
  if (!loader) return Promise.resolve({});
  let byLanguage = downloads.get(strings);
  if (!byLanguage) downloads.set(strings, (byLanguage = new Map()));
  let pending = byLanguage.get(language);
  if (!pending) {
    const forget = byLanguage;
    pending = loader().then(
      (module) => module.default,
      (error: unknown) => {
        forget.delete(language);
        throw error;
      },
    );
    byLanguage.set(language, pending);
  }
  return pending;
}

/**
 * Downloads the catalogues of `language` side by side and registers what arrived in one go, so
 * an element switches language once, not string group by string group. A failed download leaves
 * its terms in English and is tried again on the next request.
 */
function load(catalogues: readonly ElementStrings[], language: string): Promise<void> {
  return Promise.allSettled(catalogues.map((strings) => download(strings, language))).then((results) => {
    const terms: Record<string, unknown> = {};
    const errors: unknown[] = [];
    results.forEach((result, index) => {
      const strings = catalogues[index]!;
      if (result.status === 'rejected') errors.push(result.reason);
      else if (!isFilled(strings, language)) {
        // Only what newly arrived: registering re-renders every element, whose next render asks
        // again for a language that failed — with nothing new each time, that would never end.
        Object.assign(terms, result.value);
        if (!filled.has(strings)) filled.set(strings, new Set());
        filled.get(strings)!.add(language);
      }
    });
    if (errors.length > 0) {
      requested.delete(language); // The next request tries the failed downloads again.
      console.warn(`Mindshare: could not load the "${language}" UI strings; showing English.`, ...errors);
    }
    if (Object.keys(terms).length > 0) fillIn(language, terms);
  });
}

Object.assign(english, shared.en);
fillIn('en', shared.en);

/** The language a catalogue is kept under: `fr` for `fr-CA`, `FR`, `fr`. */
const baseLanguage = (lang: string): string => lang.toLowerCase().split('-')[0] ?? '';

/**
 * Loads the UI strings of `lang` (`fr`, `fr-CA`…) if Mindshare ships them — the shared catalogue
 * and that of every element class registered so far, each once; an element registered later
 * loads its own when it registers — and re-renders every connected element once they arrive.
 * Resolves at once for English and unknown languages.
 */
export function loadTranslation(lang: string): Promise<void> {
  const language = baseLanguage(lang);
  if (!shared.translations[language]) return Promise.resolve();
  let pending = requested.get(language);
  if (!pending) {
    pending = load([shared, ...registered], language);
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

/** Scripts written right to left (ISO 15924), as `Intl.Locale#maximize` names a language's script. */
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa']);

/** The direction `lang` is written in: `rtl` for Arabic, Hebrew, Persian, Urdu…, else `ltr`. */
export function languageDirection(lang: string): 'ltr' | 'rtl' {
  try {
    return RTL_SCRIPTS.has(new Intl.Locale(lang).maximize().script ?? '') ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/**
 * The direction of an element in `lang`, found at `langElement` (or the document): an explicit
 * `dir="ltr"` or `dir="rtl"` at or inside the element that gives the language wins (a host's
 * choice); else the language's own direction, so `<section lang="ar">` reads right to left even in
 * a page whose `<html dir="ltr">` speaks of its English.
 */
function direction(host: HTMLElement, langElement: HTMLElement | null, lang: string): string {
  const dirElement = host.closest<HTMLElement>('[dir]');
  const explicit = dirElement?.dir.toLowerCase();
  const governs = dirElement && (!langElement || langElement === dirElement || langElement.contains(dirElement));
  return governs && (explicit === 'ltr' || explicit === 'rtl') ? explicit : languageDirection(lang);
}

/** The language and direction of an element rendered on a server, from its own attributes only. */
function serverLanguage(host: HTMLElement): { readonly lang: string; readonly dir: string } {
  const lang = validLang(host.getAttribute?.('lang') ?? undefined) ?? 'en';
  const explicit = host.getAttribute?.('dir')?.toLowerCase();
  return { lang, dir: explicit === 'ltr' || explicit === 'rtl' ? explicit : languageDirection(lang) };
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
 *
 * `T` is the host element's own terms (its `strings/en.ts`): `term` type-checks keys and arguments
 * against them and the shared terms. Constructing the controller registers the host class's
 * `static strings` (see {@link elementStrings}), once per class.
 */
export class MindLocalizeController<T extends Terms = Record<never, never>> extends LocalizeController<
  Translation & MindTerms<T>
> {
  #resolved: { readonly at: number; readonly lang: string; readonly dir: string } | undefined;
  #terms: (TranslationData & { readonly lang: string }) | undefined;
  /** The `lang` and `dir` changes in the shadow root holding the element, which the page-wide watch cannot see. */
  #rootWatch: MutationObserver | undefined;
  /**
   * Rendered by a server (its shadow root came with the HTML, before the element was defined) and
   * not yet hydrated. Hydration keeps the server's DOM as the first render's, so that render must
   * speak the server's language; the page's follows in a render of its own.
   */
  #hydrating: boolean;

  /** Adds itself to `host` and registers the host class's `static strings`, once per class. */
  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host);
    this.#hydrating = typeof host.closest === 'function' && host.shadowRoot !== null;
    registerStrings((host.constructor as { readonly strings?: ElementStrings }).strings);
  }

  /** Starts following `lang` and `dir` changes around the host, in the page and in its shadow root. */
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

  /** Stops following the host's `lang` and `dir`; they are resolved again when it comes back. */
  override hostDisconnected(): void {
    super.hostDisconnected();
    hosts.delete(this.host);
    this.#rootWatch?.disconnect();
    this.#rootWatch = undefined;
    this.#resolved = undefined;
  }

  /** The host's language: the nearest valid `lang` attribute, else the document's, else `en`. */
  override lang(): string {
    return this.#language().lang;
  }

  /** The host's direction: an explicit `dir` where it governs, else its language's own. */
  override dir(): string {
    return this.#language().dir;
  }

  /**
   * The term `key` in the host's language with `args`: as registered for its region (`fr-CA`),
   * else for its language (`fr`), else in Mindshare's English; the key itself when none has it.
   */
  override term<K extends keyof (Translation & MindTerms<T>)>(
    key: K,
    ...args: TermArgs<(Translation & MindTerms<T>)[K]>
  ): string {
    const lang = this.lang();
    let terms = this.#terms;
    if (terms?.lang !== lang) {
      terms = { lang, ...lookup(lang) };
      this.#terms = terms;
    }
    const name = key as string;
    const term = terms.primary?.[name] || terms.secondary?.[name] || english[name];
    if (term === undefined) return name;
    return typeof term === 'function' ? (term as (...a: unknown[]) => string)(...args) : String(term);
  }

  /** Before each render: looks the terms up afresh and asks for the strings of the host's language. */
  hostUpdate(): void {
    this.#terms = undefined;
    void loadTranslation(this.lang());
  }

  /** After the first render of a server-rendered element: renders again if the page speaks otherwise. */
  hostUpdated(): void {
    if (!this.#hydrating) return;
    const server = serverLanguage(this.host);
    this.#hydrating = false;
    const page = this.#language();
    if (page.lang !== server.lang || page.dir !== server.dir) this.host.requestUpdate();
  }

  /**
   * Resolves once the strings of the host's language are here (or failed, leaving English), or
   * `undefined` when nothing is missing: an element waits for it before its first render, so a
   * French page never shows a lazily loaded element in English first.
   */
  ready(): Promise<void> | undefined {
    const lang = this.lang();
    const language = baseLanguage(lang);
    if (!shared.translations[language]) return undefined;
    const own = (this.host.constructor as { readonly strings?: ElementStrings }).strings;
    const missing = [shared, ...(own ? [own] : [])].some(
      (strings) => strings.translations[language] !== undefined && !isFilled(strings, language),
    );
    return missing ? loadTranslation(lang) : undefined;
  }

  /** The element's language and direction, resolved again only after a `lang` or `dir` changed. */
  #language(): { readonly lang: string; readonly dir: string } {
    // A change made earlier in this task is taken now rather than when the watch reports it.
    if (ancestorWatch) langChanged(ancestorWatch.takeRecords());
    if (this.#rootWatch) langChanged(this.#rootWatch.takeRecords());
    if (this.#resolved?.at === langChanges) return this.#resolved;
    const { host } = this;
    // Rendered on a server (@lit-labs/ssr's DOM shim), the element has no ancestors to ask: its own
    // `lang` and `dir`, else English. Hydrating, the browser renders that again, then the page's.
    if (typeof host.closest !== 'function' || this.#hydrating) return serverLanguage(host);
    const html = document.documentElement;
    const langElement = host.closest<HTMLElement>('[lang]');
    const lang = validLang(langElement?.lang) ?? validLang(host.lang || html.lang || navigator.language) ?? 'en';
    const resolved = { at: langChanges, lang, dir: direction(host, langElement, lang) };
    // Off the page (or without the watch) nothing would say when to resolve again.
    if (host.isConnected && ancestorWatch) this.#resolved = resolved;
    return resolved;
  }
}

/** The arguments a term takes: none for a string term, the function's for a function term. */
export type TermArgs<T> = T extends (...args: infer U) => string ? U : [];

/** The terms an element's controller knows: the shared ones and the element's own `T`. */
export type MindTerms<T extends Terms = Record<never, never>> = SharedTerms & T;
