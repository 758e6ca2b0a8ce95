// Chromium for the browser benchmarks: Debian's (or CHROME_PATH) through puppeteer-core, with
// the flags of TOOLCHAIN.md. Each trial gets a fresh browser context: empty cache, empty
// IndexedDB, no compiled-code cache, so every trial is a first visit.
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, howToGetChrome } from '../../scripts/lib/browsers.mjs';

export async function launchChromium() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(howToGetChrome);
  return puppeteer.launch({ executablePath, headless: true, args: chromeArgs });
}

/**
 * A page of `context` (a new one when omitted) with its errors collected: any page error,
 * console error, failed request or request that leaves the loopback server fails the trial.
 */
export async function openPage(browser, { context } = {}) {
  const ownContext = context ?? (await browser.createBrowserContext());
  const page = await ownContext.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  const loaded = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') errors.push(`left the machine: ${url}`);
  });
  page.on('response', (response) => loaded.push(new URL(response.url()).pathname));
  return {
    page,
    /** URL paths of every response the page received so far. */
    loaded,
    /** Throws when the page reported an error. */
    check(step) {
      if (errors.length > 0) throw new Error(`${step}: ${errors.join('; ')}`);
    },
    close: () => (context ? page.close() : ownContext.close()),
  };
}

const STEP_TIMEOUT_MS = 60_000;

/** Runs `fn(...args)` in the page, failing after a minute with the step's name rather than hanging. */
export async function evaluate(page, step, fn, ...args) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${step}: no answer after ${STEP_TIMEOUT_MS / 1000} s`)),
      STEP_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([page.evaluate(fn, ...args), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
/** JS heap in use (bytes) after two forced full garbage collections, from the DevTools protocol. */
export async function heapAfterGc(page) {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
  } finally {
    await cdp.detach();
  }
}
