// Launches Debian Chromium (or CHROME_PATH) through puppeteer-core for end-to-end tests.
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, howToGetChrome } from '../../scripts/lib/chrome.mjs';

/**
 * A headless browser plus a collector of every console error, uncaught page error, failed request
 * and Content-Security-Policy violation. `newPage(context)` opens a page in a browser context from
 * `newContext()` (its own cookies and IndexedDB, like another person's browser), or in the default one.
 */
export async function launchBrowser() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(howToGetChrome);
  const browser = await puppeteer.launch({ executablePath, headless: true, args: chromeArgs });
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
      const mediaLetGo = reason === 'net::ERR_ABORTED' && request.resourceType() === 'media';
      if (!mediaLetGo) errors.push(`request: ${request.url()} ${reason} (${request.resourceType()})`);
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
