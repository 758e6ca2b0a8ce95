// Launches Debian Chromium or Firefox ESR through puppeteer-core for end-to-end tests.
import puppeteer from 'puppeteer-core';
import { launchOptions } from '../../scripts/lib/browsers.mjs';

/**
 * The browser this run drives: `MINDSHARE_E2E_BROWSER` (`chromium` or `firefox`), which
 * scripts/test-e2e.mjs sets for each browser in turn; Chromium when unset.
 */
export const e2eBrowser = process.env.MINDSHARE_E2E_BROWSER ?? 'chromium';

/**
 * Whether this is the run's first browser (scripts/test-e2e.mjs says so for the others): what does
 * not depend on the browser (type checks, Vite builds) is done in it, and its outputs reused after.
 */
export const firstBrowserRun = process.env.MINDSHARE_E2E_FIRST_BROWSER !== '0';

// Stopped by `npm test` (the other lane failed, or Ctrl-C): exit, so puppeteer's exit hook kills the
// browser (its own SIGTERM handler closes it and leaves the test file's process running).
process.once('SIGTERM', () => process.exit(143));

/**
 * A headless browser plus a collector of every console error, uncaught page error, failed request
 * and Content-Security-Policy violation. `newPage(context)` opens a page in a browser context from
 * `newContext()` (its own cookies and IndexedDB, like another person's browser), or in the default one.
 */
/** How Chromium and Firefox name a request the page itself gave up. */
const ABORTED = new Set(['net::ERR_ABORTED', 'NS_BINDING_ABORTED']);

/**
 * What a request loads. Over WebDriver BiDi puppeteer cannot say (Firefox): there, a request for a
 * recording's media or a video, audio or caption file counts as media.
 */
function resourceType(request) {
  try {
    return request.resourceType();
  } catch {
    return /\/media(\?|$)|\.(webm|mp4|ogg|mp3|vtt)(\?|$)/.test(request.url()) ? 'media' : 'other';
  }
}

export async function launchBrowser() {
  const browser = await puppeteer.launch(launchOptions(e2eBrowser));
  const errors = [];
  const watch = async (page) => {
    // Every wait is for a condition; this bounds how long one may take before the test fails. It is
    // far above what a step needs on an idle machine, so a machine busy with another test run beside
    // this one is slower, not failing.
    page.setDefaultTimeout(120_000);
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
    page.on('requestfailed', (request) => {
      // A media load the page ended itself (a video that let go of its source when its element left
      // the page) is nothing a user sees, and how often it happens depends on the machine's speed.
      // Any other aborted request (a pack, a chunk, an API call) is still an error.
      const reason = request.failure()?.errorText;
      const kind = resourceType(request);
      const mediaLetGo = ABORTED.has(reason) && kind === 'media';
      if (!mediaLetGo) errors.push(`request: ${request.url()} ${reason} (${kind})`);
    });
    // Reported from the page's first script on, with what was blocked and where the page asked for it.
    await page.exposeFunction('reportCspViolation', (text) => errors.push(`csp: ${text}`));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '';
        void globalThis.reportCspViolation(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where}: ${event.sample || 'no sample'}`,
        );
      });
    });
    return page;
  };
  return {
    browser,
    errors,
    newContext: () => browser.createBrowserContext(),
    newPage: async (context = browser) => watch(await context.newPage()),
  };
}

/**
 * Checks that `page` (loaded, and opened with `browser.newPage()` so its errors stay out of the
 * journey's) is under a policy that refuses inline styles and raw HTML, and that the refusal fires
 * the `securitypolicyviolation` event the journey's pages collect: a journey clean only because no
 * policy applied, or because nothing was reported, would prove nothing.
 */
export async function probeStrictPolicy(page) {
  const result = await page.evaluate(() => {
    globalThis.probedViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      globalThis.probedViolations.push(event.effectiveDirective),
    );
    const probe = document.createElement('p');
    document.body.append(probe);
    probe.setAttribute('style', 'color: rgb(255, 0, 0)');
    let html = 'assigned';
    try {
      probe.innerHTML = '<b>raw</b>';
    } catch (error) {
      html = error.name;
    }
    return { styled: getComputedStyle(probe).color === 'rgb(255, 0, 0)', html };
  });
  await page.waitForFunction(() => globalThis.probedViolations.includes('style-src-attr'));
  return result;
}
