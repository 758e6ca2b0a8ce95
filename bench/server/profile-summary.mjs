// Where a server's CPU went during one phase of the load, from a V8 CPU profile (`--cpu-prof`,
// written by `npm run bench:server -- --profile`):
//   node bench/server/profile-summary.mjs <file.cpuprofile> [bench-results/server-latest.json <config> <phase#>] [--per N]
// With a result file, only the samples inside that phase's window count (the load notes each phase's
// start and end on the monotonic clock V8 stamps samples with); `--per N` divides times by N (the
// phase's answers) to give ms per answer. Prints self time by package or area, and the inclusive
// time of the functions that matter for a request (token checks, idempotency, the engine's
// operations, storage, SQL, JSON, hono, GC).
import { readFileSync } from 'node:fs';

const [file, resultFile, config, phaseIndex] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const perAt = process.argv.indexOf('--per');
const profile = JSON.parse(readFileSync(file, 'utf8'));

let window = [-Infinity, Infinity];
let per = perAt > 0 ? Number(process.argv[perAt + 1]) : undefined;
if (resultFile) {
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  const phase = result.raw[config].phases[Number(phaseIndex)];
  window = [phase.cpu.fromUs, phase.cpu.toUs];
  const requests = phase.requests;
  per ??= requests.answer?.count ?? requests.shown?.count ?? Object.values(requests)[0].count;
  console.log(
    `Phase ${phaseIndex} (${phase.name}) of ${config}: ${JSON.stringify(
      Object.fromEntries(Object.entries(requests).map(([kind, r]) => [kind, r.count])),
    )}, server CPU ${phase.cpu.server} ms (/proc); times below are ms per ${per} (per request of the phase's main kind)`,
  );
}

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

/** Where a function comes from: a package, a folder of ours, node internals, or V8's own entries. */
function area(frame) {
  const url = frame.url ?? '';
  const name = frame.functionName || '(anonymous)';
  if (url === '') return name.startsWith('(') ? name : `(native) ${name}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const ours = /packages\/([^/]+)\/src\/(?:([^/]+)\/)?/.exec(url);
  if (ours) return `@mindshare/${ours[1]}${ours[2] ? `/${ours[2]}` : ''}`;
  if (url.startsWith('node:'))
    return url
      .replace(/^node:(internal\/)?/, 'node:')
      .split('/')
      .slice(0, 2)
      .join('/');
  return url;
}

// Exclusive buckets: each sample goes to the first of these that a frame matches, walking from the
// leaf up (so the time of pg's own code is pg's, that of the records it hands to zod is zod's).
const SOCKET_WRITES = new Set(['writev', 'writeLatin1String', 'writeUtf8String', 'writeBuffer', 'writeAsciiString']);
const BUCKETS = [
  ['GC', (f) => f.functionName === '(garbage collector)'],
  ['V8 (program)', (f) => f.functionName === '(program)'],
  [
    'JSON.parse / JSON.stringify',
    (f) => f.url === '' && (f.functionName === 'parse' || f.functionName === 'stringify'),
  ],
  ['token check: HMAC through WebCrypto (jose)', (f) => /internal\/crypto|node_modules\/jose\//.test(f.url)],
  [
    'PGlite (PostgreSQL in WebAssembly, its file system calls included)',
    (f) => /^wasm:|node_modules\/@electric-sql\//.test(f.url),
  ],
  ['pg driver (pg, pg-pool, pg-protocol, pg-types)', (f) => /node_modules\/pg[^/]*\//.test(f.url)],
  ['zod (records read are validated)', (f) => /node_modules\/zod\//.test(f.url)],
  ['postgres adapter (ops, JSON, keys)', (f) => /adapters\/src\/postgres/.test(f.url)],
  ['ioredis', (f) => /node_modules\/(ioredis|redis-parser)\//.test(f.url)],
  ['pino', (f) => /node_modules\/pino/.test(f.url)],
  [
    'undici Request/Response objects, web streams (bodies cloned)',
    (f) => /deps\/undici|internal\/webstreams/.test(f.url),
  ],
  ['hono, @hono/node-server', (f) => /node_modules\/(hono|@hono)\//.test(f.url)],
  ['server: routes, idempotency, request records', (f) => /packages\/server\/src/.test(f.url)],
  ['engine (core)', (f) => /packages\/core\/src/.test(f.url)],
  ['AsyncLocalStorage, async hooks', (f) => /async_hooks|async_local_storage|async_context/.test(f.url)],
  [
    'node http, net, streams, events, timers',
    (f) =>
      /^node:(_http|net|events|stream|timers|internal\/(streams|http|timers|stream_base|net|event_target))/.test(f.url),
  ],
];
function bucketOf(stack) {
  if (SOCKET_WRITES.has(stack[0].functionName)) {
    const toPostgres = stack.some((f) => /node_modules\/pg\//.test(f.url));
    return toPostgres
      ? 'socket writes to PostgreSQL (syscall; the thread loses the CPU to the woken backend here)'
      : 'socket writes of HTTP replies (syscall)';
  }
  for (const frame of stack) for (const [label, test] of BUCKETS) if (test(frame)) return label;
  return `other: ${stack[0].functionName || '(anonymous)'} ${stack[0].url}`;
}
const buckets = new Map();

// Functions whose inclusive time is worth reading, by name (and file, when a name is common).
const WATCH = [
  ['token check (jose jwtVerify)', (f) => f.functionName === 'jwtVerify'],
  ['idempotency: run (whole write path)', (f) => f.functionName === 'run' && /idempotency/.test(f.url)],
  ['engine: answerChallenge', (f) => f.functionName === 'answerChallenge'],
  ['engine: markQuestionShown', (f) => f.functionName === 'markQuestionShown'],
  ['engine: startChallenge', (f) => f.functionName === 'startChallenge'],
  ['engine: finishChallenge', (f) => f.functionName === 'finishChallenge'],
  ['engine: host.as (a view per request)', (f) => f.functionName === 'as' && /create-host/.test(f.url)],
  ['engine: learningWrites', (f) => f.functionName === 'learningWrites'],
  ['engine: ownAttempt', (f) => f.functionName === 'ownAttempt'],
  ['validated storage (zod parse of records read)', (f) => /validated-storage/.test(f.url)],
  ['postgres adapter: batch', (f) => f.functionName === 'batch' && /postgres-storage/.test(f.url)],
  ['postgres adapter: toJson/fromJson', (f) => /record-json/.test(f.url)],
  ['postgres adapter: key encoding', (f) => /key-bytes/.test(f.url)],
  ['pg driver (all of node_modules/pg*)', (f) => /node_modules\/pg[^/]*\//.test(f.url)],
  ['zod (all)', (f) => /node_modules\/zod\//.test(f.url)],
  ['hono (all)', (f) => /node_modules\/hono\//.test(f.url)],
  ['@hono/node-server (all)', (f) => /node_modules\/@hono\/node-server\//.test(f.url)],
  ['ioredis (all)', (f) => /node_modules\/ioredis\//.test(f.url)],
  ['pino (all)', (f) => /node_modules\/pino/.test(f.url)],
  ['JSON.parse', (f) => f.functionName === 'parse' && f.url === ''],
  ['JSON.stringify', (f) => f.functionName === 'stringify' && f.url === ''],
  [
    'Request.clone / body text (undici web streams)',
    (f) => /(clone|text|consumeBody|readAllBytes)/.test(f.functionName) && /undici|web\/streams|fetch/.test(f.url),
  ],
  ['node:internal/webstreams', (f) => /internal\/webstreams/.test(f.url)],
  ['garbage collector', (f) => f.functionName === '(garbage collector)'],
];

const self = new Map();
// Per area of the leaf, the nearest callers outside that area (function, file): who spends it.
const callers = new Map();
const where = (frame) =>
  `${frame.functionName || '(anonymous)'} ${(frame.url ?? '').replace(/^.*\/(node_modules|packages)\//, '')}:${frame.lineNumber + 1}`;
const inclusive = new Map(WATCH.map(([label]) => [label, 0]));
let total = 0;
let idle = 0;
let time = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] / 1000; // ms
  time += profile.timeDeltas[i];
  if (time < window[0] || time > window[1]) continue;
  const leaf = nodes.get(profile.samples[i]);
  if (leaf.callFrame.functionName === '(idle)') {
    idle += dt;
    continue;
  }
  total += dt;
  const key = area(leaf.callFrame);
  self.set(key, (self.get(key) ?? 0) + dt);
  let caller = parent.get(leaf.id);
  while (caller !== undefined && area(nodes.get(caller).callFrame) === key) caller = parent.get(caller);
  let chain = [];
  for (let id = caller, depth = 0; id !== undefined && depth < 3; id = parent.get(id), depth++) {
    chain.push(where(nodes.get(id).callFrame));
  }
  const byCaller = callers.get(key) ?? new Map();
  callers.set(key, byCaller);
  const chainKey = chain.join(' ← ');
  byCaller.set(chainKey, (byCaller.get(chainKey) ?? 0) + dt);
  const stack = [];
  for (let id = leaf.id; id !== undefined; id = parent.get(id)) stack.push(nodes.get(id).callFrame);
  const bucket = bucketOf(stack);
  buckets.set(bucket, (buckets.get(bucket) ?? 0) + dt);
  const seen = new Set();
  for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
    const frame = nodes.get(id).callFrame;
    for (const [label, test] of WATCH) {
      if (!seen.has(label) && test(frame)) {
        seen.add(label);
        inclusive.set(label, inclusive.get(label) + dt);
      }
    }
  }
}

const unit = per ? ` ms/${per}` : ' ms';
const show = (ms) => (per ? (ms / per).toFixed(3) : ms.toFixed(0));
console.log(
  `Sampled busy time in the window: ${total.toFixed(0)} ms (idle ${idle.toFixed(0)} ms)${per ? `, ${(total / per).toFixed(2)} ms per request` : ''}\n`,
);
console.log(`Exclusive buckets (${unit.trim()}, share of busy):`);
for (const [key, ms] of [...buckets].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`  ${show(ms).padStart(8)}  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`);
}
console.log(`\nSelf time by area (${unit.trim()}, share of busy):`);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`  ${show(ms).padStart(8)}  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`);
}
console.log('\nWho calls the eight largest (nearest callers outside the area, three frames):');
for (const [key] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
  console.log(`  ${key}:`);
  for (const [chain, ms] of [...callers.get(key)].sort((a, b) => b[1] - a[1]).slice(0, 4)) {
    console.log(`    ${show(ms).padStart(8)}  ${chain || '(top of stack)'}`);
  }
}
console.log(`\nInclusive time of selected functions (${unit.trim()}, share of busy):`);
for (const [label, ms] of [...inclusive].sort((a, b) => b[1] - a[1])) {
  if (ms > 0) console.log(`  ${show(ms).padStart(8)}  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${label}`);
}
