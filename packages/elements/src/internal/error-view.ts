import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MindLocalizeController } from '../i18n/localize.js';
import { errorText, reloadPage } from './error-text.js';

/** Options of {@link errorView}. */
export interface ErrorViewOptions {
  /** What the element says of a failure without words of its own ("Could not load the gallery."). */
  readonly fallback?: string;
  /** Tries again; a page out of date offers a reload instead, since trying again cannot help. */
  readonly retry: () => void;
  /** The part the view exposes (`status` in most elements). */
  readonly part?: string;
  /** What to do, in the element's own words, when they say more than the shared ones. */
  readonly advice?: string;
  /** Lets focus move to the title (elements that move focus to each new view). */
  readonly focusable?: boolean;
}

/**
 * The error view an element shows for `error`: an alert whose title says what happened and, when
 * the person can do something about it (free space, reload), what to do; else the element's own
 * words. The element announces the error with `mind-error` (see `MindElement.shownErrors`).
 */
export function errorView(localize: MindLocalizeController, error: unknown, options: ErrorViewOptions): TemplateResult {
  const text = errorText(localize, error);
  const body = options.advice ?? text.advice ?? options.fallback;
  return html`<section class="status error" part=${ifDefined(options.part)} role="alert" aria-labelledby="error-title">
    <h2 id="error-title" tabindex=${ifDefined(options.focusable ? '-1' : undefined)}>${text.title}</h2>
    ${body === undefined ? nothing : html`<p>${body}</p>`}
    ${
      text.reload
        ? html`<button class="primary" type="button" @click=${reloadPage}>${localize.term('mindReload')}</button>`
        : html`<button class="primary" type="button" @click=${options.retry}>${localize.term('mindRetry')}</button>`
    }
  </section>`;
}
