// Runs the adapter and element tests in headless Chrome/Chromium through web-test-runner.
import { rmSync } from 'node:fs';
import { findChrome, howToGetChrome } from './lib/chrome.mjs';
import { run } from './lib/process.mjs';

if (!findChrome()) {
  console.error(howToGetChrome);
  process.exit(1);
}
rmSync('.test-results/browser.json', { force: true });
process.exit(
  await run(process.execPath, [
    'node_modules/@web/test-runner/dist/bin.js',
    '--config',
    'web-test-runner.config.mjs',
    ...process.argv.slice(2),
  ]),
);
