/* global deepAll -- installed in the page by installDeepQuery() */
// The React 19 and Vue 3 example apps (examples/react, examples/vue) as their developers build them:
// Vite bundles each from the built packages (no source conditions), the framework's type checker
// accepts it (tsc; vue-tsc with strict templates), and in the browser the seller finishes the quiz and
// the app's own state shows what the elements' events reported.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from 'vite';
import { root, run } from '../../scripts/lib/process.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { firstBrowserRun, launchBrowser } from './browser.mjs';
import { activate, clickButton, installDeepQuery, waitForText } from './portal-pages.mjs';

const APPS = [
  { name: 'React 19', dir: 'examples/react', checker: ['node_modules/typescript/bin/tsc', '-p'] },
  { name: 'Vue 3', dir: 'examples/vue', checker: ['node_modules/vue-tsc/bin/vue-tsc.js', '-p'] },
];

let server;
let session;

before(async () => {
  server = await serveStatic();
  session = await launchBrowser();
});

after(async () => {
  await session?.browser.close();
  await server?.stop();
});

for (const app of APPS) {
  describe(`the ${app.name} example`, () => {
    // Neither depends on the browser: done in the run's first one, whose build the others play.
    const once = { skip: !firstBrowserRun && 'done in the first browser’s run' };

    test('type-checks as its framework checks it', once, async () => {
      const code = await run(process.execPath, [...app.checker, join(app.dir, 'tsconfig.json')], { cwd: root });
      assert.equal(code, 0, `${app.name}: the type checker failed (see above)`);
    });

    test('builds with Vite from the packages as published', once, async () => {
      await build({ configFile: join(root, app.dir, 'vite.config.mjs'), logLevel: 'warn' });
    });

    test('shows the quiz and the leaderboard, and keeps what their events say in its own state', async () => {
      const page = await session.newPage();
      await page.evaluateOnNewDocument(installDeepQuery);
      await page.goto(`${server.url}/${app.dir}/dist/index.html`);
      await waitForText(page, '#app-state', '0 answered');
      await clickButton(page, 'mind-quiz', 'Start the challenge');
      await waitForText(page, 'mind-quiz', 'The trial lasts 30 days.');
      const truth = await page.waitForFunction(() => {
        const question = deepAll(document.querySelector('mind-quiz'), '[part~="question"]')[0];
        return question && deepAll(question, 'input')[0];
      });
      await activate(truth);
      await clickButton(page, 'mind-quiz', 'Submit');
      // The app counted the answer from `mind-answer`, before the attempt ended.
      await waitForText(page, '#app-state', '1 answered');
      await clickButton(page, 'mind-quiz', 'See my results');
      await waitForText(page, '#app-state', 'Finished: 10 of 10 points, rank 1');
      await waitForText(page, 'mind-leaderboard', 'Anna Martin');
      await page.close();
      assert.deepEqual(session.errors, []);
    });
  });
}
