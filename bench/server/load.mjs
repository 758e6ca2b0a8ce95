// The load of the server benchmark, in a process of its own: `node bench/server/load.mjs <plan.json>`.
// Plain Node (no loader hooks), global fetch (Node's undici, keep-alive), `concurrency` workers,
// each taking the next seller and running that seller's requests one after the other. Tokens are
// signed before anything is timed. Each phase is timed from its first request to its last reply,
// with the CPU of the server, its PostgreSQL backends, Redis, this process and the machine read
// from /proc (cpu.mjs), and the rows the store's tables took (pg_stat_user_tables). Leaderboard
// reads are timed one after the other. Writes its result as JSON to `plan.resultFile`.
//
// A round is `start` (POST /v1/challenges/:id/attempts for every seller), then either `answering`
// (per question POST …/shown then POST …/answers: the realistic order) or `shown` then `answers`
// (every question shown first, then every one answered: the two kinds' CPU apart), then `finish`.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import pg from 'pg';
import { connectionPorts, cpuBetween, cpuSnapshot, processCpuMs } from './cpu.mjs';

const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { base, serverPid, challengeId, questions, concurrency } = plan;

// As `signToken` (packages/server/src/auth/tokens.ts) signs them: HS256, sub, iat, exp in 8 h.
const key = new TextEncoder().encode(plan.secret);
const sellers = await Promise.all(
  plan.sellers.map(async (id) => ({
    id,
    authorization: `Bearer ${await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(id)
      .setIssuedAt()
      .setExpirationTime('8h')
      .sign(key)}`,
    attemptId: undefined,
  })),
);

// The PostgreSQL backends serving the server, when it runs on PostgreSQL: found by the client
// ports of the connections its process holds to PostgreSQL (see cpuFrom for how they are counted).
const database = plan.databaseUrl ? new pg.Pool({ connectionString: plan.databaseUrl, max: 1 }) : undefined;
async function backendPids() {
  if (!database) return [];
  const ports = connectionPorts(serverPid, Number(new URL(plan.databaseUrl).port || 5432));
  if (ports.length === 0) return [];
  const { rows } = await database.query('SELECT pid FROM pg_stat_activity WHERE client_port = ANY($1::int[])', [ports]);
  return rows.map((row) => row.pid);
}
/** Rows written and scans of each table of the store (pg_stat_user_tables; flushed within a second or so). */
async function tableStats() {
  if (!database || !plan.schema) return {};
  const { rows } = await database.query(
    `SELECT relname, n_tup_ins::int AS ins, n_tup_del::int AS del, n_tup_upd::int AS upd,
            coalesce(idx_scan, 0)::int AS idx, seq_scan::int AS seq
       FROM pg_stat_user_tables WHERE schemaname = $1`,
    [plan.schema],
  );
  return Object.fromEntries(rows.map(({ relname, ...counts }) => [relname, counts]));
}
const statsBetween = (before, after) =>
  Object.fromEntries(
    Object.entries(after)
      .map(([table, counts]) => [
        table,
        Object.fromEntries(Object.entries(counts).map(([name, n]) => [name, n - (before[table]?.[name] ?? 0)])),
      ])
      .filter(([, counts]) => Object.values(counts).some((n) => n !== 0)),
  );
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500));

/**
 * A CPU reading at the start of a phase, and the function that takes the one at its end. The
 * server's backends are listed again every 250 ms meanwhile: the pool replaces a connection
 * whenever a query fails (pg-pool drops a client released with an error), so backends come and
 * go within a phase. A backend first seen after the start was born in the phase (its CPU since
 * birth counts); one gone before the end counts up to its last reading.
 */
async function cpuFrom() {
  const initial = await backendPids();
  const tables = await tableStats();
  const before = cpuSnapshot(serverPid, initial);
  const seen = new Map(
    initial.map((pid) => [pid, { first: before.backends[pid] ?? 0, last: before.backends[pid] ?? 0 }]),
  );
  const sample = async () => {
    for (const pid of await backendPids()) {
      const ms = processCpuMs(pid);
      if (ms === undefined) continue;
      const known = seen.get(pid);
      if (known) known.last = ms;
      else seen.set(pid, { first: 0, last: ms });
    }
  };
  let sampling = Promise.resolve();
  const timer = database
    ? setInterval(() => {
        sampling = sampling.then(sample).catch(() => undefined);
      }, 250)
    : undefined;
  return async () => {
    const at = performance.now(); // the phase ends here, not after the queries below
    const hrtimeUs = Number(process.hrtime.bigint() / 1000n);
    clearInterval(timer);
    await sampling;
    const end = cpuSnapshot(serverPid, []);
    if (database) await sample();
    const cpu = cpuBetween(before, { ...end, at, hrtimeUs });
    cpu.backends = [...seen.values()].reduce((sum, { first, last }) => sum + last - first, 0);
    cpu.backendsOpened = seen.size - initial.length;
    if (database && plan.schema) {
      await settle(); // backends report their counts about once a second
      cpu.tables = statsBetween(tables, await tableStats());
    }
    return cpu;
  };
}

/** The q-quantile of sorted samples (nearest rank), as the Redis store benchmark takes them. */
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
function latencies(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return {
    count: sorted.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted[sorted.length - 1],
    mean,
  };
}

/** One phase: every seller through `work`, `concurrency` at a time. */
async function phase(name, work) {
  const samples = new Map(); // kind → latencies (ms)
  const errors = [];
  const conflicts = [];
  let wrong = 0;
  const call = async (seller, kind, method, path, body) => {
    const headers = { authorization: seller.authorization };
    if (method !== 'GET') headers['idempotency-key'] = randomBytes(16).toString('hex');
    if (body !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    if (!response.ok) {
      throw Object.assign(new Error(`${method} ${path} as ${seller.id}: ${response.status} ${text.slice(0, 300)}`), {
        status: response.status,
        code: /"code":"(MIND_[A-Z_]+)"/.exec(text)?.[1],
      });
    }
    let list = samples.get(kind);
    if (!list) samples.set(kind, (list = []));
    list.push(ms);
    return text === '' ? undefined : JSON.parse(text);
  };
  const api = {
    // A start refused with 409 MIND_CONFLICT is started again with a new key, as a seller would
    // click Start again, and counted: concurrent starts collide on the challenge's snapshot row.
    start: async (seller) => {
      for (let tries = 1; ; tries++) {
        try {
          seller.attemptId = (await call(seller, 'start', 'POST', `/v1/challenges/${challengeId}/attempts`, {})).id;
          return;
        } catch (error) {
          if (error.code !== 'MIND_CONFLICT' || tries >= 10) throw error;
          conflicts.push(error.message);
        }
      }
    },
    show: (seller, question) =>
      call(seller, 'shown', 'POST', `/v1/attempts/${seller.attemptId}/shown`, { questionId: question.id }),
    answer: async (seller, question) => {
      const verdict = await call(seller, 'answer', 'POST', `/v1/attempts/${seller.attemptId}/answers`, {
        questionId: question.id,
        response: { kind: 'single', choiceId: question.choiceId },
      });
      if (verdict?.correct !== true) wrong++;
    },
    finish: (seller) => call(seller, 'finish', 'POST', `/v1/attempts/${seller.attemptId}/finish`, {}),
  };
  let next = 0;
  const worker = async () => {
    while (next < sellers.length) {
      const seller = sellers[next++];
      try {
        await work(api, seller);
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
    }
  };
  const cpuTo = await cpuFrom();
  await Promise.all(Array.from({ length: Math.min(concurrency, sellers.length) }, worker));
  const cpu = await cpuTo();
  const requests = Object.fromEntries([...samples].map(([kind, list]) => [kind, latencies(list)]));
  const line = Object.entries(requests)
    .map(([kind, r]) => `${r.count} ${kind} (p50 ${r.p50.toFixed(1)} / p99 ${r.p99.toFixed(1)} ms)`)
    .join(', ');
  console.log(
    `  ${name}: ${line || 'nothing'} in ${(cpu.wallMs / 1000).toFixed(1)} s; CPU ms: server ${cpu.server.toFixed(0)}, ` +
      `its PostgreSQL backends ${cpu.backends.toFixed(0)} (${cpu.backendsOpened} opened; all postgres ${cpu.postgres.toFixed(0)}), redis ${cpu.redis.toFixed(0)}, load ${cpu.load.toFixed(0)}, ` +
      `machine ${cpu.machine.toFixed(0)} of ${cpu.machineTotal.toFixed(0)}` +
      (conflicts.length > 0 ? `; ${conflicts.length} refused with MIND_CONFLICT and retried` : '') +
      (errors.length > 0 ? `; ${errors.length} errors, first: ${errors[0]}` : ''),
  );
  return {
    name,
    requests,
    cpu,
    errors: errors.length,
    firstErrors: errors.slice(0, 5),
    conflicts: conflicts.length,
    firstConflicts: conflicts.slice(0, 3),
    wrong,
  };
}

const WORK = {
  start: (api, seller) => api.start(seller),
  answering: async (api, seller) => {
    for (const question of questions) {
      await api.show(seller, question);
      await api.answer(seller, question);
    }
  },
  shown: async (api, seller) => {
    for (const question of questions) await api.show(seller, question);
  },
  answers: async (api, seller) => {
    for (const question of questions) await api.answer(seller, question);
  },
  finish: (api, seller) => api.finish(seller),
};

/**
 * Leaderboard reads, one awaited after the other (latency, not throughput), by sellers in turn:
 * `warmUp` untimed calls, then `calls` timed ones of `query(i)`.
 */
async function reads({ name, query, calls, warmUp = 0 }) {
  const call = async (i) => {
    const seller = sellers[i % sellers.length];
    const started = performance.now();
    const response = await fetch(`${base}/v1/leaderboards/${challengeId}?${query(i)}`, {
      headers: { authorization: seller.authorization },
    });
    const body = await response.json();
    if (!response.ok) throw new Error(`GET leaderboard ${query(i)}: ${response.status} ${JSON.stringify(body)}`);
    return { ms: performance.now() - started, body };
  };
  for (let i = 0; i < warmUp; i++) await call(i);
  const samples = [];
  let last;
  const cpuTo = await cpuFrom();
  for (let i = 0; i < calls; i++) {
    last = await call(warmUp + i);
    samples.push(last.ms);
  }
  const cpu = await cpuTo();
  const requests = { [name]: latencies(samples) };
  const r = requests[name];
  console.log(
    `  ${name}: ${calls} reads, p50 ${r.p50.toFixed(2)} / p95 ${r.p95.toFixed(2)} / p99 ${r.p99.toFixed(2)} ms; ` +
      `board total ${last.body.total}; server CPU ${(cpu.server / calls).toFixed(2)} ms per read`,
  );
  return {
    name,
    requests,
    cpu,
    errors: 0,
    total: last.body.total,
    samples,
    queries: Array.from({ length: calls }, (_, i) => query(warmUp + i)),
  };
}

// Rows of a page, and a spread of offsets over the board (as the Redis store benchmark draws them).
const PAGE = 20;
const offsetOf = (i, total) => Math.floor((((i * 40_503) % 65_536) / 65_536) * Math.max(1, total - PAGE));
const READS = {
  'board-first': () => ({ query: () => 'limit=10&around=2', calls: 1 }),
  'board-rank': ({ calls, warmUp }) => ({ query: () => 'limit=0&around=0', calls, warmUp }),
  'board-around': ({ calls, warmUp }) => ({ query: () => 'limit=0&around=5', calls, warmUp }),
  // Pages among the first 1 000 rows, as a seller paging down from the top would read them.
  'board-page-top': ({ calls, warmUp }) => ({
    query: (i) => `offset=${offsetOf(i, 1_000 + PAGE)}&limit=${PAGE}&around=0`,
    calls,
    warmUp,
  }),
  // Pages anywhere on the board (what the Redis store benchmark times as `page 20`).
  'board-page-deep': ({ calls, warmUp, total }) => ({
    query: (i) => `offset=${offsetOf(i, total)}&limit=${PAGE}&around=0`,
    calls,
    warmUp,
  }),
};

const phases = [];
for (const step of plan.phases) {
  if (typeof step === 'string') phases.push(await phase(step, WORK[step]));
  else phases.push(await reads({ name: step.read, ...READS[step.read](step) }));
}
await database?.end();
writeFileSync(plan.resultFile, JSON.stringify({ concurrency, sellers: sellers.length, phases }));
