import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The Chrome or Chromium to drive: `CHROME_PATH` first, then the usual install paths. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

export const howToGetChrome = `No Chrome or Chromium was found for the browser tests.
  Looked at: ${process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} (missing), ` : ''}${candidates.join(', ')}.
  Install one, for example on Debian/Ubuntu:
    sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium
  or point CHROME_PATH at an existing Chrome:  CHROME_PATH=/path/to/chrome npm test
  (No tool here downloads a browser by itself.)`;

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
