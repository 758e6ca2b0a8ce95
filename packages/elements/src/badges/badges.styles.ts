import { css } from 'lit';

/** Layout of `<mind-badges>` beyond its box and load states. */
export const badgesStyles = css`
  :host {
    --_bar: var(--mind-badges-progress-color, var(--_accent));
    --_badge-gap: var(--mind-badges-gap, 0.5rem);
  }
  h2,
  h3 {
    font-size: 1em;
    margin: 0 0 var(--_badge-gap);
  }
  [part='points'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 var(--_space);
  }
  [part='points'] strong {
    font-size: 1.5em;
  }
  ul {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: var(--_badge-gap);
  }
  [part~='badge'] {
    display: grid;
    gap: 0.125rem;
    padding: var(--_badge-gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .title {
    font-weight: 600;
  }
  .muted,
  time {
    color: var(--_text-muted);
  }
  progress {
    inline-size: 100%;
    block-size: 0.5rem;
    accent-color: var(--_bar);
  }
`;
