// `npm run build`: declarations (tsc -b over the solution), then every bundle (rollup), then the
// Custom Elements Manifest of the elements.
import { rmSync } from 'node:fs';
import { CHUNK_GRAPH_FILE } from './lib/chunk-graph.mjs';
import { run } from './lib/process.mjs';

for (const name of ['core', 'adapters', 'elements', 'server'])
  rmSync(`packages/${name}/dist`, { recursive: true, force: true });
// Rollup writes the CDN chunk graph afresh; none is better than one from another build.
rmSync(CHUNK_GRAPH_FILE, { force: true });

const steps = [
  ['tsc -b', ['node_modules/typescript/bin/tsc', '-b', 'tsconfig.json']],
  ['rollup', ['node_modules/rollup/dist/bin/rollup', '-c', 'rollup.config.mjs', '--silent']],
  [
    'custom elements manifest',
    // Globs, outdir and the plugins that complete the manifest: packages/elements/custom-elements-manifest.config.mjs.
    ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze'],
    'packages/elements',
  ],
  ['custom elements manifest check', ['scripts/check-manifest.mjs']],
  ['React and Vue typings, editor data', ['scripts/framework-types.mjs']],
];
for (const [label, args, cwd] of steps) {
  const started = performance.now();
  const code = await run(
    process.execPath,
    args.map((arg, i) => (i === 0 && cwd ? `../../${arg}` : arg)),
    cwd ? { cwd: `${process.cwd()}/${cwd}` } : {},
  );
  if (code !== 0) {
    console.error(`Build failed at: ${label}`);
    process.exit(code);
  }
  console.log(`✓ ${label} (${Math.round(performance.now() - started)} ms)`);
}
