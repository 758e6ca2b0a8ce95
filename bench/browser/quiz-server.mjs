// The quiz page of a portal whose engine runs on a Mindshare server, beside the same quiz with its
// engine in the page, both over the emulated slow mobile network of quiz-slow-network.mjs: the
// server's page downloads less code (no engine, no pack) and asks the server for each step (the
// challenge, the attempt, each question), one round trip each. The server runs as its own process
// (scripts/lib/server-process.mjs, in-memory database) with the benchmark's pack; each trial is a
// seller of their own, so every trial starts the challenge, as the page in the browser does.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figure } from '../../scripts/lib/bench-report.mjs';
import { startMindshareServer } from '../../scripts/lib/server-process.mjs';
import { mindsharePack, quizDirectory } from './fixtures/quiz-content.mjs';
import { PRODUCTS, openQuiz } from './quiz.mjs';
import { SLOW_4G } from './quiz-slow-network.mjs';

const EMBEDDED = PRODUCTS.find((product) => product.id === 'mindshare');

/** The benchmark's directory with `count` more sellers, `s-bench-1`…, one per trial. */
function sellersDirectory(count) {
  const directory = quizDirectory();
  const [seller] = directory.sellers;
  const more = Array.from({ length: count }, (_, i) => ({ ...seller, id: `s-bench-${i + 1}` }));
  return { ...directory, sellers: [...directory.sellers, ...more] };
}

async function mintToken(serverUrl, id) {
  const response = await fetch(`${serverUrl}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id }),
  });
  if (!response.ok) throw new Error(`no token for ${id}: HTTP ${response.status}`);
  return (await response.json()).token;
}

/** One warm-up round (discarded), then `trials` rounds of both pages, alternating their order. */
export async function benchQuizServer(browser, base, { trials, log }) {
  const folder = await mkdtemp(join(tmpdir(), 'mindshare-bench-'));
  const pack = join(folder, 'pack.json');
  const directory = join(folder, 'directory.json');
  await writeFile(pack, JSON.stringify(mindsharePack()));
  await writeFile(directory, JSON.stringify(sellersDirectory(trials + 1)));
  const server = await startMindshareServer(['--dev', '--origins', base], { pack, directory });
  const runs = { embedded: [], server: [] };
  try {
    for (let round = -1; round < trials; round++) {
      const onServer = async () => {
        const token = await mintToken(server.url, `s-bench-${round + 2}`);
        const page = `mindshare-quiz-server.html?api=${encodeURIComponent(server.url)}&token=${token}`;
        return openQuiz(browser, base, { ...EMBEDDED, page }, { network: SLOW_4G });
      };
      const kinds = [
        ['embedded', 'in the page', () => openQuiz(browser, base, EMBEDDED, { network: SLOW_4G })],
        ['server', 'on a server', onServer],
      ];
      for (const [id, label, open] of round % 2 === 0 ? kinds : [...kinds].reverse()) {
        const { tab, times } = await open();
        tab.check(`Mindshare, engine ${label}`);
        await tab.close();
        if (round >= 0) runs[id].push(times);
        log(
          `  ${round < 0 ? 'warm-up' : `trial ${round + 1}/${trials}`} engine ${label.padEnd(11)} ` +
            `first question ${times.firstQuestion.toFixed(0)} ms, full paint ${times.fullPaint.toFixed(0)} ms`,
        );
      }
    }
    if (server.errors.length > 0) throw new Error(`the Mindshare server logged errors:\n${server.errors.join('\n')}`);
  } finally {
    await server.stop();
    await rm(folder, { recursive: true, force: true });
  }
  const labels = { embedded: 'engine in the page (IndexedDB)', server: 'engine on a server (HTTP client)' };
  const figures = Object.entries(labels).flatMap(([id, label]) => [
    figure(
      `quiz-server.${id}.first-question`,
      `Quiz on slow 4G, Mindshare, ${label}: first question in the DOM`,
      'ms',
      runs[id].map((r) => r.firstQuestion),
    ),
    figure(
      `quiz-server.${id}.start-view`,
      `Quiz on slow 4G, Mindshare, ${label}: start button enabled`,
      'ms',
      runs[id].map((r) => r.startView),
    ),
  ]);
  figures.push(
    figure(
      'quiz-server.ratio.first-question',
      'Quiz on slow 4G, engine on a server ÷ in the page: first question',
      '×',
      runs.server.map((mine, i) => mine.firstQuestion / runs.embedded[i].firstQuestion),
    ),
  );
  return figures;
}
