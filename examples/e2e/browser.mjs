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
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
    page.on('requestfailed', (request) => errors.push(`request: ${request.url()} ${request.failure()?.errorText}`));
    await page.exposeFunction('reportCspViolation', (text) => errors.push(`csp: ${text}`));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        void globalThis.reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
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
