import { html, type TemplateResult } from 'lit';

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
