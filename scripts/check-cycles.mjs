// Fails when the core's modules import each other in a cycle (type imports and lazy `import()`
// included): a cycle makes load order matter and every module in it part of every other.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { root } from './lib/process.mjs';

const source = join(root, 'packages/core/src');
const files = [];
const walk = (folder) => {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts') && !path.includes('.test.')) files.push(path);
  }
};
walk(source);

const IMPORT = /(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
const graph = new Map(
  files.map((file) => [
    file,
    [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) =>
      resolve(dirname(file), (match[1] ?? match[2]).replace(/\.js$/, '.ts')),
    ),
  ]),
);

const state = new Map();
const stack = [];
const cycles = new Set();
const visit = (file) => {
  state.set(file, 'open');
  stack.push(file);
  for (const next of graph.get(file) ?? []) {
    if (state.get(next) === 'open') {
      cycles.add([...stack.slice(stack.indexOf(next)), next].map((path) => relative(source, path)).join(' → '));
    } else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(file, 'done');
};
for (const file of graph.keys()) if (!state.has(file)) visit(file);

if (cycles.size > 0) {
  console.error(`Import cycles in packages/core/src:\n  ${[...cycles].join('\n  ')}`);
  process.exit(1);
}
console.log(`No import cycles among ${files.length} core modules.`);
