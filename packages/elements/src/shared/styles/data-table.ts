import { css } from 'lit';

/**
 * Data tables: a start-aligned caption, rows ruled by the border colour, muted column headers, and
 * a `.scroll` wrapper for wide ones. Each element sets `--_cell-gap`, the block padding of its cells.
 */
export const dataTable = css`
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: calc(var(--_space) / 2);
  }
  th,
  td {
    padding-block: var(--_cell-gap);
    padding-inline: 0.5rem;
    text-align: start;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    color: var(--_text-muted);
    font-weight: 600;
    font-size: 0.875em;
  }
`;
