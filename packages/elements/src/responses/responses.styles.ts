import { css } from 'lit';

/** Layout of `<mind-responses>` beyond its box, table and load states. */
export const responsesStyles = css`
  :host {
    --_bar: var(--mind-responses-bar-color, var(--_accent));
    --_handled: var(--mind-responses-handled-color, var(--_text-muted));
    --_cell-gap: 0.5rem;
  }
  h2 {
    font-size: 1.125em;
    margin-block: 0 calc(var(--_space) / 2);
  }
  h3 {
    font-size: 1em;
    margin-block: var(--_space) 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  select,
  button {
    font: inherit;
  }
  td,
  tbody th {
    vertical-align: top;
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    min-inline-size: 12rem;
  }
  .status {
    margin: 0 0 0.25rem;
  }
  .handled .status {
    color: var(--_handled);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }
  [part~='polls'] {
    margin-block-start: calc(var(--_space) * 2);
  }
  ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  li {
    display: grid;
    grid-template-columns: minmax(5rem, 14rem) minmax(3rem, 1fr) auto;
    align-items: center;
    gap: 0.5rem;
  }
  .voters {
    margin: 0;
    color: var(--_text-muted);
  }
  .track {
    display: block;
    inline-size: 100%;
    block-size: 0.75rem;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  /* An SVG's x runs left to right whatever the direction: mirrored, the bar grows from the start. */
  .track:dir(rtl) {
    transform: scaleX(-1);
  }
  [part~='bar'] {
    fill: var(--_bar);
  }
`;
