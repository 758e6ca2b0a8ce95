// Adapter and element tests in real headless Chromium and Firefox ESR (Debian's, or CHROME_PATH and
// FIREFOX_PATH; MINDSHARE_BROWSERS picks them): see TOOLCHAIN.md.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { launchOptions, missingBrowsers, testBrowsers } from './scripts/lib/browsers.mjs';
import { emulateMediaPlugin } from './scripts/lib/emulate-media.mjs';
import { countReporter } from './scripts/lib/count-reporter.mjs';
import { freePort, root } from './scripts/lib/process.mjs';

// Stopped by `npm test` (the other lane failed, or Ctrl-C): puppeteer's own SIGTERM handler closes
// the browser but does not exit, and the runner would launch another and go on. Exiting runs
// puppeteer's exit hook, which kills the browser it started.
process.once('SIGTERM', () => process.exit(143));

const browsers = testBrowsers();
const missing = missingBrowsers(browsers);
if (missing) throw new Error(missing);

export default {
  rootDir: root,
  // From the system, not the first free one from 8000 up: two runs starting together get two ports.
  port: await freePort('localhost'),
  files: ['packages/adapters/src/**/*.test.ts', 'packages/elements/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['mindshare-source', 'browser', 'production'] },
  // One page at a time: on two cores, concurrency 2 was slower (TOOLCHAIN.md).
  concurrency: 1,
  concurrentBrowsers: 1,
  // A bound, not a measurement: a test that records two takes runs about 5 s alone and passed 10 s
  // in a clean CI run beside the server suite (the other lane); a busy machine makes it slower, not red.
  testFramework: { config: { timeout: 30000 } },
  // A setup module before each test file: failed assertions on DOM nodes are reported, not hung on.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script type="module" src="/packages/elements/src/testing/browser-test-setup.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  testsFinishTimeout: 5 * 60 * 1000,
  // puppeteer-core as the launcher's "custom" puppeteer: it launches Firefox too, by `browser`.
  browsers: browsers.map((name) => chromeLauncher({ puppeteer, launchOptions: launchOptions(name) })),
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${root}/packages/elements/tsconfig.json` }),
    emulateMediaPlugin(),
  ],
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI && process.stdout.isTTY }),
    countReporter({ outputFile: `${root}/.test-results/browser.json` }),
  ],
};
