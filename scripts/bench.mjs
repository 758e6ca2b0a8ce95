// `npm run bench [-- --quick] [-- filter]`: every benchmark, one after the other, each in its own
// process so one benchmark's garbage does not skew the next: the Node ones
// (packages/*/bench/*.bench.ts), then the browser ones (scripts/bench-browser.mjs). Each appends
// its figures to a report file (MINDSHARE_BENCH_REPORT); at the end this prints one table of
// medians and writes every figure, with the date, commit and machine, to bench-results/latest.json
// (and a dated copy beside it). A filter keeps the files or browser scenarios whose path contains
// it (`leaderboard`, `browser`, `browser/quiz`…); --quick runs fewer browser trials.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { printFigures } from './lib/bench-report.mjs';
import { findFiles, root, run } from './lib/process.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const filter = args.find((arg) => !arg.startsWith('--'));
const files = ['core', 'adapters', 'elements']
  .flatMap((name) => findFiles(`packages/${name}/bench`, ['.bench.ts']))
  .filter((file) => !filter || file.includes(filter));

const outDir = join(root, 'bench-results');
mkdirSync(outDir, { recursive: true });
const reportFile = join(outDir, `.report-${process.pid}.jsonl`);
const env = { ...process.env, MINDSHARE_BENCH_REPORT: reportFile };
const loadAtStart = os.loadavg();
const stop = (code) => {
  rmSync(reportFile, { force: true });
  process.exit(code);
};

for (const file of files) {
  console.log(`\n▶ ${file}`);
  // From source: the adapters' benchmarks import @mindshare/core, whose dist a build may not have made.
  const code = await run(process.execPath, ['--expose-gc', '--conditions=mindshare-source', '--import', 'tsx', file], {
    env,
  });
  if (code !== 0) stop(code);
}
const browserArgs = [...(quick ? ['--quick'] : []), ...(filter ? [filter] : [])];
// From source, like the Node benchmarks: a build running beside may have emptied the packages' dist.
const browserBench = ['--conditions=mindshare-source', '--import', 'tsx', 'scripts/bench-browser.mjs'];
const code = await run(process.execPath, [...browserBench, ...browserArgs], { env });
if (code !== 0) stop(code);

const reports = existsSync(reportFile)
  ? readFileSync(reportFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
rmSync(reportFile, { force: true });
if (reports.length === 0) {
  console.log(filter ? `No benchmark matches "${filter}".` : 'No benchmarks yet.');
  process.exit(0);
}

const git = (...gitArgs) => execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8' }).trim();
const chromium = reports.find((report) => report.meta?.chromium)?.meta.chromium;
const entryBuiltAt = reports.find((report) => report.meta?.entryBuiltAt)?.meta.entryBuiltAt;
const results = {
  date: new Date().toISOString(),
  commit: git('rev-parse', 'HEAD'),
  // Uncommitted changes make the commit an approximation of what was measured.
  dirty: git('status', '--porcelain', '--untracked-files=no') !== '',
  // When packages/elements/dist/mindshare.min.js was built, for the browser figures.
  cdnEntryBuiltAt: entryBuiltAt ?? null,
  options: { quick, filter: filter ?? null },
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromium ?? null,
    // 1-, 5- and 15-minute load averages: above the core count, other work shared the machine.
    loadAverage: { start: loadAtStart, end: os.loadavg() },
  },
  benches: reports.map(({ bench, figures }) => ({ bench, figures })),
};

console.log(`\n■ Summary: medians (${results.date.slice(0, 10)}, ${results.commit.slice(0, 7)})`);
printFigures(reports.flatMap((report) => report.figures.filter((figure) => !figure.detail)));
const latest = join(outDir, 'latest.json');
writeFileSync(latest, `${JSON.stringify(results, null, 2)}\n`);
copyFileSync(latest, join(outDir, `${results.date.replace(/[:.]/g, '-')}.json`));
console.log(`\nEvery figure: ${latest.slice(root.length + 1)} (bench-results/ is git-ignored).`);
