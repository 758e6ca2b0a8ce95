// Data tables, as every element that shows one draws them: their styles and their head row.
import { css, html, type TemplateResult } from 'lit';

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

/** The heading of a column of numbers: end-aligned like its cells (`class="number"`). */
export interface NumberHeading {
  readonly number: string;
}

/**
 * A data table's `<thead>`: one row of column headers (`scope="col"`), in order. A heading is text
 * (or a template, such as a visually hidden label), or `{ number }` for a column of numbers.
 */
export function columnHeads(headings: readonly (string | TemplateResult | NumberHeading)[]): TemplateResult {
  return html`<thead>
    <tr>
      ${headings.map((heading) =>
        typeof heading === 'object' && 'number' in heading
          ? html`<th scope="col" class="number">${heading.number}</th>`
          : html`<th scope="col">${heading}</th>`,
      )}
    </tr>
  </thead>`;
}
