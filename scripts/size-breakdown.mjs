// `node scripts/size-breakdown.mjs [--modules] [--all]`: what the CDN entry and its lazy chunks are
// made of, by package (or by module), in bytes of rendered code before minification, and which
// budget of size-budgets.json loads each chunk — to see where a byte budget goes before cutting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';
import { chunkGraphPlugin } from './lib/chunk-graph.mjs';
import { budgetPage, entryFile, lazyLanguages, pageFiles } from './lib/page-loads.mjs';
import { root } from './lib/process.mjs';

const byModule = process.argv.includes('--modules');
const cdn = config.at(-1);
const bundle = await rollup({ ...cdn, onwarn: () => {} });
let graph;
const { output } = await bundle.generate({
  ...cdn.output,
  plugins: [chunkGraphPlugin({ dir: cdn.output.dir, onGraph: (built) => (graph = built) })],
});

// The same page walk as `npm run size`, in every lazy language (not minified, so no byte totals).
const { budgets } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
const entry = entryFile(graph);
const loadedBy = new Map();
for (const budget of budgets) {
  const page = budgetPage(graph, budget, budgets);
  for (const language of [undefined, ...lazyLanguages(graph)]) {
    const files = budget.entry ? [entry] : pageFiles(graph, { ...page, language });
    for (const file of files) loadedBy.set(file, new Set([...(loadedBy.get(file) ?? []), budget.name]));
  }
}

for (const chunk of output) {
  if (chunk.type !== 'chunk') continue;
  const sizes = new Map();
  for (const [id, info] of Object.entries(chunk.modules)) {
    const dependency = byModule ? undefined : /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
    const key =
      dependency ??
      id.replace(`${process.cwd()}/`, '').replace(/^packages\/(\w+)\/src\/([^/]+)\/.*$/, byModule ? '$&' : '$1/$2');
    sizes.set(key, (sizes.get(key) ?? 0) + info.renderedLength);
  }
  const budgetNames = [...(loadedBy.get(chunk.fileName) ?? ['no budget'])].map((name) => name.split(' (')[0]);
  console.log(`\n${chunk.fileName} — ${budgetNames.join('; ')}`);
  for (const [key, size] of [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, process.argv.includes('--all') ? undefined : 25)) {
    console.log(`${String(size).padStart(9)}  ${key}`);
  }
}
