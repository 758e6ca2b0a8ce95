// `npm test`, the one test command: every check in order, stopping at the first failure, then a
// closing line `N passed, N failed` that sums the Node, Chromium and end-to-end runners.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChrome, howToGetChrome } from './lib/chrome.mjs';
import { run } from './lib/process.mjs';

const node = process.execPath;
const bin = (path) => [node, [path]];

/** Counts from a TAP file written by Node's test runner (`# pass N`, `# fail N`). */
function tapCounts(file) {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const read = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  return { passed: read('pass'), failed: read('fail') + read('cancelled'), skipped: read('skipped') };
}

const browserCounts = () =>
  existsSync('.test-results/browser.json') ? JSON.parse(readFileSync('.test-results/browser.json', 'utf8')) : undefined;

const steps = [
  { label: 'lint (eslint)', command: [node, ['node_modules/eslint/bin/eslint.js', '.']] },
  {
    label: 'format (prettier --check)',
    command: [node, ['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', '.']],
  },
  { label: 'type-check', command: bin('scripts/typecheck.mjs') },
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
  { label: 'build', command: bin('scripts/build.mjs') },
  { label: 'adapter and element tests (Chromium)', command: bin('scripts/test-browser.mjs'), counts: browserCounts },
  { label: 'byte budgets', command: bin('scripts/size.mjs') },
  { label: 'React and Vue typings (tsc, vue-tsc)', command: bin('scripts/check-framework-types.mjs') },
  {
    label: 'packages as published (npm pack, publint --strict, attw)',
    command: [node, ['scripts/release.mjs', '--dry-run', '--no-build', '--clean']],
  },
  {
    label: 'end-to-end (Chromium)',
    command: bin('scripts/test-e2e.mjs'),
    counts: () => tapCounts('.test-results/e2e.tap'),
  },
];

const total = { passed: 0, failed: 0, skipped: 0 };
const finish = (code) => {
  console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  process.exit(code);
};

// Fail fast, before minutes of linting and building, when no browser can run the browser tests.
if (!findChrome()) {
  console.error(howToGetChrome);
  finish(1);
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

for (const step of steps) {
  console.log(`\n━━ ${step.label}`);
  const started = performance.now();
  const code = await run(...step.command);
  const counts = step.counts?.();
  if (counts) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped ?? 0;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (code !== 0) {
    console.error(`\n✗ ${step.label} failed (exit ${code}, ${seconds} s)`);
    if (counts === undefined && step.counts) total.failed += 1;
    finish(code);
  }
  console.log(`✓ ${step.label} (${seconds} s)`);
}
finish(total.failed > 0 ? 1 : 0);
