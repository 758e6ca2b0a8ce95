// <mind-leaderboard> over 100 000 entries: a store seeded once (untimed), then in each trial a
// fresh page whose provider opens that store, and the board attached when the engine is ready.
import { figure, formatNumber } from '../../scripts/lib/bench-report.mjs';
import { BOARD_CHALLENGE_ID, ENTRY_COUNT, boardSchema } from './fixtures/leaderboard-content.mjs';
import { evaluate, openPage } from './session.mjs';

async function seed(browser, base, context) {
  const tab = await openPage(browser, { context });
  await tab.page.goto(`${base}/bench/browser/pages/blank.html`, { waitUntil: 'load' });
  const ms = await evaluate(
    tab.page,
    'seeding the leaderboard',
    async (options) => (await import('/bench/browser/pages/seed-scores.js')).seedScores(options),
    { schema: boardSchema(), challengeId: BOARD_CHALLENGE_ID, count: ENTRY_COUNT },
  );
  tab.check('seeding the leaderboard');
  await tab.close();
  return ms;
}

/** One warm-up trial (discarded), then `trials` trials, each in a fresh page of the seeded context. */
export async function benchLeaderboard(browser, base, { trials, log }) {
  const context = await browser.createBrowserContext();
  try {
    const seedMs = await seed(browser, base, context);
    log(`  seeded ${formatNumber(ENTRY_COUNT)} scores in ${(seedMs / 1000).toFixed(1)} s (untimed)`);
    const results = [];
    for (let trial = -1; trial < trials; trial++) {
      const tab = await openPage(browser, { context });
      await tab.page.goto(`${base}/bench/browser/pages/leaderboard.html`, { waitUntil: 'domcontentloaded' });
      await tab.page.waitForFunction(() => globalThis.bench, { timeout: 60_000 });
      const result = await evaluate(tab.page, 'leaderboard', () => globalThis.bench.result);
      tab.check('leaderboard');
      await tab.close();
      if (trial >= 0) results.push(result);
      log(
        `  ${trial < 0 ? 'warm-up' : `trial ${trial + 1}/${trials}`} engine ready ${result.ready.toFixed(0)} ms, ` +
          `rows painted ${(result.painted - result.attached).toFixed(0)} ms after attach, ${result.rows} rows, ` +
          `${result.nodes} nodes in the element, ${result.documentNodes} in the document`,
      );
    }
    const entries = `${formatNumber(ENTRY_COUNT)} entries`;
    return [
      figure(
        'leaderboard.element.first-paint',
        `Leaderboard, ${entries}: attach to rows painted, boards built`,
        'ms',
        results.map((r) => r.warmPaint),
        { goal: { max: 250 }, note: 'a board attached once the engine has built its boards (any earlier read did)' },
      ),
      figure(
        'leaderboard.element.first-read-paint',
        `Leaderboard, ${entries}: attach to rows painted, first read`,
        'ms',
        results.map((r) => r.painted - r.attached),
        { note: 'the first board of the page: the engine loads the leaderboard code and builds every board first' },
      ),
      figure(
        'leaderboard.element.nodes',
        `Leaderboard, ${entries}: DOM nodes in the element`,
        'nodes',
        results.map((r) => r.nodes),
        { goal: { max: 1500 } },
      ),
      figure(
        'leaderboard.document.nodes',
        `Leaderboard, ${entries}: DOM nodes in the page`,
        'nodes',
        results.map((r) => r.documentNodes),
      ),
      figure(
        'leaderboard.page.engine-ready',
        `Leaderboard, ${entries}: navigation to engine ready`,
        'ms',
        results.map((r) => r.ready),
        {
          note:
            'downloads and validates the pack and a 100 000-seller directory (about 13 MB of JSON), ' +
            'and opens IndexedDB (the boards are built later, on the first leaderboard read)',
        },
      ),
      figure(
        'leaderboard.page.rows-painted',
        `Leaderboard, ${entries}: navigation to rows painted`,
        'ms',
        results.map((r) => r.painted),
      ),
    ];
  } finally {
    await context.close();
  }
}
