import { css } from 'lit';

/**
 * The bordered box of an element's `base` part, padded by the element's `--_gap` (the `--_space`
 * token unless the element sets its own from a component token). Font, colour and display are
 * restated here, not only on `:host`, because a page rule such as `* { all: unset }` beats `:host`.
 */
export const box = css`
  [part='base'] {
    display: block;
    font-family: var(--_font);
    line-height: 1.45;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
`;
