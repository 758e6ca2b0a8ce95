// `mindshare-server` as a child process, from the sources, as this repository's scripts run it
// (packages/server/src/testing/cli-from-source.ts runs the same `main` as the published bin): for
// the end-to-end tests, the browser benchmark on a server and the server benchmark. It listens on
// a free port chosen here and is ready once /healthz answers, whatever its log level (a benchmark
// runs it at `warn`, where "listening" is not logged). Its environment carries no DATABASE_URL,
// REDIS_URL or MINDSHARE_* variable (CI sets DATABASE_URL), so the flags alone configure it.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { freePort, root } from './process.mjs';

const CLI = 'packages/server/src/testing/cli-from-source.ts';
const SERVER_VARIABLES = /^(MINDSHARE_\w+|DATABASE_URL|REDIS_URL|PORT|HOST|LOG_LEVEL)$/;

/**
 * Starts the server with `args` (a subcommand and flags; the port and host are added) and resolves
 * once /healthz answers, with its URL, its pid, how long it took to be ready, the lines it logged
 * at level error or above, and `stop`. `nodeFlags` go to node (`--cpu-prof`…); `log`, when given,
 * is handed every line the process prints.
 *
 * @param {{ args?: string[], nodeFlags?: string[], log?: (line: string) => void, timeoutMs?: number }} options
 */
export async function startServerProcess({ args = [], nodeFlags = [], log, timeoutMs = 120_000 } = {}) {
  const port = await freePort();
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
      String(port),
      '--host',
      '127.0.0.1',
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
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      if (line.trim() === '') return;
      printed.push(line);
      log?.(line);
      try {
        if (JSON.parse(line).level >= 50) errors.push(line);
      } catch {
        // not a log entry (a stack trace of a crash is kept in `printed`)
      }
    });
  }
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  for (;;) {
    if (gone) throw new Error(`mindshare-server exited (${await exited}) before it was ready:\n${printed.join('\n')}`);
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`mindshare-server was not ready after ${timeoutMs / 1000} s:\n${printed.join('\n')}`);
    }
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
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
    args: ['--in-memory', '--static', '.', '--pack', pack, '--directory', directory, '--log-level', 'info', ...flags],
  });
}
