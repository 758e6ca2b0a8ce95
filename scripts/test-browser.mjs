// Runs the adapter and element tests through web-test-runner in headless Chromium and Firefox
// (MINDSHARE_BROWSERS=chromium or firefox for one of them).
import { rmSync } from 'node:fs';
import { missingBrowsers } from './lib/browsers.mjs';
import { run } from './lib/process.mjs';

const missing = missingBrowsers();
if (missing) {
  console.error(missing);
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
