// `npm test`, the one test command: every check, in two lanes that run side by side (checks and
// the Node suites; the build and what runs in the browsers), stopping everything at the first
// failure,
// then a closing line `N passed, N failed` that sums the Node, browser and end-to-end runners.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { missingBrowsers, testBrowsers } from './lib/browsers.mjs';
import { runQuietly } from './lib/process.mjs';

const node = process.execPath;
const bin = (path, ...args) => [node, [path, ...args]];

/** Counts from TAP files written by Node's test runner (`# pass N`, `# fail N`), summed. */
function tapCounts(...files) {
  const present = files.filter((file) => existsSync(file));
  if (present.length === 0) return undefined;
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const file of present) {
    const text = readFileSync(file, 'utf8');
    const read = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
    counts.passed += read('pass');
    counts.failed += read('fail') + read('cancelled');
    counts.skipped += read('skipped');
  }
  return counts;
}

const browserCounts = () =>
  existsSync('.test-results/browser.json') ? JSON.parse(readFileSync('.test-results/browser.json', 'utf8')) : undefined;

let browsers;
try {
  browsers = testBrowsers();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const inBrowsers = browsers.map((name) => (name === 'chromium' ? 'Chromium' : 'Firefox')).join(' and ');

/**
 * Two lanes side by side, balanced to take about as long: the checks with the Node suites, and the
 * build with what runs in the browsers. Each is mostly one process at a time, so on two cores the
 * pair finishes minutes sooner than one after the other (a clean CI run: 13 min 24 s, where the
 * steps one after the other add up to about 20); a third lane made it slower (14 min 2 s: the
 * steps fought over the cores). Within a lane, steps run in order: the browser tests need the build.
 */
const lanes = [
  [
    { label: 'lint (eslint)', command: [node, ['node_modules/eslint/bin/eslint.js', '.']] },
    {
      label: 'format (prettier --check)',
      command: [node, ['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', '.']],
    },
    { label: 'OpenAPI lint (Redocly, no warning)', command: bin('scripts/lint-openapi.mjs') },
    { label: 'no import cycles in core', command: bin('scripts/check-cycles.mjs') },
    { label: 'package fields', command: bin('scripts/check-packages.mjs') },
    {
      label: 'core tests (Node)',
      command: bin('scripts/test-core.mjs'),
      counts: () => tapCounts('.test-results/core.tap'),
    },
    {
      label: 'server tests, and the HTTP client suite against the server (Node)',
      command: bin('scripts/test-server.mjs'),
      counts: () => tapCounts('.test-results/server.tap'),
    },
  ],
  [
    { label: 'type-check', command: bin('scripts/typecheck.mjs') },
    { label: 'build', command: bin('scripts/build.mjs') },
    {
      label: `adapter and element tests (${inBrowsers})`,
      command: bin('scripts/test-browser.mjs'),
      counts: browserCounts,
    },
    { label: 'byte budgets', command: bin('scripts/size.mjs') },
    { label: 'React and Vue typings (tsc, vue-tsc)', command: bin('scripts/check-framework-types.mjs') },
    {
      label: 'packages as published (npm pack, publint --strict, attw)',
      command: bin('scripts/release.mjs', '--dry-run', '--no-build', '--clean'),
    },
    {
      label: `end-to-end (${inBrowsers})`,
      command: bin('scripts/test-e2e.mjs'),
      counts: () => tapCounts(...browsers.map((name) => `.test-results/e2e-${name}.tap`)),
    },
    { label: 'API reference (typedoc)', command: [node, ['node_modules/typedoc/bin/typedoc']] },
  ],
];

const total = { passed: 0, failed: 0, skipped: 0 };
/**
 * Prints the closing line and exits with `code` once standard output and error have taken all
 * that was written: piped (`npm test | tee`, as CI runs it) they are asynchronous, and an
 * immediate `process.exit` cut off the last step's output and the closing line with it. Never
 * returns: the promise stays pending until the process ends.
 */
const finish = (code) => {
  console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  process.exitCode = code;
  let flushed = 0;
  const exit = () => ++flushed === 2 && process.exit(code);
  process.stdout.write('', exit);
  process.stderr.write('', exit);
  return new Promise(() => {});
};

// Fail fast, before minutes of linting and building, when a browser the tests run in is missing.
const missing = missingBrowsers(browsers);
if (missing) {
  console.error(missing);
  await finish(1);
}
rmSync('.test-results', { recursive: true, force: true });

// Which services the suites run over; what is not configured is skipped, and said so here.
console.log(
  process.env.DATABASE_URL
    ? 'PostgreSQL: DATABASE_URL is set: the adapter conformance and the server run over it as well as PGlite.'
    : 'PostgreSQL: DATABASE_URL is not set: suites over a real PostgreSQL are skipped; PGlite (embedded) runs them.',
);
console.log(
  process.env.REDIS_URL
    ? 'Redis: REDIS_URL is set: the Redis leaderboard store conformance and the server over Redis run.'
    : 'Redis: REDIS_URL is not set: the Redis leaderboard store suites are skipped; boards are in process.',
);
console.log(`Browsers: ${inBrowsers} (MINDSHARE_BROWSERS=chromium or firefox runs one).`);

const stop = new AbortController();
let failure;
let interrupted;

// Each step leads a process group of its own (so a failure can stop the other lane whole), which
// also puts it out of reach of the terminal's Ctrl-C: pass an interruption on, then exit.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.once(signal, () => {
    interrupted ??= { signal, code };
    stop.abort();
  });
}

mkdirSync('.test-results/logs', { recursive: true });
const logOf = (step) =>
  `.test-results/logs/${step.label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)}.log`;

/**
 * Runs a lane's steps in order; each step's output is shown whole when it ends, so lanes don't
 * interleave, and is written as it comes to its log (where a step that seems stuck shows why).
 */
async function runLane(steps) {
  for (const step of steps) {
    if (stop.signal.aborted) return;
    const logFile = logOf(step);
    console.log(`▶ ${step.label}… (${logFile})`);
    const started = performance.now();
    const { code, output } = await runQuietly(...step.command, { signal: stop.signal, logFile });
    if (stop.signal.aborted) return;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`\n━━ ${step.label}\n${output.trimEnd()}`);
    const counts = step.counts?.();
    if (counts) {
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped ?? 0;
    }
    if (code !== 0) {
      console.error(`\n✗ ${step.label} failed (exit ${code}, ${seconds} s)`);
      // A step that failed without a failed test to show for it (lint, the build, a runner that
      // crashed) still counts, so the closing line never reads "0 failed" on a red run.
      if (!counts || counts.failed === 0) total.failed += 1;
      failure = { step, code };
      stop.abort();
      return;
    }
    console.log(`✓ ${step.label} (${seconds} s)`);
  }
}

await Promise.all(lanes.map(runLane));
if (interrupted) {
  console.error(`\nInterrupted (${interrupted.signal}): every step was stopped.`);
  await finish(interrupted.code);
}
if (failure) {
  console.error(
    `\nStopped at the first failure: ${failure.step.label}. The other lanes were stopped where they stood.`,
  );
  await finish(failure.code);
}
await finish(total.failed > 0 ? 1 : 0);
