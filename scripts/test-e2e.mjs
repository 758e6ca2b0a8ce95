// End-to-end tests of the example pages in headless Chromium (needs `npm run build` first).
import { mkdirSync } from 'node:fs';
import { findFiles, run } from './lib/process.mjs';

const files = findFiles('examples', ['.e2e.test.mjs']);
mkdirSync('.test-results', { recursive: true });
process.exit(
  await run(process.execPath, [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    '--test-reporter-destination=.test-results/e2e.tap',
    ...files,
  ]),
);
