// End-to-end tests of the example pages, in headless Chromium then Firefox (needs `npm run build`
// first; MINDSHARE_BROWSERS=chromium or firefox for one of them). Each browser's run writes its
// own TAP file, which scripts/test.mjs sums.
import { mkdirSync } from 'node:fs';
import { missingBrowsers, testBrowsers } from './lib/browsers.mjs';
import { findFiles, run } from './lib/process.mjs';

const files = findFiles('examples', ['.e2e.test.mjs']);
const browsers = testBrowsers();
const missing = missingBrowsers(browsers);
if (missing) {
  console.error(missing);
  process.exit(1);
}
mkdirSync('.test-results', { recursive: true });
let failed = 0;
for (const browser of browsers) {
  console.log(`\n— end-to-end in ${browser}`);
  const code = await run(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=.test-results/e2e-${browser}.tap`,
      ...files,
    ],
    {
      env: {
        ...process.env,
        MINDSHARE_E2E_BROWSER: browser,
        MINDSHARE_E2E_FIRST_BROWSER: browser === browsers[0] ? '1' : '0',
      },
    },
  );
  if (code !== 0) failed = code;
}
process.exit(failed);
