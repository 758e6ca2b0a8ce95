/** One cell: text, a number, or nothing. */
export type CsvCell = string | number | null | undefined;

/** Excel and LibreOffice run a cell that starts with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // Authored names are data: a leading apostrophe keeps "=HYPERLINK(…)" from running as a formula
  // in a spreadsheet (CSV injection), at the cost of one visible character.
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The rows as CSV (RFC 4180: commas, CRLF, fields quoted when needed), prefixed with a UTF-8 byte
 * order mark so Excel opens French text right ("CA indirect", "Répartition") instead of mojibake.
 * Numbers stay plain (`1234.5`), for a spreadsheet to compute with.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Offers `csv` to the person as a file named `filename` (a download through a temporary link). */
export function downloadCsv(filename: string, csv: string, from: Node): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  // Inside the element's shadow root, so the page's own click handlers never see it.
  (from.getRootNode() instanceof ShadowRoot ? (from.getRootNode() as ShadowRoot) : document.body).append(link);
  link.click();
  link.remove();
  // After the click's task: the browser has taken the URL by then.
  setTimeout(() => URL.revokeObjectURL(url));
}
