import { css, html, type TemplateResult } from 'lit';
import type { MindLocalizeController } from '../i18n/localize.js';
import { errorView } from '../errors/error-view.js';
import type { ErrorContext } from '../errors/error-text.js';
import type { LoadStatus } from './api-task.js';

/** What a view says when it has no result to show: why it failed, and whom it is for when refused. */
export interface LoadStateText extends ErrorContext {
  readonly error: string;
  readonly forbidden?: string;
}

/** What {@link loadStateView} reads of a load: an `ApiTask`. */
export interface ShownLoad {
  readonly status: LoadStatus<'forbidden' | 'error'>;
  readonly error: unknown;
  reload(): unknown;
}

/**
 * A loaded view without its result: loading, refused to this viewer (`forbidden`), or failed with
 * a button that loads again. A failure the person can act on (a full device, a page out of date)
 * says what to do instead of the view's own `text.error`.
 */
export function loadStateView(localize: MindLocalizeController, load: ShownLoad, text: LoadStateText): TemplateResult {
  const { status } = load;
  if (status === 'forbidden') return html`<p class="state" role="status">${text.forbidden}</p>`;
  if (status === 'error') {
    const { error, forbidden: _forbidden, ...context } = text;
    return errorView(localize, load.error, {
      ...context,
      fallback: error,
      retry: () => void load.reload(),
      compact: true,
    });
  }
  return html`<p class="state" role="status">${localize.term('mindLoading')}</p>`;
}

/** Styles of {@link loadStateView}. */
export const loadState = css`
  .state {
    margin: 0;
    padding-block: var(--_space);
  }
  .error {
    color: var(--_danger);
  }
`;
