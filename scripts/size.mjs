// `npm run size`: min, gzip and brotli bytes of every shipped CDN file, checked against the
// budgets in size-budgets.json. Deterministic (fixed compression levels), so it may fail a build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchFiles as match, measureBytes as measure } from './lib/bytes.mjs';
import { root } from './lib/process.mjs';

const { budgets } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let failed = false;
const rows = [];

// A chunk no budget names would ship unmeasured: every CDN file must be in exactly one budget.
const shipped = [...match('packages/elements/dist/*.min.js'), ...match('packages/elements/dist/chunks/*.min.js')];
for (const file of shipped) {
  const owners = budgets.filter((budget) => budget.files.flatMap(match).includes(file));
  if (owners.length !== 1) {
    console.error(`✗ ${file} is in ${owners.length} budgets of size-budgets.json; name it in exactly one.`);
    failed = true;
  }
}
for (const budget of budgets) {
  const files = budget.files.flatMap(match);
  if (files.length === 0 && budget.files.some((pattern) => !pattern.includes('*'))) {
    console.error(`✗ ${budget.name}: ${budget.files.join(', ')} not found — run \`npm run build\` first.`);
    failed = true;
    continue;
  }
  const sizes = files.map(measure);
  const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
  for (const size of sizes) rows.push([size.file, kib(size.min), kib(size.gzip), kib(size.brotli)]);
  const over = total > budget.gzip;
  failed ||= over;
  rows.push([`${over ? '✗' : '✓'} ${budget.name}`, '', kib(total), `budget ${kib(budget.gzip)} gzip`]);
  // A goal is where the budget should get to: reported, never failing, so the gap stays visible.
  if (budget.goal !== undefined && total > budget.goal) {
    rows.push([`  goal not met: ${kib(total - budget.goal)} over`, '', '', `goal ${kib(budget.goal)} gzip`]);
  }
}

const widths = [0, 1, 2, 3].map((i) =>
  Math.max(...[['file', 'min', 'gzip', 'brotli'], ...rows].map((row) => row[i].length)),
);
for (const row of [['file', 'min', 'gzip', 'brotli'], ...rows]) {
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
}
if (failed) {
  console.error('Over budget: see size-budgets.json.');
  process.exit(1);
}
