// `npm run size`: min, gzip and brotli bytes of what each role's page loads from the CDN, checked
// against the budgets in size-budgets.json. Which files a page loads comes from the build's chunk
// graph (scripts/lib/page-loads.mjs), not from file names. Deterministic (fixed compression levels,
// the same graph gives the same files), so it may fail a build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchFiles, measureBytes, totalBytes } from './lib/bytes.mjs';
import { CHUNK_GRAPH_FILE, readChunkGraph } from './lib/chunk-graph.mjs';
import {
  budgetPage,
  catalogueLanguage,
  entryFile,
  languageName,
  lazyLanguages,
  pageFiles,
  pageOperations,
  staticFiles,
} from './lib/page-loads.mjs';
import { root } from './lib/process.mjs';

const { budgets } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
const graph = readChunkGraph();
const fail = (message) => {
  console.error(`✗ ${message}`);
  process.exit(1);
};
if (!graph) fail(`${CHUNK_GRAPH_FILE} not found: run \`npm run build\` first.`);

// The graph must describe the files on disk, or the count would be of another build.
const shipped = [...matchFiles(`${graph.dir}/*.min.js`), ...matchFiles(`${graph.dir}/chunks/*.min.js`)]
  .map((file) => file.slice(graph.dir.length + 1))
  .sort();
const graphed = Object.keys(graph.files);
if (shipped.length === 0) fail(`${graph.dir} has no CDN files: run \`npm run build\` first.`);
if (shipped.join() !== [...graphed].sort().join()) {
  fail(`${CHUNK_GRAPH_FILE} does not list the files of ${graph.dir}: run \`npm run build\` again.`);
}

const entry = entryFile(graph);
const languages = lazyLanguages(graph);
const sizes = new Map(shipped.map((file) => [file, measureBytes(`${graph.dir}/${file}`)]));
const measure = (files) => totalBytes(files.map((file) => sizes.get(file)));

/**
 * The files a budget counts, with the note that says how. A page is counted in each language it
 * may load besides English and its heaviest is kept, so no language ships unmeasured.
 */
function counted(budget) {
  if (budget.entry) return { files: [entry, ...staticFiles(graph, entry)], notes: [] };
  if (budget.module && !graph.modules[budget.module]?.file) fail(`${budget.name}: no CDN file holds ${budget.module}.`);
  // `planned` names elements an open issue adds: skipped until built. A tag in `elements` the
  // build does not define is a mistake (a typo would otherwise quietly shrink the page).
  const planned = budget.planned ?? [];
  const { missing, ...page } = budgetPage(
    graph,
    { ...budget, elements: [...(budget.elements ?? []), ...planned] },
    budgets,
  );
  const unknown = missing.filter((tag) => !planned.includes(tag));
  if (unknown.length > 0) {
    fail(
      `${budget.name}: the build defines no ${unknown.join(', ')} (src/<folder>/<folder>.define.ts); list an element not written yet under "planned".`,
    );
  }
  const notes = missing.length > 0 ? [`planned, not built yet: ${missing.join(', ')}`] : [];
  return heaviest(
    (language) => pageFiles(graph, { ...page, language }),
    [...notes, ...(budget.elements ? operationNotes(page) : [])],
  );
}

const shortName = (module) => module.slice(module.lastIndexOf('/') + 1).replace(/\.[jt]s$/, '');

/**
 * Which engine operations loaded on first use a page is charged for the API methods its modules
 * call, and which it is not: the count's reasons, printed so a surprising total can be read. An
 * operation's module that another module of the page imports anyway (the host loads the
 * leaderboards for a finished attempt) is said to be loaded by the host, not left out.
 */
function operationNotes(page) {
  if (!graph.api) return [];
  const { calls, operations } = pageOperations(graph, page);
  const files = pageFiles(graph, page);
  const served = (target) =>
    Object.keys(graph.api.methods).filter((name) => graph.api.methods[name].includes(target) && calls[name]);
  const charged = operations.map((target) => `${shortName(target)} (${served(target).join(', ')})`);
  const uncalled = [...new Set(Object.values(graph.api.methods).flat())]
    .filter((target) => !operations.includes(target) && !graph.api.everyPage.includes(target))
    .sort();
  const loaded = uncalled.filter((target) => files.includes(graph.modules[target]?.file));
  const left = uncalled.filter((target) => !loaded.includes(target));
  return [
    `engine operations for the API methods its elements call: ${charged.join(', ') || 'none'}`,
    ...(left.length > 0
      ? [`engine operations no element of the page calls, not counted: ${left.map(shortName).join(', ')}`]
      : []),
    ...(loaded.length > 0
      ? [`uncalled but imported by other modules of the page, counted: ${loaded.map(shortName).join(', ')}`]
      : []),
  ];
}

/**
 * Counts `loads` in each lazy language and keeps the heaviest, saying which and what each language
 * measured. `languages` lists the files of every language's count: each is counted, so none ships
 * unmeasured, though only the heaviest is listed and checked against the budget.
 */
function heaviest(loads, notes) {
  const options = (languages.length > 0 ? languages : [undefined]).map((language) => {
    const files = loads(language);
    return { language, files, gzip: measure(files).gzip };
  });
  const worst = options.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const everyLanguage = [...new Set(options.flatMap(({ files }) => files))];
  const shows = (language) =>
    worst.files.some((file) => graph.files[file].modules.some((m) => catalogueLanguage(m) === language));
  if (!worst.language || !shows(worst.language)) return { files: worst.files, notes, everyLanguage };
  const strings =
    `strings in English and ${languageName(worst.language)} (${worst.language}): a page loads one language besides English, ` +
    (languages.length > 1 ? `the heaviest of ${languages.join(', ')} is counted` : 'that of the seed and the demo');
  const each =
    options.length > 1
      ? [`gzip in each language: ${options.map(({ language, gzip }) => `${language} ${kib(gzip)}`).join(', ')}`]
      : [];
  return { files: worst.files, notes: [...notes, strings, ...each], everyLanguage };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
let failed = false;
const rows = [];
const covered = new Set();
for (const budget of budgets) {
  const { files, notes, everyLanguage = files } = counted(budget);
  for (const file of everyLanguage) covered.add(file);
  rows.push([budget.name, '', '', '']);
  for (const note of notes) rows.push([`  (${note})`, '', '', '']);
  for (const file of files) {
    const size = sizes.get(file);
    rows.push([`  ${file}`, kib(size.min), kib(size.gzip), kib(size.brotli)]);
  }
  const total = measure(files);
  const over = total.gzip > budget.gzip;
  failed ||= over;
  rows.push([
    `${over ? '✗' : '✓'} ${files.length} files, budget ${kib(budget.gzip)} gzip`,
    kib(total.min),
    kib(total.gzip),
    kib(total.brotli),
  ]);
  // A goal is where the budget should get to: reported, never failing, so the gap stays visible.
  if (budget.goal !== undefined && total.gzip > budget.goal) {
    rows.push([`  goal ${kib(budget.goal)} gzip not met: ${kib(total.gzip - budget.goal)} over`, '', '', '']);
  }
}

const header = [`file (in ${graph.dir}/)`, 'min', 'gzip', 'brotli'];
const widths = [0, 1, 2, 3].map((i) => Math.max(...[header, ...rows].map((row) => (row[1] ? row[i].length : 0))));
for (const row of [header, ...rows]) {
  console.log(
    row[1] ? row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ') : row[0],
  );
}

// A file no page and no budget counts would ship unmeasured.
const unmeasured = shipped.filter((file) => !covered.has(file));
for (const file of unmeasured) {
  const { facadeModule, modules } = graph.files[file];
  console.error(
    `✗ ${graph.dir}/${file} (${facadeModule ?? modules.join(', ')}) is loaded by no role's page and no budget: ` +
      'add the element that loads it to a role, or give its module a budget, in size-budgets.json.',
  );
}
if (failed || unmeasured.length > 0) {
  console.error('Over budget or unmeasured: see size-budgets.json.');
  process.exit(1);
}
