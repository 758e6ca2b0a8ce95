import { css, html, type TemplateResult } from 'lit';
import type { MindLocalizeController } from '../i18n/localize.js';

/** What a view says when it has no result to show: why it failed, and whom it is for when refused. */
export interface LoadStateText {
  readonly error: string;
  readonly forbidden?: string;
}

/**
 * A loaded view without its result (the status of a `LoadController`): loading, refused to this
 * viewer (`forbidden`), or failed with a retry button.
 */
export function loadStateView(
  localize: MindLocalizeController,
  status: 'loading' | 'ready' | 'forbidden' | 'error',
  text: LoadStateText,
  retry: () => void,
): TemplateResult {
  if (status === 'forbidden') return html`<p class="state" role="status">${text.forbidden}</p>`;
  if (status === 'error') {
    return html`<div class="state error" role="alert">
      <p>${text.error}</p>
      <button type="button" @click=${retry}>${localize.term('mindRetry')}</button>
    </div>`;
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
