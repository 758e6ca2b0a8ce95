// The same two quiz pages over an emulated slow mobile network, where download size shows: the
// connection of Lighthouse's mobile runs (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up),
// through Chromium's network emulation, files gzip-compressed by the server as a CDN would.
import { figure } from '../../scripts/lib/bench-report.mjs';
import { PRODUCTS, openQuiz } from './quiz.mjs';

export const SLOW_4G = { latency: 150, download: 1_600_000 / 8, upload: 750_000 / 8 };

/** One warm-up round (discarded), then `trials` rounds of both pages, alternating their order. */
export async function benchQuizSlowNetwork(browser, base, { trials, log }) {
  const runs = { mindshare: [], surveyjs: [] };
  for (let round = -1; round < trials; round++) {
    for (const product of round % 2 === 0 ? PRODUCTS : [...PRODUCTS].reverse()) {
      const { tab, times } = await openQuiz(browser, base, product, { network: SLOW_4G });
      tab.check(`${product.label} on a slow network`);
      await tab.close();
      if (round >= 0) runs[product.id].push(times);
      log(
        `  ${round < 0 ? 'warm-up' : `trial ${round + 1}/${trials}`} ${product.label.padEnd(9)} ` +
          `first question ${times.firstQuestion.toFixed(0)} ms, full paint ${times.fullPaint.toFixed(0)} ms`,
      );
    }
  }
  const figures = PRODUCTS.flatMap((product) => [
    figure(
      `quiz-slow-4g.${product.id}.first-question`,
      `Quiz on slow 4G, ${product.label}: first question in the DOM`,
      'ms',
      runs[product.id].map((r) => r.firstQuestion),
    ),
    figure(
      `quiz-slow-4g.${product.id}.full-paint`,
      `Quiz on slow 4G, ${product.label}: full paint`,
      'ms',
      runs[product.id].map((r) => r.fullPaint),
    ),
  ]);
  const ratios = runs.mindshare.map((mine, i) => runs.surveyjs[i].firstQuestion / mine.firstQuestion);
  figures.push(
    figure('quiz-slow-4g.ratio.first-question', 'Quiz on slow 4G, SurveyJS ÷ Mindshare: first question', '×', ratios),
  );
  return figures;
}
