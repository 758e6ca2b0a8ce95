// The 50-question quiz in Mindshare and in SurveyJS, trial by trial in the same browser: time to
// the first question and to full paint, JS heap above a blank page, answering all 50 to the
// score, and the code bytes each page loaded.
import { figure } from '../../scripts/lib/bench-report.mjs';
import { measureBytes, totalBytes } from '../../scripts/lib/bytes.mjs';
import { quizQuestions } from './fixtures/quiz-content.mjs';
import { evaluate, heapAfterGc, openPage } from './session.mjs';

export const PRODUCTS = [
  { id: 'mindshare', label: 'Mindshare', page: 'mindshare-quiz.html', score: /500/ },
  { id: 'surveyjs', label: 'SurveyJS', page: 'survey-quiz.html', score: /50 of 50/ },
];
const KEY = quizQuestions().map((question) => [question.id, question.correct]);
const MB = 1_000_000;

/** The baseline: heap after GC and DOMContentLoaded of a page holding only the harness. */
async function blankPage(browser, base) {
  const tab = await openPage(browser);
  await tab.page.goto(`${base}/bench/browser/pages/blank.html`, { waitUntil: 'load' });
  const heap = await heapAfterGc(tab.page);
  const ready = await tab.page.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd);
  tab.check('blank page');
  await tab.close();
  return { heap, ready };
}

/** Opens a product's quiz page in a fresh context and waits for its first question and full paint. */
export async function openQuiz(browser, base, product, { network } = {}) {
  const tab = await openPage(browser);
  if (network) await tab.page.emulateNetworkConditions(network);
  await tab.page.goto(`${base}/bench/browser/pages/${product.page}`, { waitUntil: 'domcontentloaded' });
  await tab.page.waitForFunction(() => globalThis.bench, { timeout: 60_000 });
  const times = await evaluate(tab.page, `${product.label}: first question`, async () => ({
    quizDefined: await globalThis.bench.quizDefined,
    engineReady: await globalThis.bench.engineReady,
    startView: await globalThis.bench.startView,
    firstQuestion: await globalThis.bench.firstQuestion,
    fullPaint: await globalThis.bench.fullPaint(),
  }));
  return { tab, times };
}

async function quizTrial(browser, base, product) {
  const { tab, times } = await openQuiz(browser, base, product);
  const { page } = tab;
  const heap = await heapAfterGc(page);
  const answered = await evaluate(page, `${product.label}: answering`, (key) => globalThis.bench.answerAll(key), KEY);
  const heapAfterAnswers = await heapAfterGc(page);
  tab.check(product.label);
  if (!product.score.test(answered.score)) throw new Error(`${product.label}: unexpected score "${answered.score}"`);
  const code = tab.loaded.filter((path) => /^\/(packages\/elements\/dist|node_modules)\/.*\.(js|css)$/.test(path));
  await tab.close();
  return {
    ...times,
    heap,
    heapAfterAnswers,
    answerAll: answered.ms,
    phases: answered.phases,
    transactions: answered.transactions,
    code: [...new Set(code)].sort(),
  };
}

// [id, label, unit, value of a trial, Mindshare's goal]
const MINDSHARE_STAGES = [
  ['quiz-defined', '<mind-quiz> defined (entry and its chunk evaluated)', 'ms', (r) => r.quizDefined],
  ['engine-ready', 'engine ready (mind-ready)', 'ms', (r) => r.engineReady],
  ['start-view', 'start view in the DOM', 'ms', (r) => r.startView],
];
const MEASURES = [
  ['first-question', 'first question in the DOM', 'ms', (r) => r.firstQuestion, 150],
  ['full-paint', 'full paint', 'ms', (r) => r.fullPaint, 400],
  ['heap', 'JS heap after GC above a blank page', 'MB', (r) => (r.heap - r.blank) / MB, 1.5],
  ['heap-after-answers', 'JS heap after GC above blank, 50 answered', 'MB', (r) => (r.heapAfterAnswers - r.blank) / MB],
  ['answer-all', 'answer all 50 to the score', 'ms', (r) => r.answerAll, 150],
];
const MINDSHARE_PHASES = [
  ['answer-all.question', '· of which Next → next question', 'ms', (r) => r.phases.question],
  ['answer-all.choice', '· of which choice → Submit enabled', 'ms', (r) => r.phases.choice],
  ['answer-all.verdict', '· of which Submit → verdict', 'ms', (r) => r.phases.verdict],
  ['answer-all.results', '· of which See results → score', 'ms', (r) => r.phases.results],
  // From Start to the score: 50 questions shown and answered, the attempt started and finished.
  [
    'idb-transactions-per-answer',
    'IndexedDB transactions per answer (shown + answered, Start to score ÷ 50)',
    'tx',
    (r) => (r.transactions.readonly + r.transactions.readwrite) / KEY.length,
    2,
  ],
  ['idb-reads-per-answer', '· of which read transactions', 'tx', (r) => r.transactions.readonly / KEY.length],
];
const RATIOS = [
  ['first-question', 'first question', (r) => r.firstQuestion],
  ['full-paint', 'full paint', (r) => r.fullPaint],
  ['answer-all', 'answer all', (r) => r.answerAll],
  ['heap', 'heap above blank', (r) => r.heap - r.blank],
];

function productFigures(product, list) {
  const mine = product.id === 'mindshare';
  const rows = mine ? [...MINDSHARE_STAGES, ...MEASURES, ...MINDSHARE_PHASES] : MEASURES;
  const figures = rows.map(([id, label, unit, value, goal]) =>
    figure(`quiz.${product.id}.${id}`, `Quiz, ${product.label}: ${label}`, unit, list.map(value), {
      ...(mine && goal !== undefined ? { goal: { max: goal } } : {}),
    }),
  );
  const code = totalBytes(list[0].code.map((path) => measureBytes(path.slice(1))));
  figures.push(
    figure(
      `quiz.${product.id}.code-gzip`,
      `Quiz, ${product.label}: code the page loaded, gzip`,
      'KiB',
      [code.gzip / 1024],
      {
        note: list[0].code.join(', '),
      },
    ),
  );
  return figures;
}

/** Runs one warm-up round (discarded), then `trials` rounds of blank page + both quizzes, alternating their order. */
export async function benchQuiz(browser, base, { trials, log }) {
  const runs = { mindshare: [], surveyjs: [] };
  const blanks = [];
  for (let round = -1; round < trials; round++) {
    const blank = await blankPage(browser, base);
    const order = round % 2 === 0 ? PRODUCTS : [...PRODUCTS].reverse();
    for (const product of order) {
      const run = await quizTrial(browser, base, product);
      if (round >= 0) runs[product.id].push({ ...run, blank: blank.heap });
      log(
        `  ${round < 0 ? 'warm-up' : `trial ${round + 1}/${trials}`} ${product.label.padEnd(9)} ` +
          `first question ${run.firstQuestion.toFixed(0)} ms, full paint ${run.fullPaint.toFixed(0)} ms, ` +
          `heap ${((run.heap - blank.heap) / MB).toFixed(2)} MB above blank, answer-all ${run.answerAll.toFixed(0)} ms`,
      );
    }
    if (round >= 0) blanks.push(blank);
  }

  const figures = PRODUCTS.flatMap((product) => productFigures(product, runs[product.id]));
  // Ratios of paired trials (same round, same browser), SurveyJS over Mindshare: above 1, Mindshare is ahead.
  for (const [id, label, value] of RATIOS) {
    const ratios = runs.mindshare.map((mine, i) => value(runs.surveyjs[i]) / value(mine));
    figures.push(figure(`quiz.ratio.${id}`, `Quiz, SurveyJS ÷ Mindshare: ${label}`, '×', ratios));
  }
  figures.push(
    figure(
      'quiz.blank.heap',
      'Blank page: JS heap after GC',
      'MB',
      blanks.map((b) => b.heap / MB),
    ),
    figure(
      'quiz.blank.dom-content-loaded',
      'Blank page: DOMContentLoaded (the floor)',
      'ms',
      blanks.map((b) => b.ready),
    ),
  );
  return figures;
}
