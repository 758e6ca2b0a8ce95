// IndexedDB: the records of 1 000 answers written in one batch through the adapter, each trial in
// a fresh browser context (an empty database, as on a first visit).
import { figure, formatNumber } from '../../scripts/lib/bench-report.mjs';
import { evaluate, openPage } from './session.mjs';

async function trial(browser, base, bareFirst) {
  const tab = await openPage(browser);
  await tab.page.goto(`${base}/bench/browser/pages/blank.html`, { waitUntil: 'load' });
  const result = await evaluate(
    tab.page,
    'IndexedDB batch',
    async (first) => (await import('/bench/browser/pages/write-answers.js')).writeAnswers(first),
    bareFirst,
  );
  tab.check('IndexedDB batch');
  await tab.close();
  if (result.steps !== result.answers)
    throw new Error(`IndexedDB batch: ${result.steps} of ${result.answers} answers stored`);
  return result;
}

/** One warm-up trial (discarded), then `trials` trials, swapping which of adapter and bare writes first. */
export async function benchIndexedDb(browser, base, { trials, log }) {
  const results = [];
  for (let round = -1; round < trials; round++) {
    const result = await trial(browser, base, round % 2 !== 0);
    if (round >= 0) results.push(result);
    log(
      `  ${round < 0 ? 'warm-up' : `trial ${round + 1}/${trials}`} ${result.answers} answers ` +
        `(${result.operations} operations) in ${result.ms.toFixed(0)} ms; bare IndexedDB ${result.bareMs.toFixed(0)} ms`,
    );
  }
  const { answers, operations } = results[0];
  const count = formatNumber(answers);
  return [
    figure(
      'indexeddb.answers.per-answer',
      `IndexedDB, ${count} answers in one batch: per answer`,
      'ms',
      results.map((r) => r.ms / answers),
      {
        goal: { max: 0.25 },
        note: `${operations} operations: per answer a step claim, the attempt, a mastery and a repetition record`,
      },
    ),
    figure(
      'indexeddb.answers.batch',
      `IndexedDB, ${count} answers in one batch: whole batch`,
      'ms',
      results.map((r) => r.ms),
    ),
    figure(
      'indexeddb.answers.bare-per-answer',
      'IndexedDB, same records, bare IndexedDB (no adapter): per answer',
      'ms',
      results.map((r) => r.bareMs / answers),
      { note: 'one readwrite transaction, requests not awaited one by one, no copy or key checks: the floor' },
    ),
  ];
}
