import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MindLocalizeController } from '../i18n/localize.js';
import { errorText, reloadPage, type ErrorContext } from './error-text.js';

/** Options of {@link errorView}; `challengeId` and `retrying` say more of some failures (see {@link errorText}). */
export interface ErrorViewOptions extends ErrorContext {
  /** What the element says of a failure without words of its own ("Could not load the gallery."). */
  readonly fallback?: string;
  /** Tries again; a page out of date offers a reload instead, since trying again cannot help. */
  readonly retry: () => void;
  /** The part the view exposes (`status` in most elements). */
  readonly part?: string;
  /** What to do, in the element's own words, when they say more than the shared ones. */
  readonly advice?: string;
  /**
   * Lets focus move to the title (elements that move focus to each new view): the title takes
   * `tabindex="-1"` and `data-focus`, the mark such elements look for.
   */
  readonly focusable?: boolean;
  /** The title's heading level: 2, or 3 where the element's other views title themselves with `h3`. */
  readonly level?: 2 | 3;
  /**
   * One line inside a view that keeps its own frame (a table's load state): the title and advice
   * in a paragraph, or the `fallback` alone when the error is not one the person can act on.
   */
  readonly compact?: boolean;
}

/**
 * The error view an element shows for `error`: an alert whose title says what happened and, when
 * the person can do something about it (free space, reload), what to do; else the element's own
 * words. Its one button tries again, or reloads a page out of date. The element announces the
 * error with `mind-error` (see `MindElement.shownErrors`).
 */
export function errorView(localize: MindLocalizeController, error: unknown, options: ErrorViewOptions): TemplateResult {
  const text = errorText(localize, error, options);
  const shared =
    text.advice && text.withContext && options.fallback ? `${options.fallback} ${text.advice}` : text.advice;
  const advice = options.advice ?? shared;
  const [action, label] = text.reload ? [reloadPage, 'mindReload' as const] : [options.retry, 'mindRetry' as const];
  if (options.compact) {
    return html`<div class="state error" part=${ifDefined(options.part)} role="alert">
      <p>${advice === undefined ? options.fallback : html`<strong>${text.title}</strong> ${advice}`}</p>
      <button type="button" @click=${action}>${localize.term(label)}</button>
    </div>`;
  }
  const body = advice ?? options.fallback;
  const focus = options.focusable ? '-1' : undefined;
  const title =
    options.level === 3
      ? html`<h3 id="error-title" tabindex=${ifDefined(focus)} ?data-focus=${options.focusable === true}>
          ${text.title}
        </h3>`
      : html`<h2 id="error-title" tabindex=${ifDefined(focus)} ?data-focus=${options.focusable === true}>
          ${text.title}
        </h2>`;
  return html`<section class="status error" part=${ifDefined(options.part)} role="alert" aria-labelledby="error-title">
    ${title} ${body === undefined ? nothing : html`<p>${body}</p>`}
    <button class="primary" type="button" @click=${action}>${localize.term(label)}</button>
  </section>`;
}
