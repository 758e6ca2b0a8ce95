/* global deepAll, deepText -- installed in the page by installDeepQuery() (portal-pages.mjs) */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { STRICT_CSP } from '../../scripts/lib/strict-csp.mjs';
import { launchBrowser, probeStrictPolicy } from './browser.mjs';
import {
  activate,
  answerChallenge,
  clickButton as click,
  installDeepQuery,
  loadedChunks,
  OPEN_REVIEW,
  openPitchOf,
  readMyReview,
  recordPitch,
  submitTopReview,
  waitForText as waitForPageText,
} from './portal-pages.mjs';
import { serveRepository } from './server.mjs';

const { version } = JSON.parse(readFileSync(new URL('../../packages/elements/package.json', import.meta.url), 'utf8'));
let server;
let session;
let page;

before(async () => {
  server = await serveRepository();
  session = await launchBrowser();
  page = await session.newPage();
  await page.setViewport({ width: 1280, height: 900 });
});
after(async () => {
  await session?.browser.close();
  await server?.stop();
});

// ---------- helpers: the shared ones (portal-pages.mjs) on this file's page ----------

const clickButton = (host, text, options) => click(page, host, text, options);
const waitForText = (host, text) => waitForPageText(page, host, text);

/** The feed item (`[part~=item]`) whose text includes `text`. */
async function feedItem(text) {
  const handle = await page.waitForFunction(
    (expected) =>
      deepAll(document.querySelector('mind-nugget-feed'), '[part~="item"]').find((item) =>
        deepText(item).includes(expected),
      ),
    {},
    text,
  );
  return handle.asElement();
}

async function switchRole(role) {
  await page.select('#role', role);
  await page.waitForSelector('body[data-ready="true"]');
}

// ---------- the journey ----------

test('the pages are served under the strict policy, which refuses inline styles and raw HTML and says so', async () => {
  // Not a page of the journey (its errors are the probe's own): the journey's pages get the same header.
  const probe = await session.browser.newPage();
  const response = await probe.goto(`${server.url}/examples/plain-html/`, { waitUntil: 'domcontentloaded' });
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  assert.deepEqual(await probeStrictPolicy(probe), { styled: false, html: 'TypeError' });
  await probe.close();
});

test('the demo portal seeds its history on first load and shows the CDN version', async () => {
  await page.evaluateOnNewDocument(installDeepQuery);
  // A plain static server: the portal runs in the browser (`?mode=browser`, as `npm run start:browser` links it).
  await page.goto(`${server.url}/examples/portal/?mode=browser`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('body[data-ready="true"]');
  const shown = await page.$eval('[data-mindshare-version]', (element) => element.textContent);
  assert.equal(shown, version);
  // The seeded history ranks other sellers already.
  await page.waitForFunction(() => deepAll(document.querySelector('mind-leaderboard'), '[part~="row"]').length >= 5);
});

test('a seller answers the open challenge and appears on the leaderboard', async () => {
  await answerChallenge(page);
  await page.waitForFunction(() =>
    deepAll(document.querySelector('mind-leaderboard'), '[aria-current="true"]').some((row) =>
      deepText(row).includes('Julie Moreau'),
    ),
  );
});

test('the partner board beside it ranks the companies, the seller’s own highlighted, small ones flagged', async () => {
  await page.waitForFunction(() => {
    const board = document.querySelector('mind-leaderboard[entity="partner"]');
    const rows = deepAll(board, '[part~="row"]');
    const mine = deepAll(board, '[aria-current="true"]');
    return (
      rows.length >= 5 &&
      mine.length === 1 &&
      deepText(mine[0]).includes('Atlas Distribution') &&
      deepAll(board, '[part~="incomplete"]').length >= 1
    );
  });
});

test('a seller votes in a poll and sees the results', async () => {
  const poll = await feedItem('Which plan do your customers ask for most?');
  const option = await poll.evaluateHandle((item) => deepAll(item, 'input[type="radio"]')[1]);
  await activate(option);
  await clickButton('mind-nugget-feed', 'Vote', {
    within: { selector: '[part~="item"]', text: 'Which plan do your customers ask for most?' },
  });
  await waitForText('mind-nugget-feed', 'your vote');
  // The bar of the seller's choice is drawn: its width, set through the CSSOM, survives the strict policy.
  const drawn = await page.evaluate(
    () => deepAll(document.querySelector('mind-nugget-feed'), '.mine .bar > span')[0]?.getBoundingClientRect().width,
  );
  assert.ok(drawn > 0, `the bar of the seller's vote is ${drawn} px wide`);
});

test('a seller answers an open question', async () => {
  const question = await feedItem('Which objection did you hear this week?');
  const box = await question.evaluateHandle((item) => deepAll(item, 'textarea')[0]);
  await box.asElement().type('Customers ask whether immutable copies cost extra.');
  await clickButton('mind-nugget-feed', 'Send', {
    within: { selector: '[part~="item"]', text: 'Which objection did you hear this week?' },
  });
  await waitForText('mind-nugget-feed', 'Thank you: your answer was sent.');
});

test('a seller records a two-second pitch with the fake camera and submits it', async () => {
  await recordPitch(page);
});

test('a seller sees activity points and badges with dates, apart from the challenge score, and the engagement board', async () => {
  // Seeded: reading last week and this week earned the streak badge; the pitch just sent earned another.
  await page.waitForFunction(() =>
    deepAll(document.querySelector('mind-badges'), '[part~="earned-badge"]').some((badge) =>
      deepText(badge).includes('First pitch'),
    ),
  );
  await waitForText('mind-badges', 'Regular');
  await page.waitForFunction(() =>
    deepAll(document.querySelector('mind-leaderboard[board="engagement"]'), '[part~="row"]').some((row) =>
      deepText(row).includes('Julie Moreau'),
    ),
  );
});

test('a coach reviews the pitch and publishes it as a best practice', async () => {
  await switchRole('coach');
  await openPitchOf(page, 'Julie Moreau');
  await submitTopReview(page);
  await clickButton(OPEN_REVIEW, 'Publish as best practice');
  await waitForText(OPEN_REVIEW, 'Published as a best practice');
  // Back in the queue, the pitch is no longer waiting.
  await clickButton(OPEN_REVIEW, '← Back to queue');
  await page.waitForFunction(
    () =>
      !deepAll(document.querySelector('mind-review-queue'), '[part~="row"]').some((row) =>
        deepText(row).includes('Julie Moreau'),
      ),
  );
});

test('the seller reads her coach’s review in her pitches', async () => {
  await switchRole('seller');
  await readMyReview(page);
  await waitForText('mind-my-pitches', 'Published as a best practice');
});

test('a channel manager sees the mastery map, the tier report and the answers to their open questions', async () => {
  await switchRole('manager');
  await page.waitForFunction(() => deepAll(document.querySelector('mind-mastery-map'), 'table tbody tr').length >= 3);
  await waitForText('mind-mastery-map', 'Platinum');
  await waitForText('mind-tier-report', 'Atlas Distribution');
  // The seeded history answered the manager's open questions, and so did the seller above.
  const answer = 'Customers ask whether immutable copies cost extra.';
  await waitForText('mind-responses', answer);
  await clickButton('mind-responses', 'Mark as handled', { within: { selector: '[part~="row"]', text: answer } });
  // Handled answers leave the list unless "show handled" is on.
  await page.waitForFunction(
    (text) =>
      !deepAll(document.querySelector('mind-responses'), '[part~="row"]').some((row) => deepText(row).includes(text)),
    {},
    answer,
  );
  assert.deepEqual(session.errors, []);
});

test('the language switch shows the portal and the widgets in French', async () => {
  await page.select('#language', 'fr');
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.$eval('html', (element) => element.lang), 'fr');
  // The page's own chrome too: its title, the skip link and the navigation's name, and its notes
  // set the French way (no ordinary space before : ; ! ?, which would let them start a line).
  const chrome = await page.evaluate(() => ({
    title: document.title,
    skip: document.querySelector('.portal-skip').textContent,
    nav: document.querySelector('header nav').getAttribute('aria-label'),
    texts: [...document.querySelectorAll('[data-t]')].map((element) => element.textContent),
  }));
  assert.deepEqual(
    [chrome.title, chrome.skip, chrome.nav],
    ['Northwind Cloud — Portail partenaires (démo Mindshare)', 'Aller au contenu', 'Portail'],
  );
  assert.deepEqual(
    chrome.texts.filter((text) => / [:;!?%]/.test(text)),
    [],
  );
  await waitForText('mind-mastery-map', 'Maîtrise');
  await waitForText('mind-tier-report', 'Platinium');
  await waitForText('mind-leaderboard', 'Tout le monde');
});

test('the language switch shows the portal and the widgets in Arabic, laid out right to left', async () => {
  await page.select('#language', 'ar');
  await page.waitForSelector('body[data-ready="true"]');
  assert.deepEqual(await page.$eval('html', (element) => [element.lang, element.dir]), ['ar', 'rtl']);
  await waitForText('mind-mastery-map', 'الإتقان');
  await waitForText('mind-leaderboard', 'الجميع');
  // The header's first item, the brand, sits at the right; a widget's base reads right to left.
  const layout = await page.evaluate(() => ({
    brand: document.querySelector('.portal-brand').getBoundingClientRect().left,
    middle: document.documentElement.clientWidth / 2,
    widget: getComputedStyle(document.querySelector('mind-mastery-map').shadowRoot.querySelector('[part~="base"]'))
      .direction,
  }));
  assert.ok(layout.brand > layout.middle, `the brand is not on the right: ${JSON.stringify(layout)}`);
  assert.equal(layout.widget, 'rtl');
});

test('the language switch shows the portal and the widgets in Portuguese, left to right again', async () => {
  await page.select('#language', 'pt');
  await page.waitForSelector('body[data-ready="true"]');
  assert.deepEqual(await page.$eval('html', (element) => [element.lang, element.dir]), ['pt', 'ltr']);
  await waitForText('mind-mastery-map', 'Domínio');
  await waitForText('mind-leaderboard', 'Todos');
});

test('the language switch shows the widgets in German, Spanish and Italian, downloading only that language', async () => {
  /** The languages of the string chunks (`chunks/quiz.de-….min.js`, `chunks/de-….min.js`) requested. */
  const requested = new Set();
  const record = (request) => {
    const language = /\/chunks\/(?:[\w-]+\.)?([a-z]{2})-[\w-]+\.min\.js$/.exec(request.url())?.[1];
    if (language) requested.add(language);
  };
  page.on('request', record);
  try {
    for (const [lang, portal, mastery, scope] of [
      ['de', 'Wissensstand zum Angebot', 'Wissensstand nach Thema', 'Alle'],
      ['es', 'Dominio de la oferta', 'Dominio por tema', 'Todos'],
      ['it', 'Padronanza dell’offerta', 'Padronanza per argomento', 'Tutti'],
    ]) {
      requested.clear();
      await page.select('#language', lang);
      await page.waitForSelector('body[data-ready="true"]');
      assert.equal(await page.$eval('html', (element) => element.lang), lang);
      assert.ok((await page.$$eval('h2', (titles) => titles.map((title) => title.textContent))).includes(portal));
      await waitForText('mind-mastery-map', mastery);
      // The demo pack has no German, Spanish or Italian: its tier names fall back to English.
      await waitForText('mind-tier-report', 'Platinum');
      await waitForText('mind-leaderboard', scope);
      assert.deepEqual(
        [...requested].sort(),
        [lang],
        `switching to ${lang} downloaded the strings of ${[...requested]}`,
      );
    }
  } finally {
    page.off('request', record);
  }
  await page.select('#language', 'fr'); // As the French test left it, for the tests below.
  await page.waitForSelector('body[data-ready="true"]');
  assert.deepEqual(session.errors, []);
});

test('"Reset demo data" deletes the database and replays the seeded history', async () => {
  await page.click('#reset');
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForFunction(() => deepAll(document.querySelector('mind-leaderboard'), '[part~="row"]').length >= 5);
  const ranked = await page.evaluate(async () => {
    const api = document.getElementById('mindshare').api;
    const board = await api.leaderboard({ challengeId: 'autumn-launch', limit: 500 });
    return board.rows.map((row) => row.displayName);
  });
  assert.ok(ranked.length >= 30, `expected the seeded sellers, got ${ranked.length}`);
  assert.ok(!ranked.includes('Julie Moreau'), 'the demo seller starts over, unranked');
});

test('a demo whose database alone was deleted seeds itself again on the next load', async () => {
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase('mindshare-demo');
        request.onsuccess = resolve;
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  const total = await page.evaluate(
    async () => (await document.getElementById('mindshare').api.leaderboard({ challengeId: 'autumn-launch' })).total,
  );
  assert.ok(total >= 30, `expected the seeded sellers on the board, got ${total}`);
});

test('the minimal page builds its engine from attributes and shows the quiz and the leaderboard', async () => {
  const plain = await session.newPage();
  await plain.evaluateOnNewDocument(installDeepQuery);
  await plain.goto(`${server.url}/examples/plain-html/`, { waitUntil: 'domcontentloaded' });
  await plain.waitForFunction(() => deepText(document.querySelector('mind-quiz')).includes('Start the challenge'));
  await plain.waitForFunction(() => deepText(document.querySelector('mind-leaderboard')).includes('Everyone'));
  // The engine came on first use; the memory store, which `npm run size` budgets apart, did not.
  const chunks = await loadedChunks(plain);
  assert.ok(chunks.includes('load-mindshare'), `the embedded engine was loaded: ${chunks}`);
  assert.deepEqual(
    chunks.filter((name) => name === 'memory-storage'),
    [],
    'no chunk of the memory store',
  );
  await plain.close();
});

test('the minimal page downloads its pack and directory while the engine’s code downloads, not after it', async () => {
  const requested = [];
  let sourcesMeanwhile;
  const sourcesAsked = () =>
    requested.some((path) => path.endsWith('/demo-pack.json')) &&
    requested.some((path) => path.endsWith('/demo-directory.json'));
  server.hold = async (path) => {
    requested.push(path);
    if (!/\/chunks\/load-mindshare-/.test(path)) return;
    // The engine's code is held until both files are asked for: downloads that began only once it
    // had run would never come, and after five seconds it goes on without them.
    for (const deadline = Date.now() + 5000; !sourcesAsked() && Date.now() < deadline;)
      await new Promise((resolve) => setTimeout(resolve, 20));
    sourcesMeanwhile = sourcesAsked();
  };
  const plain = await session.newPage();
  try {
    await plain.evaluateOnNewDocument(installDeepQuery);
    await plain.goto(`${server.url}/examples/plain-html/`, { waitUntil: 'domcontentloaded' });
    await plain.waitForFunction(() => deepText(document.querySelector('mind-quiz')).includes('Start the challenge'));
  } finally {
    server.hold = undefined;
    await plain.close();
  }
  assert.equal(sourcesMeanwhile, true, `requests while the engine was held: ${requested.join(', ')}`);
});

test('an answer whose verdict showed survives closing the page between answers', async () => {
  const open = async () => {
    const tab = await session.newPage();
    await tab.evaluateOnNewDocument(installDeepQuery);
    await tab.goto(`${server.url}/examples/plain-html/`, { waitUntil: 'domcontentloaded' });
    return tab;
  };
  const quizText = (tab, text) =>
    tab.waitForFunction((expected) => deepText(document.querySelector('mind-quiz')).includes(expected), {}, text);
  const press = (tab, label) => click(tab, 'mind-quiz', label);
  const first = await open();
  await press(first, 'Start the challenge');
  await quizText(first, 'Question 1 of');
  const choice = await first.waitForFunction(() => {
    const question = deepAll(document.querySelector('mind-quiz'), '[part~="question"]')[0];
    return question && (deepAll(question, 'input[inputmode="decimal"]')[0] ?? deepAll(question, 'input')[0]);
  });
  if ((await choice.evaluate((input) => input.type)) === 'text') await choice.type('2');
  else await activate(choice);
  await press(first, 'Submit');
  await first.waitForFunction(() => deepAll(document.querySelector('mind-quiz'), '[part~="verdict"]').length > 0);
  await first.close(); // the tab goes away the moment the verdict shows

  const second = await open();
  await press(second, 'Resume my attempt');
  await quizText(second, 'Question 2 of');
  await second.close();
});

test('no console error on the whole journey', () => {
  assert.deepEqual(session.errors, []);
});
