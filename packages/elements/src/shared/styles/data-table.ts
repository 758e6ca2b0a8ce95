// Data tables, as every element that shows one draws them: their styles, their head row, and the
// whole table (caption, head, body, foot, and a scroll region for a wide one).
import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * Data tables: a start-aligned caption, rows ruled by the border colour, muted column headers, and
 * a `.scroll` wrapper for wide ones. Each element sets `--_cell-gap`, the block padding of its cells.
 * In a `.stack` wrapper narrower than 32rem (a phone), each row is a block and each cell a line
 * under its column's name (the cell's `data-label`), so nothing needs scrolling sideways; the
 * markup keeps explicit table roles, which a screen reader then still reads as a table, and the
 * names shown are not read again (`/ ''`); the head row is read, not shown, unless it holds buttons
 * (sort buttons stay, as a row of them). The `.scroll` wrapper is the query's container: a table
 * in it never widens what holds it, and its caption wraps at the wrapper's width.
 */
export const dataTable = css`
  .scroll {
    overflow-x: auto;
    container-type: inline-size;
  }
  .scroll caption {
    max-inline-size: 100cqi;
  }
  @container (max-inline-size: 32rem) {
    .stack :is(table, caption, tbody, tfoot, tr, th, td) {
      display: block;
    }
    .stack thead:not(:has(button)) {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .stack thead tr {
      display: flex;
      flex-wrap: wrap;
    }
    .stack tr {
      padding-block: var(--_cell-gap);
      border-block-end: 1px solid var(--_border);
    }
    .stack :is(th, td) {
      padding: 0;
      border: 0;
      text-align: start;
      white-space: normal;
    }
    .stack [data-label]::before {
      content: attr(data-label) / '';
      display: block;
      color: var(--_text-muted);
      font-size: 0.875em;
      font-weight: 600;
    }
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

/**
 * A data table's `<thead>`: one row of column headers (`scope="col"`), in order. Its roles are
 * explicit, as every part of a table that may stack must have (`role="row"`, `"cell"`,
 * `"rowheader"` on the body's): a table laid out as blocks keeps its semantics through them.
 */
export function columnHeads(headings: readonly ColumnHeading[]): TemplateResult {
  return html`<thead role="rowgroup">
    <tr role="row">
      ${headings.map((heading) =>
        typeof heading === 'object' && 'number' in heading
          ? html`<th scope="col" role="columnheader" class="number">${heading.number}</th>`
          : html`<th scope="col" role="columnheader">${heading}</th>`,
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
  /**
   * Whether the rows stack on a narrow container: each body cell then carries `data-label`, its
   * column's name, and `role="cell"` (`"rowheader"` for a row's `<th>`), each row `role="row"`.
   */
  readonly stack?: boolean;
}

/**
 * A data table: its caption, a head row of column headings, the body's rows and an optional foot,
 * in a named scroll region when it may be wider than the screen.
 */
export function dataTableView(table: DataTableView): TemplateResult {
  const id = table.scrollCaptionId;
  const view = html`<table part=${table.part} role=${table.stack ? 'table' : nothing}>
    <caption id=${id ?? nothing} aria-live=${table.liveCaption ? 'polite' : nothing}>
      ${table.caption}
    </caption>
    ${columnHeads(table.headings)}
    <tbody role="rowgroup">
      ${table.rows}
    </tbody>
    ${
      table.foot === undefined
        ? nothing
        : html`<tfoot role="rowgroup">
            ${table.foot}
          </tfoot>`
    }
  </table>`;
  const wrapper = table.stack ? 'scroll stack' : 'scroll';
  return id === undefined
    ? html`<div class=${wrapper}>${view}</div>`
    : html`<div class=${wrapper} role="region" tabindex="0" aria-labelledby=${id}>${view}</div>`;
}
