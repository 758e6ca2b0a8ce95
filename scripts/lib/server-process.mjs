// `mindshare-server` as a child process, from the sources, as this repository's scripts run it
// (packages/server/src/testing/cli-from-source.ts runs the same `main` as the published bin): for
// the end-to-end tests, the browser benchmark on a server and the server benchmark. Its environment
// carries no DATABASE_URL, REDIS_URL or MINDSHARE_* variable (CI sets DATABASE_URL), so the flags
// alone configure it.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { freePort, root } from './process.mjs';

const CLI = 'packages/server/src/testing/cli-from-source.ts';
const SERVER_VARIABLES = /^(MINDSHARE_\w+|DATABASE_URL|REDIS_URL|PORT|HOST|LOG_LEVEL)$/;
/** Lines kept to say why a server that did not start failed. */
const KEPT_LINES = 200;

/**
 * Starts the server with `args` (a subcommand and flags; the port, host and log level are added)
 * and resolves once it serves, with its URL, its pid, how long it took to be ready, the lines it
 * logs at level error or above, and `stop`. At `info` (the default) it takes any free port
 * (`--port 0`) and says which in its "listening" line: no other process can take it first. A
 * quieter level logs no such line (a benchmark runs at `warn`, not to time a log line per request):
 * it gets a port the system says is free, and is ready once /healthz answers. `nodeFlags` go to node
 * (`--cpu-prof`…); `log`, when given, is handed every line the process prints.
 *
 * @param {{ args?: string[], logLevel?: string, nodeFlags?: string[], log?: (line: string) => void, timeoutMs?: number }} options
 */
export async function startServerProcess({
  args = [],
  logLevel = 'info',
  nodeFlags = [],
  log,
  timeoutMs = 120_000,
} = {}) {
  const owned = args.find((arg) => /^--(port|host|log-level)(=|$)/.test(arg));
  // The starter sets these (the last value wins): one in `args` would be silently overridden.
  if (owned) throw new Error(`startServerProcess sets ${owned.split('=')[0]} itself: pass logLevel, not ${owned}.`);
  const saysListening = ['trace', 'debug', 'info'].includes(logLevel);
  const chosen = saysListening ? 0 : await freePort();
  const child = spawn(
    process.execPath,
    [
      ...nodeFlags,
      '--conditions=mindshare-source',
      '--import',
      'tsx',
      CLI,
      ...args,
      '--port',
      String(chosen),
      '--host',
      '127.0.0.1',
      '--log-level',
      logLevel,
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !SERVER_VARIABLES.test(name))),
    },
  );
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  let gone = false;
  void exited.then(() => (gone = true));
  const errors = [];
  const printed = [];
  let listening;
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      if (line.trim() === '') return;
      if (listening === undefined) {
        printed.push(line);
        if (printed.length > KEPT_LINES) printed.shift();
      }
      log?.(line);
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        return; // not a log entry (a stack trace of a crash is kept in `printed`)
      }
      if (typeof entry !== 'object' || entry === null) return;
      if (entry.level >= 50) errors.push(line);
      if (entry.msg === 'listening' && listening === undefined) listening = entry.port;
    });
  }
  const started = performance.now();
  const ready = async () => {
    if (saysListening) return listening;
    try {
      const reply = await fetch(`http://127.0.0.1:${chosen}/healthz`, { signal: AbortSignal.timeout(2_000) });
      return reply.ok ? (listening = chosen) : undefined;
    } catch {
      return undefined; // not listening yet
    }
  };
  for (;;) {
    if (gone) throw new Error(`mindshare-server exited (${await exited}) before it was ready:\n${printed.join('\n')}`);
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`mindshare-server was not ready after ${timeoutMs / 1000} s:\n${printed.join('\n')}`);
    }
    if ((await ready()) !== undefined) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  printed.length = 0;
  return {
    url: `http://127.0.0.1:${listening}`,
    pid: child.pid,
    startMs: performance.now() - started,
    /** Lines the server logged at level error or above. */
    errors,
    /** SIGTERM (graceful: requests finish, the store closes, a CPU profile is written), then waits. */
    async stop() {
      if (gone) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/**
 * The server as `npm start` runs it, for end-to-end tests and the browser benchmark: on an
 * in-memory database, serving the repository (the portal, the CDN build), with the demo pack and
 * directory unless told others (files relative to the repository). `flags` are added (`--dev` for
 * the development token route).
 */
export function startMindshareServer(
  flags = [],
  { pack = 'examples/portal/demo-pack.json', directory = 'examples/portal/demo-directory.json' } = {},
) {
  return startServerProcess({
    args: ['--in-memory', '--static', '.', '--pack', pack, '--directory', directory, ...flags],
  });
}
