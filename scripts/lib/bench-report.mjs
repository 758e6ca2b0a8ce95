// How a benchmark hands its figures to `npm run bench`: when MINDSHARE_BENCH_REPORT names a file,
// each call appends one JSON line to it; run alone, a benchmark only prints.
import { appendFileSync } from 'node:fs';

/** Median (upper median for an even count), min, max and count of samples. */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) throw new Error('summarize: no samples');
  return { median: sorted[sorted.length >> 1], min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

/** A figure from its samples: `{ id, label, unit, median, min, max, n, ...extra }`. */
export const figure = (id, label, unit, samples, extra = {}) => ({ id, label, unit, ...summarize(samples), ...extra });

/** Appends `{ bench, figures, meta }` to the run's report file, if there is one. */
export function reportFigures(bench, figures, meta) {
  const file = process.env.MINDSHARE_BENCH_REPORT;
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ bench, figures, ...(meta ? { meta } : {}) })}\n`);
}

const digits = (value) => (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3);
/** A number as the tables print it: fewer decimals for larger values, thin-spaced thousands. */
export function formatNumber(value) {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits(value) }).replaceAll(',', ' ');
}

/** A goal as text: `≤ 150 ms`. */
export const formatGoal = (figure) => (figure.goal ? `≤ ${formatNumber(figure.goal.max)} ${figure.unit}` : '');

/** Whether a figure with a goal meets it (by its median); undefined without a goal. */
export const meetsGoal = (figure) => (figure.goal ? figure.median <= figure.goal.max : undefined);

/** Prints figures as an aligned table: label, median, range, unit, goal. */
export function printFigures(figures) {
  const header = ['figure', 'median', 'range', 'unit', 'goal'];
  const rows = figures.map((figure) => [
    figure.label,
    formatNumber(figure.median),
    figure.n > 1 ? `${formatNumber(figure.min)}–${formatNumber(figure.max)} (n=${figure.n})` : '',
    figure.unit,
    figure.goal ? `${formatGoal(figure)} ${meetsGoal(figure) ? '✓' : '✗'}` : '',
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  for (const row of [header, ...rows]) {
    console.log(
      row.map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  '),
    );
  }
}
