// Type-checks what a React 19 and a Vue 3 app write with @mindshare/elements' generated typings
// (examples/typings: tsc with react-jsx, vue-tsc with strict templates), as a consumer resolves the
// package (its `types` from dist/, no source conditions). Each fixture also holds lines the typings
// must refuse, under `@ts-expect-error` / `@vue-expect-error`: typings that accepted anything
// would leave those directives unused, which fails the check. Run by `npm test` after the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, run } from './lib/process.mjs';

const checks = [
  ['React 19 (tsc)', 'node_modules/typescript/bin/tsc', 'examples/typings/react/tsconfig.json'],
  ['Vue 3 (vue-tsc, strict templates)', 'node_modules/vue-tsc/bin/vue-tsc.js', 'examples/typings/vue/tsconfig.json'],
];
let failed = 0;
for (const [label, bin, project] of checks) {
  const code = await run(process.execPath, [bin, '-p', project]);
  console.log(`${code === 0 ? '✓' : '✗'} ${label}: ${project}`);
  if (code !== 0) failed++;
}
// The editor data: every element the manifest defines, with its attributes, in both formats.
const dist = join(root, 'packages/elements/dist');
const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8'));
const tags = manifest.modules
  .flatMap((module) => module.exports ?? [])
  .filter((entry) => entry.kind === 'custom-element-definition')
  .map((entry) => entry.name)
  .sort();
const vscode = JSON.parse(readFileSync(join(dist, 'vscode.html-custom-data.json'), 'utf8'));
const webTypes = JSON.parse(readFileSync(join(dist, 'web-types.json'), 'utf8'));
const editors = [
  ['VS Code custom data', vscode.tags],
  ['web-types', webTypes.contributions.html.elements],
];
for (const [label, entries] of editors) {
  const named = entries.map((entry) => entry.name).sort();
  const quiz = entries.find((entry) => entry.name === 'mind-quiz');
  const ok = JSON.stringify(named) === JSON.stringify(tags) && quiz?.attributes.some((a) => a.name === 'challenge');
  console.log(
    `${ok ? '✓' : '✗'} ${label}: ${named.length} of ${tags.length} elements${ok ? '' : ` (${named.join(', ')})`}`,
  );
  if (!ok) failed++;
}
process.exit(failed ? 1 : 0);
