import { css } from 'lit';

/** Layout of `<mind-provider>`: invisible when ready, a clear box while loading or failed. */
export const providerStyles = css`
  [part='base'] {
    /* Restated here, not only on :host: a page rule such as "* { all: unset }" beats :host. */
    display: block;
    font-family: var(--_font);
    line-height: 1.45;
  }
  .status,
  [part='error'] {
    display: block;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  [part='error'] {
    border-color: var(--_danger);
    border-inline-start-width: 4px;
  }
  .title {
    margin-block: 0 0.5rem;
    font-weight: 700;
  }
  .problems {
    margin-block: 0.25rem 0.75rem;
    padding-inline-start: 1.25rem;
  }
  code {
    font-family: var(--mind-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, monospace);
    overflow-wrap: anywhere;
  }
  [hidden] {
    display: none !important;
  }
`;
