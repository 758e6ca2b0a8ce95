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

/**
 * One watch for `lang` and `dir` changes anywhere in the page (the base controller watches only
 * `<html>`), so a portal switching a container's language re-renders the widgets inside it.
 * Filtered to two attributes that rarely change, it costs next to nothing.
 */
function watchAncestors(): void {
  if (ancestorWatch || typeof MutationObserver === 'undefined') return;
  ancestorWatch = new MutationObserver((records) => {
    for (const { target } of records) {
      for (const host of hosts) if (target.contains(host)) host.requestUpdate();
    }
  });
  ancestorWatch.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
}

/**
 * Localisation for one Mindshare element. Unlike the base controller, the language follows the
 * nearest `lang` attribute (so `<section lang="fr">` around a widget is enough, and changing it
 * re-renders the widget), then the document's; missing terms fall back to Mindshare's own English
 * even when another library registered English first.
 */
export class MindLocalizeController extends LocalizeController<MindTranslation> {
  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host);
  }

  override hostConnected(): void {
    super.hostConnected();
    hosts.add(this.host);
    watchAncestors();
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    hosts.delete(this.host);
  }

  override lang(): string {
    const nearest = this.host.closest<HTMLElement>('[lang]')?.lang;
    if (nearest) {
      const lang = nearest.toLowerCase().replace(/_/g, '-');
      try {
        new Intl.Locale(lang);
        return lang;
      } catch {
        // An invalid lang attribute falls through to the document's, as browsers do.
      }
    }
    return super.lang();
  }

  override dir(): string {
    return this.host.closest<HTMLElement>('[dir]')?.dir.toLowerCase() || super.dir();
  }

  override term<K extends keyof MindTranslation>(key: K, ...args: TermArgs<MindTranslation[K]>): string {
    if (!this.exists(key, { includeFallback: false })) {
      const term = english[key as string];
      if (term === undefined) return String(key);
      return typeof term === 'function' ? (term as (...a: unknown[]) => string)(...args) : String(term);
    }
    return super.term(key, ...(args as never));
  }

  hostUpdate(): void {
    void loadTranslation(this.lang());
  }
}

/** The arguments a term takes: none for a string term, the function's for a function term. */
export type TermArgs<T> = T extends (...args: infer U) => string ? U : [];
