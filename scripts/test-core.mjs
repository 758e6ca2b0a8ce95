// Runs the Node tests — the core's, the conformance kit over the memory adapter, and the build
// scripts' own (scripts/**/*.test.mjs, e.g. how `npm run size` counts a page) — and writes
// the pass/fail counts for scripts/test.mjs. `mindshare-source` makes workspace imports resolve
// to sources, so no build is needed first.
import { mkdirSync } from 'node:fs';
import { findFiles, run } from './lib/process.mjs';

const files = [
  ...findFiles('packages/core/src', ['.test.ts']),
  ...findFiles('packages/adapters/src', ['.node-test.ts']),
  ...findFiles('scripts', ['.test.mjs']),
];
if (files.length === 0) {
  console.error('No core test files found under packages/core/src.');
  process.exit(1);
}
mkdirSync('.test-results', { recursive: true });
const code = await run(process.execPath, [
  '--conditions=mindshare-source',
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  '--test-reporter-destination=.test-results/core.tap',
  ...files,
]);
process.exit(code);
