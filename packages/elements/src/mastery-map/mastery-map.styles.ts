import { css } from 'lit';

/**
 * Layout and heat colours of `<mind-mastery-map>` beyond its box, switcher, table and load states.
 * Each level's background keeps the text colour above 4.5:1 in both schemes, and every cell also
 * says its level in words, so colour is never the only cue.
 */
export const masteryMapStyles = css`
  :host {
    --_weak: var(--mind-mastery-map-weak, #fbd9d6);
    --_developing: var(--mind-mastery-map-developing, #fcebb6);
    --_strong: var(--mind-mastery-map-strong, #cdebd5);
    --_unknown: var(--mind-mastery-map-unknown, #e6e9ee);
    --_cell-gap: var(--mind-mastery-map-cell-gap, 0.5rem);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_weak: var(--mind-mastery-map-weak, #5e2320);
      --_developing: var(--mind-mastery-map-developing, #4f3f07);
      --_strong: var(--mind-mastery-map-strong, #1f4a2b);
      --_unknown: var(--mind-mastery-map-unknown, #2c333c);
    }
  }
  [part='trail'] ol {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  [part='trail'] li:not(:last-child)::after {
    content: '›';
    margin-inline-start: 0.25rem;
    color: var(--_text-muted);
  }
  table {
    inline-size: 100%;
  }
  caption {
    font-size: 1.125em;
  }
  th,
  td {
    border: 1px solid var(--_border);
  }
  thead th {
    color: var(--_text);
    white-space: nowrap;
  }
  th button {
    min-block-size: var(--_target);
    padding-inline: 0.5rem;
    font-weight: inherit;
    inline-size: 100%;
    text-align: start;
  }
  th[scope='row'] {
    font-weight: 600;
  }
  [part~='cell'] {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    color: var(--_text);
  }
  [data-level='weak'] {
    background: var(--_weak);
  }
  [data-level='developing'] {
    background: var(--_developing);
  }
  [data-level='strong'] {
    background: var(--_strong);
  }
  [data-level='unknown'] {
    background: var(--_unknown);
    font-style: italic;
  }
  .legend {
    color: var(--_text-muted);
    font-size: 0.875em;
    margin-block: calc(var(--_space) / 2) 0;
  }
  [part='strengthen'] h2,
  [part='strengthen'] h3 {
    font-size: 1em;
    margin-block: var(--_space) 0.25rem;
  }
  [part='strengthen'] ol,
  [part='strengthen'] ul {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
`;
