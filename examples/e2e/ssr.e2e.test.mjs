/* global deepText -- installed in the page by installDeepQuery() */
// Server-side rendering: every element rendered to HTML by @lit-labs/ssr in Node (under its DOM
// shim, as a server would), then hydrated in the browser (Chromium, then Firefox): each element takes over the DOM the server
// sent instead of rendering it again, and works on from there (the provider builds its engine).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import { build } from 'vite';
import { root } from '../../scripts/lib/process.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { launchBrowser } from './browser.mjs';
import { installDeepQuery, waitForText } from './portal-pages.mjs';
import { TAGS } from '../ssr/tags.mjs';

const dir = join(root, 'examples/ssr');
let server;
let session;
let body;

before(async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      '@lit-labs/ssr/lib/install-global-dom-shim.js',
      '--input-type=module',
      '-e',
      "const { renderBody } = await import('./examples/ssr/render-page.mjs'); process.stdout.write(await renderBody());",
    ],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  );
  body = stdout;
  await build({ configFile: join(dir, 'vite.config.mjs'), mode: 'support', logLevel: 'warn' });
  await build({ configFile: join(dir, 'vite.config.mjs'), logLevel: 'warn' });
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(
    join(dir, 'dist/index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Server-rendered Mindshare</title></head><body>${body}</body></html>`,
  );
  server = await serveStatic();
  session = await launchBrowser();
});

after(async () => {
  await session?.browser.close();
  await server?.stop();
});

test('the server renders every element into declarative shadow DOM, in English, before any script', () => {
  for (const tag of TAGS) {
    assert.match(body, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
  }
  assert.match(body, /Loading…/);
});

/** Opens the server-rendered page, in `lang` when given (as a page in another language than the server's). */
async function openRendered(lang) {
  const page = await session.newPage();
  await page.evaluateOnNewDocument(installDeepQuery);
  await page.goto(`${server.url}/examples/ssr/dist/index.html`);
  if (lang) await page.evaluate((value) => (document.documentElement.lang = value), lang);
  return page;
}

test('each element hydrates the DOM the server sent, then works on', async () => {
  const page = await openRendered();
  // Before any script: the shadow roots are the server's, with its text; each gets a mark.
  const marked = await page.evaluate((tags) => {
    let count = 0;
    for (const tag of tags) {
      const base = document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]');
      if (base) {
        base.setAttribute('data-server', '');
        count++;
      }
    }
    return count;
  }, TAGS);
  assert.equal(marked, TAGS.length, 'every element arrives with its shadow root rendered');
  // Lit's hydration support runs first, then the elements (module scripts run in order).
  await page.addScriptTag({ url: './hydrate-support.js', type: 'module' });
  await page.addScriptTag({ url: './hydrate.js', type: 'module' });
  const kept = await page.evaluate(async (tags) => {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const elements = tags.map((tag) => document.querySelector(tag));
    await Promise.all(elements.map((element) => element.updateComplete));
    // Hydrated, not rendered again: the marked node is still the one in place, and the only one
    // (rendered again without hydration, Lit would add a second tree beside the server's).
    return elements
      .filter((element) => {
        const bases = element.shadowRoot.querySelectorAll('[part~="base"]');
        return bases.length === 1 && bases[0].hasAttribute('data-server');
      })
      .map((element) => element.localName);
  }, TAGS);
  assert.deepEqual(kept, TAGS);
  // Data comes from the provider in the browser: the quiz shows its challenge once the engine is built.
  await waitForText(page, 'mind-quiz', 'Start the challenge');
  assert.ok((await page.evaluate(() => deepText(document.querySelector('mind-leaderboard')))).length > 0);
  await page.close();
  assert.deepEqual(session.errors, []);
});

test('on a page in another language than the server rendered, each element hydrates, then speaks the page’s', async () => {
  const page = await openRendered('fr');
  await page.evaluate((tags) => {
    for (const tag of tags) {
      const base = document.querySelector(tag).shadowRoot.querySelector('[part~="base"]');
      base.dataset.server = base.lang; // the language the server wrote on the frame, if any
    }
  }, TAGS);
  await page.addScriptTag({ url: './hydrate-support.js', type: 'module' });
  await page.addScriptTag({ url: './hydrate.js', type: 'module' });
  // Hydrated (the server's node kept), and then in French: each frame the server marked English
  // says French now, and so does the quiz's text.
  const marked = await page.evaluate(
    (tags) => tags.filter((tag) => document.querySelector(tag).shadowRoot.querySelector('[data-server="en"]')),
    TAGS,
  );
  assert.ok(marked.length >= 10, `frames the server marked English: ${marked}`);
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) => {
        const bases = document.querySelector(tag)?.shadowRoot?.querySelectorAll('[part~="base"]') ?? [];
        return bases.length === 1 && bases[0].dataset.server === 'en' && bases[0].lang === 'fr';
      }),
    {},
    marked,
  );
  await waitForText(page, 'mind-quiz', 'Commencer le challenge');
  await page.close();
  assert.deepEqual(session.errors, []);
});
