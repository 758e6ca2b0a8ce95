// Type-checks what a React 19 and a Vue 3 app write with @mindshare/elements' generated typings
// (examples/typings: tsc with react-jsx, vue-tsc with strict templates), as a consumer resolves the
// package (its `types` from dist/, no source conditions). Each fixture also holds lines the typings
// must refuse, under `@ts-expect-error` / `@vue-expect-error`: typings that accepted anything
// would leave those directives unused, which fails the check. Run by `npm test` after the build.
import { run } from './lib/process.mjs';

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
process.exit(failed ? 1 : 0);
