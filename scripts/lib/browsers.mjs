// The browsers the tests drive, both from the distribution (no tool here downloads one): Chromium
// through puppeteer-core's DevTools protocol, Firefox ESR through its WebDriver BiDi (TOOLCHAIN.md).
import { existsSync } from 'node:fs';

const chromeCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const firefoxCandidates = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

const find = (variable, candidates) => {
  const fromEnv = process.env[variable];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
};

/** The Chrome or Chromium to drive: `CHROME_PATH` first, then the usual install paths. */
export const findChrome = () => find('CHROME_PATH', chromeCandidates);

/** The Firefox to drive: `FIREFOX_PATH` first, then the usual install paths. */
export const findFirefox = () => find('FIREFOX_PATH', firefoxCandidates);

const howToGet = (name, variable, candidates, pkg) => `No ${name} was found for the browser tests.
  Looked at: ${process.env[variable] ? `${variable}=${process.env[variable]} (missing), ` : ''}${candidates.join(', ')}.
  Install it, for example on Debian/Ubuntu:
    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${pkg}
  or point ${variable} at an existing one:  ${variable}=/path/to/it npm test
  ${name === 'Firefox' ? 'or test in Chromium alone:  MINDSHARE_BROWSERS=chromium npm test\n  ' : ''}(No tool here downloads a browser by itself.)`;

export const howToGetChrome = howToGet('Chrome or Chromium', 'CHROME_PATH', chromeCandidates, 'chromium');
export const howToGetFirefox = howToGet('Firefox', 'FIREFOX_PATH', firefoxCandidates, 'firefox-esr');

/** Flags for headless Chromium as root on a closed network (see TOOLCHAIN.md). */
export const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

/** Firefox's counterparts of the media flags: a fake camera and microphone, granted without asking. */
const firefoxPrefs = {
  'media.navigator.streams.fake': true,
  'media.navigator.permission.disabled': true,
};

/**
 * The browsers the tests run in, from `MINDSHARE_BROWSERS` (a comma-separated list of `chromium`
 * and `firefox`), both when it is unset.
 */
export function testBrowsers() {
  const names = (process.env.MINDSHARE_BROWSERS ?? 'chromium,firefox')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => name !== 'chromium' && name !== 'firefox');
  if (unknown.length > 0 || names.length === 0)
    throw new Error(`MINDSHARE_BROWSERS=${process.env.MINDSHARE_BROWSERS}: expected chromium, firefox or both.`);
  return [...new Set(names)];
}

/** What is missing to run `names` (the install instructions of each), or an empty string. */
export function missingBrowsers(names = testBrowsers()) {
  return names
    .filter((name) => !(name === 'chromium' ? findChrome() : findFirefox()))
    .map((name) => (name === 'chromium' ? howToGetChrome : howToGetFirefox))
    .join('\n\n');
}

/**
 * puppeteer-core's launch options for `name`. Firefox gets `--remote-allow-system-access`: the
 * harness's media emulation sets Firefox preferences through it (scripts/lib/emulate-media.mjs).
 */
export function launchOptions(name) {
  if (name === 'chromium') {
    const executablePath = findChrome();
    if (!executablePath) throw new Error(howToGetChrome);
    return { browser: 'chrome', executablePath, headless: true, args: chromeArgs };
  }
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(howToGetFirefox);
  return {
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs,
  };
}
