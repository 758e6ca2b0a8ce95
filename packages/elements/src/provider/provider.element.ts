import { consume, ContextProvider } from '@lit/context';
import { formatPath, MindError, type MindshareApi } from '@mindshare/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { mindshareContext } from '../shared/base/mindshare-context.js';
import { mindErrorDetail } from '../shared/base/mind-error-detail.js';
import { mindEvent } from '../shared/base/mind-event.js';
import { tokens } from '../shared/styles/tokens.js';
import { elementStrings } from '../shared/i18n/element-strings.js';
import { MindLocalizeController } from '../shared/i18n/localize.js';
import { describeFailure, type InvalidSource, type ProviderFailure } from './provider-failure.js';
import { providerEn } from './strings/en.js';
import { providerStyles } from './provider.styles.js';
import { downloadSources } from './sources.js';
import { loadEngine } from './load-engine.js';

export type { MindErrorDetail } from '../shared/base/mind-error-detail.js';

/** Where a declarative provider stands. */
export type ProviderStatus = 'idle' | 'loading' | 'blocked' | 'ready' | 'error';

const DECLARATIVE = ['src', 'directory', 'storage', 'viewer', 'locale', 'timeZone'] as const;

/**
 * Gives one Mindshare API to every Mindshare element below it, so widgets scattered over a
 * portal page share one engine. Either set `.api` (an engine or the HTTP client), or let it build
 * the engine from attributes: it downloads the pack and the directory, opens the named storage
 * and starts the engine, showing a loading view, then either the page's widgets or an error view
 * that lists every path-named problem. Changing `viewer` (or any attribute) builds a new engine
 * and closes the old one. A provider inside another one passes the outer API on unless it has
 * its own.
 *
 * @tagname mind-provider
 * @summary Shares one Mindshare API with the elements inside it; can build it from a pack URL.
 *
 * @slot - The page's content and Mindshare widgets.
 *
 * @csspart base - The provider's box.
 * @csspart error - The error view (problems list and retry button).
 *
 * @cssproperty [--mind-color-danger=#b3261e] - Border of the error view (`#ffb4ab` in the dark scheme).
 * @cssproperty [--mind-font-family-mono=ui-monospace, 'SFMono-Regular', Menlo, monospace] - Font of JSON paths in the error view.
 *
 * @event {MindReadyEvent} mind-ready - A declarative provider built its engine.
 * @event {MindErrorEvent} mind-error - A declarative provider could not build its engine, or waits for other tabs to close; `detail.code` is its `MIND_*` code.
 */
export class MindProvider extends LitElement {
  // Not a MindElement: a provider passes an API on but never listens to its change events.
  /** @internal Shadow styles; theme the element through its `--mind-*` tokens and parts. */
  static override styles = [tokens, providerStyles];

  /** @internal English terms travel with the element; each other language is a lazy chunk, loaded when shown in it. */
  static strings = elementStrings(providerEn, (language) => import(`./strings/${language}.ts`));

  protected readonly localize = new MindLocalizeController<typeof providerEn>(this);

  /** The API to give the elements below; when set, the declarative attributes are ignored. */
  @property({ attribute: false }) api: MindshareApi | undefined;

  /** An outer provider's API, passed on when this one has none of its own. */
  @consume({ context: mindshareContext, subscribe: true })
  @state()
  protected outerApi: MindshareApi | undefined;

  /** URL of the content pack (JSON). */
  @property() src: string | undefined;
  /** URL of the directory (JSON). */
  @property() directory: string | undefined;
  /** Storage name in core's registry; `indexeddb` when registered, else `memory`. */
  @property() storage: string | undefined;
  /** The seller id of the person using the page. */
  @property() viewer: string | undefined;
  /** Locale for authored content; defaults to the provider's `lang`, then the directory's. */
  @property() locale: string | undefined;
  /** IANA time zone of the viewer; defaults to the directory's. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;

  /**
   * Where the declarative engine stands (`idle` when `.api` is set or attributes are missing;
   * `blocked` while another tab's older version of the storage holds its upgrade).
   */
  @state() status: ProviderStatus = 'idle';
  @state() protected failure: ProviderFailure | undefined;

  readonly #context = new ContextProvider(this, { context: mindshareContext });
  #built: MindshareApi | undefined;
  #generation = 0;
  #scheduled = false;
  #abort: AbortController | undefined;

  /** The engine this provider built from its attributes, if any. */
  get builtApi(): MindshareApi | undefined {
    return this.#built;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#scheduleBuild();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A provider leaving the page releases its engine; it rebuilds if it comes back.
    this.#generation++;
    this.#scheduled = false;
    void this.#release();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (DECLARATIVE.some((key) => changed.has(key)) || changed.has('api')) this.#scheduleBuild();
    // An explicit `.api` wins, then the engine built here, then an outer provider's.
    this.#context.setValue(this.api ?? this.#built ?? this.outerApi);
  }

  /** Tries again after a failure (also what the Retry button does). */
  retry(): void {
    this.#scheduleBuild();
  }

  #scheduleBuild(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      if (!this.#scheduled) return;
      this.#scheduled = false;
      void this.#build();
    });
  }

  async #build(): Promise<void> {
    const generation = ++this.#generation;
    await this.#release();
    const { src, directory, viewer } = this;
    if (!this.isConnected || this.api || !src || !directory || !viewer) {
      this.status = 'idle';
      this.failure = undefined;
      return;
    }
    this.status = 'loading';
    this.failure = undefined;
    const abort = new AbortController();
    this.#abort = abort;
    try {
      // The engine (its schemas, zod, the storage) loads with the first provider that builds one:
      // a page handed an API object (the HTTP client of a server) never downloads it. The pack and
      // the directory download meanwhile; the first failure stops the downloads.
      const loading = loadEngine();
      const downloads = downloadSources(src, directory, abort.signal);
      for (const step of [loading, downloads]) step.catch(() => abort.abort());
      const [engine, sources] = await Promise.allSettled([loading, downloads]);
      // The engine's failure first: a browser may keep it until the page reloads, so a retry that
      // downloads the files again would only meet it next.
      if (engine.status === 'rejected') throw engine.reason;
      if (sources.status === 'rejected') throw sources.reason;
      const api = await engine.value.loadMindshare(sources.value, {
        src,
        directory,
        viewer,
        onBlocked: () => {
          if (generation !== this.#generation || this.status !== 'loading') return;
          // The open waits, it has not failed: it goes on by itself once the other tabs close.
          this.status = 'blocked';
          this.#report(
            new MindError(
              'MIND_STORAGE_UNAVAILABLE',
              'Another tab of this portal keeps an older version of the Mindshare database open: close it to go on.',
            ),
          );
        },
        ...(this.storage ? { storage: this.storage } : {}),
        ...((this.locale ?? this.lang) ? { locale: this.locale ?? this.lang } : {}),
        ...(this.timeZone ? { timeZone: this.timeZone } : {}),
      });
      if (generation !== this.#generation) {
        // Superseded while starting (the viewer changed): this engine is nobody's.
        await api.close();
        return;
      }
      this.#built = api;
      this.status = 'ready';
      this.requestUpdate();
      this.dispatchEvent(mindEvent('mind-ready', { api }));
    } catch (error) {
      if (generation !== this.#generation) return;
      this.failure = describeFailure(error);
      this.status = 'error';
      this.#report(error);
    }
  }

  #report(error: unknown): void {
    this.dispatchEvent(mindEvent('mind-error', mindErrorDetail(error)));
  }

  async #release(): Promise<void> {
    this.#abort?.abort();
    this.#abort = undefined;
    const built = this.#built;
    if (!built) return;
    this.#built = undefined;
    this.requestUpdate();
    await built.close().catch((error: unknown) => console.warn('Mindshare: closing the engine failed.', error));
  }

  override render(): TemplateResult {
    const waiting = this.status === 'loading' || this.status === 'blocked' || this.status === 'error';
    // The direction and language go on the provider's own messages, not on the base: the base
    // holds the page's content (the slot), whose layout is the page's to decide.
    const [dir, lang] = [this.localize.dir(), this.localize.lang()];
    return html`<div part="base">
      ${
        this.status === 'loading'
          ? html`<p class="status" role="status" dir=${dir} lang=${lang}>
              ${this.localize.term('mindProviderLoading')}
            </p>`
          : nothing
      }
      ${
        this.status === 'blocked'
          ? html`<p part="error" class="blocked" role="alert" dir=${dir} lang=${lang}>
              ${this.localize.term('mindProviderBlocked')}
            </p>`
          : nothing
      }
      ${this.status === 'error' && this.failure ? this.#renderFailure(this.failure) : nothing}
      <div ?hidden=${waiting}><slot></slot></div>
    </div>`;
  }

  #renderFailure(failure: ProviderFailure): TemplateResult {
    return html`<div part="error" role="alert" dir=${this.localize.dir()} lang=${this.localize.lang()}>
      <p class="title">${this.localize.term('mindProviderFailed')}</p>
      ${
        failure.kind === 'network'
          ? html`<p>${this.localize.term('mindProviderNetwork', failure.url)}</p>`
          : failure.kind === 'invalid'
            ? failure.sources.map((source) => this.#renderSource(source))
            : failure.kind === 'unknown-viewer'
              ? html`<p>${this.localize.term('mindProviderUnknownViewer', this.viewer ?? '')}</p>`
              : html`<p><code>${failure.message}</code></p>`
      }
      <button type="button" class="primary" @click=${() => this.retry()}>${this.localize.term('mindRetry')}</button>
    </div>`;
  }

  #renderSource(source: InvalidSource): TemplateResult {
    const title =
      source.source === 'pack'
        ? this.localize.term('mindProviderInvalidPack')
        : this.localize.term('mindProviderInvalidDirectory');
    if (source.notJson) {
      return html`<p>${title} (<code>${source.url}</code>). ${this.localize.term('mindProviderNotJson')}</p>`;
    }
    return html`<p>
        ${title} (<code>${source.url}</code>). ${this.localize.term('mindProviderProblems', source.problems.length)}
      </p>
      <ul class="problems">
        ${source.problems.map((problem) => html`<li><code>${formatPath(problem.path)}</code>: ${problem.message}</li>`)}
      </ul>`;
  }
}
