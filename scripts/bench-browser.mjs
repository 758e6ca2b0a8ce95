// `node scripts/bench-browser.mjs [--quick] [filter]` (`npm run bench` runs it from source): the browser
// benchmarks of issue 8 in headless Chromium over the built CDN files, plus their byte counts.
// Serves the repository from a plain loopback server; pages and drivers are in bench/browser/.
// --quick runs fewer trials; a filter keeps the scenarios whose name (browser/<name>) contains it.
import { existsSync, statSync } from 'node:fs';
import { benchBytes } from '../bench/browser/bundle-bytes.mjs';
import { answerBatch } from '../bench/browser/fixtures/answer-batch.mjs';
import { boardDirectory, boardPack } from '../bench/browser/fixtures/leaderboard-content.mjs';
import { mindsharePack, quizDirectory, surveyJson } from '../bench/browser/fixtures/quiz-content.mjs';
import { benchIndexedDb } from '../bench/browser/indexeddb.mjs';
import { benchLeaderboard } from '../bench/browser/leaderboard.mjs';
import { benchQuiz } from '../bench/browser/quiz.mjs';
import { benchQuizServer } from '../bench/browser/quiz-server.mjs';
import { benchQuizSlowNetwork } from '../bench/browser/quiz-slow-network.mjs';
import { launchChromium } from '../bench/browser/session.mjs';
import { printFigures, reportFigures } from './lib/bench-report.mjs';
import { run } from './lib/process.mjs';
import { serveStatic } from './lib/static-server.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const filter = args.find((arg) => !arg.startsWith('--'));
const log = (line) => console.log(line);

const scenarios = [
  { name: 'bytes', browser: false, run: () => benchBytes() },
  { name: 'quiz', run: (browser, base) => benchQuiz(browser, base, { trials: quick ? 3 : 7, log }) },
  {
    name: 'quiz-slow-4g',
    run: (browser, base) => benchQuizSlowNetwork(browser, base, { trials: quick ? 3 : 5, log }),
  },
  {
    name: 'quiz-server',
    run: (browser, base) => benchQuizServer(browser, base, { trials: quick ? 3 : 5, log }),
  },
  { name: 'leaderboard', run: (browser, base) => benchLeaderboard(browser, base, { trials: quick ? 3 : 5, log }) },
  { name: 'indexeddb', run: (browser, base) => benchIndexedDb(browser, base, { trials: quick ? 3 : 7, log }) },
].filter((scenario) => !filter || `browser/${scenario.name}`.includes(filter));
if (scenarios.length === 0) process.exit(0);

if (!existsSync('packages/elements/dist/mindshare.min.js')) {
  console.log('packages/elements/dist is missing: building first.');
  const code = await run(process.execPath, ['scripts/build.mjs']);
  if (code !== 0) process.exit(code);
}

const data = {
  '/bench/data/quiz-pack.json': mindsharePack,
  '/bench/data/quiz-directory.json': quizDirectory,
  '/bench/data/survey.json': surveyJson,
  '/bench/data/board-pack.json': boardPack,
  '/bench/data/board-directory.json': () => boardDirectory(),
};
if (scenarios.some((scenario) => scenario.name === 'indexeddb')) {
  const batch = await answerBatch();
  data['/bench/data/answer-batch.json'] = () => batch;
}

// The CDN files may be older than the commit: the JSON says when they were built.
const entryBuiltAt = statSync('packages/elements/dist/mindshare.min.js').mtime.toISOString();
const server = await serveStatic({ generated: data });
const browser = scenarios.some((scenario) => scenario.browser !== false) ? await launchChromium() : undefined;
const chromium = browser ? await browser.version() : undefined;
try {
  for (const scenario of scenarios) {
    console.log(`\n▶ browser/${scenario.name}${chromium && scenario.browser !== false ? ` (${chromium})` : ''}`);
    const started = performance.now();
    const measured = await scenario.run(browser, server.url);
    printFigures(measured.filter((figure) => !figure.detail));
    console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
    reportFigures(`browser/${scenario.name}`, measured, { entryBuiltAt, ...(chromium ? { chromium } : {}) });
  }
} finally {
  await browser?.close();
  await server.stop();
}
