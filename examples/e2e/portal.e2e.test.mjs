import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { launchBrowser } from './browser.mjs';
import { serveRepository } from './server.mjs';

const { version } = JSON.parse(readFileSync(new URL('../../packages/elements/package.json', import.meta.url), 'utf8'));
let server;
let session;

before(async () => {
  server = await serveRepository();
  session = await launchBrowser();
});
after(async () => {
  await session?.browser.close();
  await server?.stop();
});

test('the demo portal loads the CDN entry and shows its version without any console error', async () => {
  const page = await session.newPage();
  await page.goto(`${server.url}/examples/portal/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('[data-mindshare-version]')?.textContent !== 'loading…');
  const shown = await page.$eval('[data-mindshare-version]', (element) => element.textContent);
  assert.equal(shown, version);
  assert.deepEqual(session.errors, []);
});
