/* global deepAll, deepText -- installed in the page by installDeepQuery() (portal-pages.mjs) */
// The demo portal in server mode, as `npm start` runs it: the Mindshare server in its own process
// serves the portal, which talks to it through createHttpClient with development tokens. Three
// browser contexts are three people's browsers: two sellers and a coach.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { STRICT_CSP } from '../../scripts/lib/strict-csp.mjs';
import { launchBrowser, probeStrictPolicy } from './browser.mjs';
import { startMindshareServer } from '../../scripts/lib/server-process.mjs';
import {
  activate,
  answerChallenge,
  clickButton,
  installDeepQuery,
  loadedChunks,
  OPEN_REVIEW,
  openPitchOf,
  readMyReview,
  recordPitch,
  submitTopReview,
  waitForText,
} from './portal-pages.mjs';

const SECRET = 'an-e2e-token-secret-of-at-least-32-characters';

describe('mindshare-server without --dev', () => {
  test('has no development token route, and still serves the portal', async () => {
    // No --dev (nor MINDSHARE_DEV): the route must not exist. A real portal signs tokens with the secret.
    const server = await startMindshareServer(['--token-secret', SECRET]);
    try {
      const minted = await fetch(`${server.url}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: 's-julie' }),
      });
      assert.equal(minted.status, 404);
      assert.equal((await minted.json()).error.code, 'MIND_NOT_FOUND');
      const portal = await fetch(`${server.url}/examples/portal/`);
      assert.equal(portal.status, 200);
    } finally {
      await server.stop();
    }
  });
});

describe('the demo portal on mindshare-server --dev', () => {
  let server;
  let session;
  const pages = {};

  before(async () => {
    server = await startMindshareServer(['--dev']);
    session = await launchBrowser();
  });
  after(async () => {
    await session?.browser.close();
    await server?.stop();
  });

  /** Opens the portal as `id` in a browser context of its own, as another person's browser would. */
  async function openAs(id) {
    const page = await session.newPage(await session.newContext());
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(installDeepQuery);
    await page.goto(`${server.url}/?as=${id}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  }

  /** Waits until `page`'s leaderboard has a row for each of `names`. */
  async function waitForRows(page, names) {
    await page.waitForFunction(
      (expected) => {
        const rows = deepAll(document.querySelector('mind-leaderboard'), '[part~="row"]').map((row) => deepText(row));
        return expected.every((name) => rows.some((row) => row.includes(name)));
      },
      {},
      names,
    );
  }

  test('the portal is served under a policy holding every directive of the strict one, and it is enforced', async () => {
    const probe = await session.browser.newPage();
    const response = await probe.goto(`${server.url}/examples/portal/`, { waitUntil: 'domcontentloaded' });
    const served = response.headers()['content-security-policy'].split('; ');
    for (const directive of STRICT_CSP.split('; '))
      assert.ok(served.includes(directive), `no "${directive}" in ${served}`);
    assert.deepEqual(await probeStrictPolicy(probe), { styled: false, html: 'TypeError' });
    await probe.close();
  });

  test('/ opens the portal in server mode: the HTTP client, the boards empty, no reset button', async () => {
    pages.julie = await openAs('s-julie');
    const page = pages.julie;
    assert.equal(new URL(page.url()).pathname, '/examples/portal/');
    assert.equal(await page.$eval('body', (body) => body.dataset.mode), 'server');
    assert.equal(await page.$eval('#reset', (button) => button.hidden), true);
    assert.equal(await page.$eval('#person', (select) => select.value), 's-julie');
    const seen = await page.evaluate(async () => {
      const api = document.getElementById('mindshare').api;
      const board = await api.leaderboard({ challengeId: 'autumn-launch' });
      return { viewer: api.viewer.id, http: typeof api.flush === 'function', ranked: board.total };
    });
    assert.deepEqual(seen, { viewer: 's-julie', http: true, ranked: 0 });
    // The engine that runs in a page (host, schemas, zod) is never downloaded on a server's client,
    // nor the memory store (budgeted apart by `npm run size`).
    const chunks = await loadedChunks(page);
    assert.ok(chunks.includes('http'), `the HTTP client was loaded: ${chunks}`);
    assert.deepEqual(
      chunks.filter((name) => name === 'load-mindshare' || name === 'memory-storage'),
      [],
      'no chunk of the embedded engine or of the memory store',
    );
  });

  test('two sellers in two browsers answer the challenge and each sees the other on the leaderboard', async () => {
    await answerChallenge(pages.julie);
    pages.anna = await openAs('s-anna');
    await answerChallenge(pages.anna);
    await waitForRows(pages.anna, ['Julie Moreau', 'Anna Martin']);
    // Julie's page reads the boards again every few seconds while it is in view (a tab behind
    // another one does not poll; Firefox hides it, headless Chromium does not): she looks at it,
    // and Anna appears without a reload.
    await pages.julie.bringToFront();
    await waitForRows(pages.julie, ['Julie Moreau', 'Anna Martin']);
  });

  test('the finish counts toward engagement and certifications on the server, apart from the score', async () => {
    const standing = await pages.julie.evaluate(async () => {
      const api = document.getElementById('mindshare').api;
      const [engagement, certifications] = await Promise.all([api.engagement(), api.certifications()]);
      return {
        finished: engagement.activity.find((entry) => entry.kind === 'challenge-finished')?.count,
        certifications: certifications.certifications.map((entry) => entry.certificationId),
      };
    });
    assert.equal(standing.finished, 1);
    assert.deepEqual(standing.certifications, ['launch-ready', 'vault-certified']);
    await waitForText(pages.julie, 'mind-certifications', 'Autumn launch ready');
    await waitForText(pages.julie, 'mind-badges', 'First pitch');
  });

  test('a seller votes in a poll and sees the results, drawn under the strict policy', async () => {
    const poll = { selector: '[part~="item"]', text: 'Which plan do your customers ask for most?' };
    const option = await pages.anna.waitForFunction(
      ({ selector, text }) => {
        const feed = document.querySelector('mind-nugget-feed');
        const item = feed && deepAll(feed, selector).find((candidate) => deepText(candidate).includes(text));
        return item && deepAll(item, 'input[type="radio"]')[0];
      },
      {},
      poll,
    );
    await activate(option);
    await clickButton(pages.anna, 'mind-nugget-feed', 'Vote', { within: poll });
    await waitForText(pages.anna, 'mind-nugget-feed', 'your vote');
    const width = await pages.anna.evaluate(
      () => deepAll(document.querySelector('mind-nugget-feed'), '.mine .bar > span')[0]?.style.inlineSize,
    );
    assert.equal(width, '100%');
  });

  test('a seller answers an open question; its owner, a manager, reads it and marks it handled', async () => {
    const question = { selector: '[part~="item"]', text: 'Which objection did you hear this week?' };
    const answer = 'Anna hears that immutable copies sound expensive.';
    const box = await pages.anna.waitForFunction(
      ({ selector, text }) => {
        const feed = document.querySelector('mind-nugget-feed');
        const item = feed && deepAll(feed, selector).find((candidate) => deepText(candidate).includes(text));
        return item && deepAll(item, 'textarea')[0];
      },
      {},
      question,
    );
    await box.type(answer);
    await clickButton(pages.anna, 'mind-nugget-feed', 'Send', { within: question });
    await waitForText(pages.anna, 'mind-nugget-feed', 'Thank you: your answer was sent.');

    const manager = await openAs('mgr-helene');
    await waitForText(manager, 'mind-responses', answer);
    // The poll Anna voted in shows its results to the manager, who did not vote.
    await waitForText(manager, 'mind-responses', 'Which plan do your customers ask for most?');
    await clickButton(manager, 'mind-responses', 'Mark as handled', {
      within: { selector: '[part~="row"]', text: answer },
    });
    await manager.waitForFunction(
      (text) =>
        !deepAll(document.querySelector('mind-responses'), '[part~="row"]').some((row) => deepText(row).includes(text)),
      {},
      answer,
    );
    const stored = await manager.evaluate(async () =>
      (await document.getElementById('mindshare').api.responses({ handled: true })).map((entry) => entry.sellerName),
    );
    assert.ok(stored.includes('Anna Martin'), `handled answers: ${stored}`);
    await manager.close();
  });

  test('seller A records a pitch with the fake camera and sends it to the server', async () => {
    // In the tab she looks at: a tab behind another one gets no camera frames in Firefox.
    await pages.julie.bringToFront();
    await recordPitch(pages.julie);
    const mine = await pages.julie.evaluate(async () =>
      (await document.getElementById('mindshare').api.recordings({ view: 'mine' })).map((entry) => entry.status),
    );
    assert.deepEqual(mine, ['submitted']);
  });

  test('a coach in a third browser plays the pitch, seeks in it and reviews it', async () => {
    const coach = await openAs('coach-lea');
    pages.coach = coach;
    const recordingId = await openPitchOf(coach, 'Julie Moreau');

    const video = await coach.waitForFunction(() => {
      const player = deepAll(document.querySelector('mind-review-queue'), 'video')[0];
      return player && player.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA ? player : undefined;
    });
    // It plays: the position moves on, however long this machine takes to decode the first frames.
    const from = await video.evaluate(async (player) => {
      player.muted = true;
      await player.play();
      return player.currentTime;
    });
    await coach.waitForFunction((player, start) => player.currentTime > start, {}, video, from);
    // It seeks: setting the position starts a seek (`seeking` is true at once), which ends near it.
    await video.evaluate((player) => {
      player.pause();
      player.currentTime = 0.4;
    });
    await coach.waitForFunction((player) => !player.seeking, {}, video);
    const seekedTo = await video.evaluate((player) => player.currentTime);
    assert.ok(Math.abs(seekedTo - 0.4) < 0.2, `seeked to ${seekedTo}`);

    // The element plays a Blob the HTTP client downloaded; the media route itself answers byte
    // ranges, which is what a player streaming from the server asks for when it seeks.
    const ranges = await coach.evaluate(async (id) => {
      const minted = await fetch('/dev/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'coach-lea' }),
      });
      const { token } = await minted.json();
      const get = (range) =>
        fetch(`/v1/recordings/${id}/media`, {
          headers: { authorization: `Bearer ${token}`, ...(range ? { range } : {}) },
        });
      const whole = await get();
      const bytes = new Uint8Array(await whole.arrayBuffer());
      const head = await get('bytes=0-99');
      const rest = await get('bytes=100-');
      const joined = new Uint8Array([
        ...new Uint8Array(await head.arrayBuffer()),
        ...new Uint8Array(await rest.arrayBuffer()),
      ]);
      return {
        whole: whole.status,
        type: whole.headers.get('content-type'),
        acceptRanges: whole.headers.get('accept-ranges'),
        head: head.status,
        contentRange: head.headers.get('content-range'),
        rest: rest.status,
        size: bytes.length,
        sameBytes: joined.length === bytes.length && joined.every((byte, index) => byte === bytes[index]),
      };
    }, recordingId);
    assert.equal(ranges.whole, 200);
    assert.match(ranges.type, /^video\/webm/);
    assert.equal(ranges.acceptRanges, 'bytes');
    assert.equal(ranges.head, 206);
    assert.equal(ranges.contentRange, `bytes 0-99/${ranges.size}`);
    assert.equal(ranges.rest, 206);
    assert.ok(ranges.size > 1_000, `a two-second take has more than ${ranges.size} bytes`);
    assert.ok(ranges.sameBytes, 'the two ranges put together are the whole media');

    await submitTopReview(coach);
    await clickButton(coach, OPEN_REVIEW, 'Publish as best practice');
    await waitForText(coach, OPEN_REVIEW, 'Published as a best practice');
  });

  test('seller A sees the review, and her pitch among the best practices', async () => {
    const page = pages.julie;
    await page.bringToFront();
    const mine = await page.evaluate(async () => {
      const [entry] = await document.getElementById('mindshare').api.recordings({ view: 'mine' });
      return { status: entry.status, reviewed: entry.review !== undefined, published: entry.published };
    });
    assert.deepEqual(mine, { status: 'reviewed', reviewed: true, published: true });
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector('body[data-ready="true"]');
    await waitForText(page, 'mind-pitch-gallery', 'Julie Moreau');
    await readMyReview(page);
  });

  test('no console error, CSP violation, failed request or server error in any of the three browsers', () => {
    assert.deepEqual(session.errors, []);
    assert.deepEqual(server.errors, []);
  });
});
