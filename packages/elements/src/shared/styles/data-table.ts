// Data tables, as every element that shows one draws them: their styles, their head row, and the
// whole table (caption, head, body, foot, and a scroll region for a wide one).
import { css, html, nothing, type TemplateResult } from 'lit';

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

/** A column's heading: text (or a template, such as a visually hidden label), or `{ number }`. */
export type ColumnHeading = string | TemplateResult | NumberHeading;

/** A data table's `<thead>`: one row of column headers (`scope="col"`), in order. */
export function columnHeads(headings: readonly ColumnHeading[]): TemplateResult {
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

/** What {@link dataTableView} draws. */
export interface DataTableView {
  /** The table's `part` names, such as `table budget-tiers`. */
  readonly part: string;
  /** What the table shows, in a few words: its `<caption>`, which names it. */
  readonly caption: string;
  /** The column headings, in order (see {@link columnHeads}). */
  readonly headings: readonly ColumnHeading[];
  /** The body's rows, each a `<tr>`. */
  readonly rows: readonly TemplateResult[];
  /** Rows under the body (totals), in a `<tfoot>`; none when unset. */
  readonly foot?: TemplateResult | readonly (TemplateResult | typeof nothing)[];
  /**
   * For a table that may be wider than the screen, the id its caption takes: the table then
   * scrolls inline in a region that the caption names and that the keyboard reaches
   * (`tabindex="0"`), so arrow keys can scroll it.
   */
  readonly scrollCaptionId?: string;
  /** Whether a change of the caption is announced (a count that follows a filter). */
  readonly liveCaption?: boolean;
}

/**
 * A data table: its caption, a head row of column headings, the body's rows and an optional foot,
 * in a named scroll region when it may be wider than the screen.
 */
export function dataTableView(table: DataTableView): TemplateResult {
  const id = table.scrollCaptionId;
  const view = html`<table part=${table.part}>
    <caption id=${id ?? nothing} aria-live=${table.liveCaption ? 'polite' : nothing}>
      ${table.caption}
    </caption>
    ${columnHeads(table.headings)}
    <tbody>
      ${table.rows}
    </tbody>
    ${
      table.foot === undefined
        ? nothing
        : html`<tfoot>
            ${table.foot}
          </tfoot>`
    }
  </table>`;
  return id === undefined
    ? view
    : html`<div class="scroll" role="region" tabindex="0" aria-labelledby=${id}>${view}</div>`;
}
