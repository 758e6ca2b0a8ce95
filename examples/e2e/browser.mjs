// Launches Debian Chromium (or CHROME_PATH) through puppeteer-core for end-to-end tests.
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, howToGetChrome } from '../../scripts/lib/chrome.mjs';

/** A headless browser plus a collector of every console error and uncaught page error. */
export async function launchBrowser() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(howToGetChrome);
  const browser = await puppeteer.launch({ executablePath, headless: true, args: chromeArgs });
  const errors = [];
  const watch = (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
    page.on('requestfailed', (request) => errors.push(`request: ${request.url()} ${request.failure()?.errorText}`));
    return page;
  };
  return { browser, errors, newPage: async () => watch(await browser.newPage()) };
}
