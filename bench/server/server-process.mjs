// The server of the benchmark as a child process, from the sources, as the repository's scripts
// run it: `node --conditions=mindshare-source --import tsx packages/server/src/testing/cli-from-source.ts`.
// It gets a free port chosen here (at --log-level warn it does not log "listening") and is ready
// when /healthz answers. Its environment carries no DATABASE_URL, REDIS_URL or MINDSHARE_*
// variable, so each configuration is exactly the flags given.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const CLI = 'packages/server/src/testing/cli-from-source.ts';

/** A port nothing listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const cleanEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(DATABASE_URL|REDIS_URL|MINDSHARE_.*|LOG_LEVEL|PORT|HOST)$/.test(name),
    ),
  );

/**
 * Starts `mindshare-server serve` with `flags` (plus port, host, log level) from `root`; resolves
 * once /healthz answers. `nodeFlags` go to node (`--cpu-prof`…). Lines it prints are shown
 * prefixed with `[server]`.
 */
export async function startServer({ root, flags, nodeFlags = [], log = console.log, timeoutMs = 120_000 }) {
  const port = await freePort();
  const args = [
    ...nodeFlags,
    '--conditions=mindshare-source',
    '--import',
    'tsx',
    CLI,
    'serve',
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--log-level',
    'warn',
    ...flags,
  ];
  const child = spawn(process.execPath, args, { cwd: root, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      buffered += chunk;
      let end;
      while ((end = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 1);
        if (line.trim() !== '') log(`  [server] ${line.length > 400 ? `${line.slice(0, 400)}…` : line}`);
      }
    });
  }
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`The server exited before it was ready (${await exited}).`);
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`The server was not ready after ${timeoutMs / 1000} s.`);
    }
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    pid: child.pid,
    base,
    startMs: performance.now() - started,
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
