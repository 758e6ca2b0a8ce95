// `npm run bench:server [-- options]`: the server benchmark of issue 13. 1 000 sellers × 10 answers
// through HTTP, from a load process of its own (bench/server/load.mjs), against `mindshare-server`
// run from the sources as a child process: first on PostgreSQL + Redis (DATABASE_URL, REDIS_URL,
// default the local services; skipped, saying why, when either does not answer), then on the
// embedded default (PGlite in a temporary --data-dir, boards in process). Then, on PostgreSQL +
// Redis, leaderboard reads at 1 000 000 entries: 1 M scores seeded into the store's PostgreSQL
// table, the Redis boards emptied, the server restarted, its first read timed (it rebuilds the
// boards from PostgreSQL), then rank, around and page reads through HTTP; and the Redis store's
// own benchmark (packages/adapters/bench/redis-leaderboard.bench.ts).
//
// Options: --concurrency N (default 32), --sellers N (default 1 000), --only postgres|embedded,
// --in-memory (embedded in memory, not in a folder), --no-split (skip the round that measures
// shown and answers apart), --no-board (skip the 1 M leaderboard), --board-size N, --no-store-bench,
// --profile (a CPU profile of each server run, --cpu-prof, into bench-results/server-profiles/).
//
// Prints a table and writes every figure, with the machine and its load, to
// bench-results/server-latest.json (and a dated copy). Each configuration uses a store of its own
// (schema mindshare_<store>, Redis keys mindshare:<store>:*), dropped at the end.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import {
  benchDirectory,
  benchPack,
  CHALLENGE_ID,
  correctChoice,
  QUESTION_COUNT,
  questionId,
  SELLER_COUNT,
  sellerId,
} from '../bench/server/fixtures.mjs';
import { seedScores } from '../bench/server/seed-scores.mjs';
import { startServerProcess } from './lib/server-process.mjs';
import { formatNumber, reportFigures } from './lib/bench-report.mjs';
import { root, run } from './lib/process.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const concurrency = Number(option('--concurrency', '32'));
const sellerCount = Number(option('--sellers', String(SELLER_COUNT)));
const only = option('--only', undefined);
const boardSize = Number(option('--board-size', '1000000'));
const split = !args.includes('--no-split');
const board = !args.includes('--no-board');
const storeBench = !args.includes('--no-store-bench');
const profile = args.includes('--profile');
const inMemory = args.includes('--in-memory');
const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const SECRET = randomBytes(24).toString('hex'); // 48 characters: the server wants 32 at least
const READ_CALLS = 2_000;
const READ_WARM_UP = 200;
const DEEP_PAGE_CALLS = 20; // each reads the board from the top down to its offset (see docs/performance.md)

const log = (line) => console.log(line);
const outDir = join(root, 'bench-results');
const profileDir = join(outDir, 'server-profiles');
const work = mkdtempSync(join(os.tmpdir(), 'mindshare-server-bench-'));
const loadAverage = { start: os.loadavg() };
const git = (...gitArgs) => execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8' }).trim();

const sellers = Array.from({ length: sellerCount }, (_, i) => sellerId(i));
const questions = Array.from({ length: QUESTION_COUNT }, (_, q) => ({ id: questionId(q), choiceId: correctChoice(q) }));
const packFile = join(work, 'pack.json');
const directoryFile = join(work, 'directory.json');
// Two attempts each when a second round measures shown and answers apart.
writeFileSync(packFile, JSON.stringify(benchPack({ attempts: split ? 2 : 1 })));
writeFileSync(directoryFile, JSON.stringify(benchDirectory(sellerCount)));
const baseFlags = ['--rate-limit', '0', '--token-secret', SECRET, '--pack', packFile, '--directory', directoryFile];

/** Runs the load process over `phases` against `server`; resolves with its result. */
async function load(server, phases, name, databaseUrl, schema) {
  const planFile = join(work, `plan-${name}.json`);
  const resultFile = join(work, `result-${name}.json`);
  const plan = { base: server.url, serverPid: server.pid, secret: SECRET, challengeId: CHALLENGE_ID };
  writeFileSync(
    planFile,
    JSON.stringify({ ...plan, databaseUrl, schema, sellers, questions, concurrency, phases, resultFile }),
  );
  const code = await run(process.execPath, ['bench/server/load.mjs', planFile]);
  if (code !== 0) throw new Error(`The load process failed (exit ${code}).`);
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  const failed = result.phases.filter((phase) => phase.errors > 0);
  if (failed.length > 0) {
    throw new Error(`Requests failed: ${failed.map((p) => `${p.name}: ${p.errors} (${p.firstErrors[0]})`).join('; ')}`);
  }
  return result;
}

// One folder per server run: node writes a profile per thread (tsx's loader hooks run in a worker).
const nodeFlags = (name) => (profile ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, name)}`] : []);
/** `mindshare-server serve` with `flags`, at `warn` (a log line per request would be timed too), its lines shown. */
const startServer = (flags, name) =>
  startServerProcess({
    args: ['serve', ...flags],
    logLevel: 'warn',
    nodeFlags: nodeFlags(name),
    log: (line) => log(`  [server] ${line.length > 400 ? `${line.slice(0, 400)}…` : line}`),
  });
const roundPhases = ['start', 'answering', 'finish', ...(split ? ['start', 'shown', 'answers', 'finish'] : [])];

/** The answering rounds against one configuration of the server. */
async function answerRounds(label, flags, stamp, databaseUrl, schema) {
  log(`\n▶ ${label}: ${sellerCount} sellers × ${QUESTION_COUNT} answers, concurrency ${concurrency}`);
  const server = await startServer(flags, `${stamp}-answers`);
  log(`  server ready in ${(server.startMs / 1000).toFixed(1)} s (pid ${server.pid})`);
  try {
    return { ...(await load(server, roundPhases, stamp, databaseUrl, schema)), serverStartMs: server.startMs };
  } finally {
    await server.stop();
  }
}

async function reachable() {
  const problems = [];
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: 3_000 });
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    problems.push(`PostgreSQL at ${databaseUrl} does not answer (${error.message})`);
  } finally {
    await pool.end().catch(() => undefined);
  }
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3_000 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    problems.push(`Redis at ${redisUrl} does not answer (${error.message})`);
  } finally {
    redis.disconnect();
  }
  return problems;
}

async function deleteRedisKeys(redis, prefix) {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) deleted += await redis.unlink(...keys);
  } while (cursor !== '0');
  return deleted;
}

/** PostgreSQL + Redis: the answering rounds, then the leaderboard at `boardSize` entries. */
async function postgresRedis(stamp) {
  const store = `bench_${randomBytes(5).toString('hex')}`;
  const schema = `mindshare_${store}`;
  const flags = [...baseFlags, '--database-url', databaseUrl, '--redis-url', redisUrl, '--store-name', store];
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  try {
    const result = await answerRounds(
      `PostgreSQL + Redis (store ${store})`,
      flags,
      `${stamp}-postgres`,
      databaseUrl,
      schema,
    );
    if (board) {
      log(`\n▶ Leaderboard of ${formatNumber(boardSize)} entries through the server (PostgreSQL + Redis)`);
      const seeded = await seedScores(pool, { schema, challengeId: CHALLENGE_ID, count: boardSize });
      log(`  seeded ${formatNumber(boardSize)} scores in PostgreSQL in ${(seeded.ms / 1000).toFixed(1)} s (untimed)`);
      const emptied = await deleteRedisKeys(redis, `mindshare:${store}:`);
      log(`  emptied the store's Redis boards (${emptied} keys): the server rebuilds them from PostgreSQL`);
      const server = await startServer(flags, `${stamp}-board`);
      try {
        const reads = { calls: READ_CALLS, warmUp: READ_WARM_UP, total: seeded.stored };
        const boardResult = await load(
          server,
          [
            { read: 'board-first' },
            ...['board-rank', 'board-around', 'board-page-top'].map((read) => ({ read, ...reads })),
            { read: 'board-page-deep', calls: DEEP_PAGE_CALLS, warmUp: 1, total: seeded.stored },
          ],
          `${stamp}-board`,
          databaseUrl,
        );
        const info = await redis.info('memory');
        result.board = { ...boardResult, seeded, redisMemory: /used_memory_human:(\S+)/.exec(info)?.[1] };
      } finally {
        await server.stop();
      }
    }
    return { ...result, store };
  } finally {
    await pool
      .query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
      .catch((error) => log(`  could not drop ${schema}: ${error.message}`));
    const deleted = await deleteRedisKeys(redis, `mindshare:${store}:`).catch(() => 0);
    log(`  dropped schema ${schema} and ${deleted} Redis keys`);
    await pool.end();
    redis.disconnect();
  }
}

/** The Redis store's own benchmark at 1 M, its figures read from its report line. */
async function redisStoreBench() {
  log('\n▶ Redis leaderboard store at 1 000 000 (packages/adapters/bench/redis-leaderboard.bench.ts)');
  const reportFile = join(work, 'redis-store.jsonl');
  const code = await run(
    process.execPath,
    [
      '--expose-gc',
      '--conditions=mindshare-source',
      '--import',
      'tsx',
      'packages/adapters/bench/redis-leaderboard.bench.ts',
    ],
    { env: { ...process.env, REDIS_URL: redisUrl, MINDSHARE_BENCH_REPORT: reportFile } },
  );
  if (code !== 0 || !existsSync(reportFile)) throw new Error(`The Redis store benchmark failed (exit ${code}).`);
  return JSON.parse(readFileSync(reportFile, 'utf8').trim().split('\n').pop()).figures;
}

// ---------------------------------------------------------------------------------------------

const date = new Date().toISOString();
const stamp = date.replace(/[:.]/g, '-');
if (profile) mkdirSync(profileDir, { recursive: true });
const configurations = {};
const skipped = {};
try {
  if (only === undefined || only === 'postgres') {
    const problems = await reachable();
    if (problems.length > 0) {
      skipped.postgres = problems.join('; ');
      log(`\n▶ PostgreSQL + Redis skipped: ${skipped.postgres}.`);
    } else {
      configurations.postgres = await postgresRedis(stamp);
      if (storeBench) configurations.postgres.redisStore = await redisStoreBench();
    }
  }
  if (only === undefined || only === 'embedded') {
    const dataDir = join(work, 'data');
    const flags = [...baseFlags, ...(inMemory ? ['--in-memory'] : ['--data-dir', dataDir])];
    const where = inMemory ? 'in memory' : 'in a temporary --data-dir';
    configurations.embedded = await answerRounds(
      `Embedded default (PGlite ${where}, boards in process)`,
      flags,
      `${stamp}-embedded`,
    );
    configurations.embedded.where = where;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
loadAverage.end = os.loadavg();

// ---------------------------------------------------------------------------------------------
// Figures: per configuration, from the phases of the load.

const figures = [];
const add = (id, label, unit, value, extra = {}) => {
  if (value === undefined || Number.isNaN(value)) return;
  figures.push({ id, label, unit, median: value, min: value, max: value, n: 1, ...extra });
};
const NAMES = { postgres: 'PostgreSQL + Redis', embedded: 'embedded (PGlite)' };
for (const [key, result] of Object.entries(configurations)) {
  const name = NAMES[key];
  const [start, answering, finish, start2, shown, answers] = result.phases;
  const answered = answering.requests.answer;
  const seconds = answering.cpu.wallMs / 1000;
  const per = (ms, count) => ms / count;
  add(`server.${key}.answers-per-second`, `${name}: answers/s (answering phase)`, '/s', answered.count / seconds, {
    goalMin: key === 'postgres' ? 400 : undefined,
  });
  add(
    `server.${key}.requests-per-second`,
    `${name}: requests/s (shown + answers)`,
    '/s',
    (answered.count + answering.requests.shown.count) / seconds,
  );
  for (const q of ['p50', 'p95', 'p99']) {
    add(`server.${key}.answer.${q}`, `${name}: answer latency ${q}`, 'ms', answered[q], {
      ...(q === 'p99' && key === 'postgres' ? { goal: { max: 100 } } : {}),
    });
  }
  add(`server.${key}.shown.p50`, `${name}: shown latency p50`, 'ms', answering.requests.shown.p50);
  add(`server.${key}.shown.p99`, `${name}: shown latency p99`, 'ms', answering.requests.shown.p99);
  const cpu = answering.cpu;
  add(
    `server.${key}.cpu.server`,
    `${name}: server CPU per answer (its shown included)`,
    'ms',
    per(cpu.server, answered.count),
  );
  if (key === 'postgres') {
    add(
      `server.${key}.cpu.postgres`,
      `${name}: its PostgreSQL backends' CPU per answer (shown included)`,
      'ms',
      per(cpu.backends, answered.count),
    );
    add(`server.${key}.cpu.redis`, `${name}: Redis CPU per answer`, 'ms', per(cpu.redis, answered.count));
  }
  add(`server.${key}.cpu.load`, `${name}: load process CPU per answer`, 'ms', per(cpu.load, answered.count));
  add(
    `server.${key}.cpu.machine`,
    `${name}: machine CPU per answer (all processes, other work included)`,
    'ms',
    per(cpu.machine, answered.count),
  );
  add(`server.${key}.cpu.busy`, `${name}: machine busy during answering`, '%', (100 * cpu.machine) / cpu.machineTotal);
  const flow = [start, answering, finish];
  add(
    `server.${key}.cpu.server-flow`,
    `${name}: server CPU per answer, start and finish included`,
    'ms',
    per(
      flow.reduce((sum, phase) => sum + phase.cpu.server, 0),
      answered.count,
    ),
  );
  add(`server.${key}.start.p50`, `${name}: start attempt latency p50`, 'ms', start.requests.start.p50);
  add(
    `server.${key}.start.conflicts`,
    `${name}: starts refused 409 MIND_CONFLICT (retried)`,
    'starts',
    start.conflicts + (start2?.conflicts ?? 0),
  );
  add(
    `server.${key}.start.cpu`,
    `${name}: server CPU per start`,
    'ms',
    per(start.cpu.server, start.requests.start.count),
  );
  add(`server.${key}.finish.p50`, `${name}: finish latency p50`, 'ms', finish.requests.finish.p50);
  add(`server.${key}.finish.p99`, `${name}: finish latency p99`, 'ms', finish.requests.finish.p99);
  add(
    `server.${key}.finish.cpu`,
    `${name}: server CPU per finish`,
    'ms',
    per(finish.cpu.server, finish.requests.finish.count),
  );
  if (shown && answers) {
    // Each request kind timed alone: where a shown and an answer spend their CPU.
    for (const [kind, phase, alone] of [
      ['shown', shown, 'shown alone'],
      ['answer', answers, 'answers alone'],
    ]) {
      const count = phase.requests[kind].count;
      add(
        `server.${key}.split.${kind}.cpu`,
        `${name}: server CPU per ${kind} (${alone})`,
        'ms',
        per(phase.cpu.server, count),
      );
      if (key === 'postgres') {
        add(
          `server.${key}.split.${kind}.pg`,
          `${name}: PostgreSQL CPU per ${kind} (${alone})`,
          'ms',
          per(phase.cpu.backends, count),
        );
      }
    }
    add(
      `server.${key}.split.answers-per-second`,
      `${name}: answers/s (answers alone)`,
      '/s',
      answers.requests.answer.count / (answers.cpu.wallMs / 1000),
    );
    add(
      `server.${key}.split.answer.p99`,
      `${name}: answer latency p99 (answers alone)`,
      'ms',
      answers.requests.answer.p99,
    );
  }
  if (result.board) {
    const [first, ...reads] = result.board.phases;
    const entries = formatNumber(first.total);
    add(
      `server.${key}.board.first-read`,
      `${name}, ${entries} entries: first read (boards rebuilt from PostgreSQL)`,
      'ms',
      first.requests['board-first'].p50,
    );
    for (const phase of reads) {
      const kind = phase.name.replace('board-', '');
      for (const q of ['p50', 'p95', 'p99']) {
        add(
          `server.${key}.board.${kind}.${q}`,
          `${name}, ${entries} entries: GET ${kind} ${q}`,
          'ms',
          phase.requests[phase.name][q],
          {
            ...(kind === 'rank' && q === 'p95' ? { goal: { max: 2 } } : {}),
          },
        );
      }
      add(
        `server.${key}.board.${kind}.cpu`,
        `${name}, ${entries} entries: server CPU per ${kind} read`,
        'ms',
        per(phase.cpu.server, phase.requests[phase.name].count),
      );
    }
  }
  for (const figure of result.redisStore ?? []) figures.push({ ...figure, id: `server.${key}.${figure.id}` });
}

// ---------------------------------------------------------------------------------------------

const goalText = (figure) =>
  figure.goal ? `≤ ${formatNumber(figure.goal.max)}` : figure.goalMin ? `≥ ${formatNumber(figure.goalMin)}` : '';
const met = (figure) =>
  figure.goal ? figure.median <= figure.goal.max : figure.goalMin ? figure.median >= figure.goalMin : undefined;
const rows = figures.map((figure) => [
  figure.label,
  formatNumber(figure.median),
  figure.unit,
  goalText(figure) ? `${goalText(figure)} ${met(figure) ? '✓' : '✗'}` : '',
]);
const header = ['figure', 'value', 'unit', 'goal'];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
console.log(
  `\n■ Server benchmark (${date.slice(0, 16)} UTC, concurrency ${concurrency}, load average ${loadAverage.start.map((l) => l.toFixed(2)).join(' ')} → ${loadAverage.end.map((l) => l.toFixed(2)).join(' ')})`,
);
for (const row of [header, ...rows])
  console.log(row.map((cell, i) => (i === 1 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  '));
for (const [key, reason] of Object.entries(skipped)) console.log(`(${NAMES[key]} skipped: ${reason})`);

reportFigures('server', figures);
const results = {
  date,
  commit: git('rev-parse', 'HEAD'),
  dirty: git('status', '--porcelain', '--untracked-files=no') !== '',
  options: { concurrency, sellers: sellerCount, questions: QUESTION_COUNT, split, board, boardSize, inMemory, profile },
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverage,
  },
  skipped,
  figures,
  raw: configurations,
};
mkdirSync(outDir, { recursive: true });
const latest = join(outDir, 'server-latest.json');
writeFileSync(latest, `${JSON.stringify(results, null, 2)}\n`);
copyFileSync(latest, join(outDir, `server-${stamp}.json`));
console.log(
  `\nEvery figure and the raw phases: ${latest.slice(root.length + 1)}${profile ? `; CPU profiles in ${profileDir.slice(root.length + 1)}/` : ''}.`,
);
