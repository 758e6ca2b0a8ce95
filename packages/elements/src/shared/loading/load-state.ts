import { css, html, type TemplateResult } from 'lit';
import type { MindLocalizeController } from '../i18n/localize.js';
import { errorView } from '../errors/error-view.js';

/** What a view says when it has no result to show: why it failed, and whom it is for when refused. */
export interface LoadStateText {
  readonly error: string;
  readonly forbidden?: string;
}

/**
 * A loaded view without its result (the status of a `LoadController`): loading, refused to this
 * viewer (`forbidden`), or failed with a retry button. A failure the person can act on (a full
 * device, a page out of date) says what to do instead of the view's own `text.error`.
 */
export function loadStateView(
  localize: MindLocalizeController,
  status: 'loading' | 'ready' | 'forbidden' | 'error',
  text: LoadStateText,
  retry: () => void,
  error?: unknown,
): TemplateResult {
  if (status === 'forbidden') return html`<p class="state" role="status">${text.forbidden}</p>`;
  if (status === 'error') return errorView(localize, error, { fallback: text.error, retry, compact: true });
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
