import { css } from 'lit';
import { tiles } from '../shared/styles/box.js';

const layout = css`
  :host {
    --_gap: var(--mind-certifications-gap, var(--_space));
    --_tile-bg: var(--mind-certifications-card-background, var(--_surface-alt));
  }
  h2 {
    font-size: 1.125em;
    margin-block: 0 calc(var(--_space) / 2);
  }
  h3 {
    font-size: 1em;
    margin: 0;
  }
  [part='certification'] p {
    margin-block: calc(var(--_space) / 2);
  }
  [part='validity'] {
    font-weight: 600;
  }
  .validity.expiring,
  .validity.grace,
  .status.expiring,
  .status.grace {
    color: var(--_danger);
  }
  [part='requirements'] {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .passed::marker {
    content: '✓ ';
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    align-items: center;
    margin-block: var(--_space);
  }
  .muted {
    color: var(--_text-muted);
  }
`;

/**
 * Layout of `<mind-certifications>` beyond its box, tables and load states: its certifications as
 * tiles, logical properties only.
 */
export const certificationsStyles = [tiles(css`.certifications`, css`[part='certification']`), layout];
