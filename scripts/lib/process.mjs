import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, sep } from 'node:path';

/** Root of the repository (scripts/lib/../..). */
export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** Runs a command with inherited output and resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root, ...options });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Files under `dir` (relative to the root) whose path ends with one of `suffixes`, sorted. */
export function findFiles(dir, suffixes) {
  const base = join(root, dir);
  let entries;
  try {
    entries = readdirSync(base, { recursive: true });
  } catch {
    return [];
  }
  return entries
    .map((entry) => join(dir, String(entry)))
    .filter((path) => suffixes.some((suffix) => path.endsWith(suffix)))
    .filter((path) => !path.split(sep).includes('node_modules'))
    .map((path) => relative(root, join(root, path)))
    .sort();
}

/** How long a stopped command's processes get to end on SIGTERM before SIGKILL. */
const GRACE_MS = 5_000;

/**
 * Runs a command with its output (stdout and stderr, interleaved as written) kept, not shown, and
 * also written as it comes to `logFile` when given, and resolves with its exit code and that
 * output. The command leads a process group of its own, so aborting `signal` stops it and every
 * process it started (a server, a test file's process): SIGTERM, then SIGKILL to whatever is left
 * after a grace period (a process that handles SIGTERM without exiting must not hold the run).
 */
export function runQuietly(command, args, { signal, logFile, ...options } = {}) {
  return new Promise((resolve) => {
    const chunks = [];
    const log = logFile ? createWriteStream(logFile) : undefined;
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: root, detached: true, ...options });
    const keep = (chunk) => {
      chunks.push(chunk);
      log?.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const signalGroup = (name) => {
      try {
        process.kill(-child.pid, name);
      } catch {
        // Already gone.
      }
    };
    let killer;
    const stop = () => {
      signalGroup('SIGTERM');
      killer = setTimeout(() => signalGroup('SIGKILL'), GRACE_MS);
    };
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop, { once: true });
    let ended = false;
    const done = (code) => {
      if (ended) return;
      ended = true;
      signal?.removeEventListener('abort', stop);
      clearTimeout(killer);
      log?.end();
      resolve({ code, output: Buffer.concat(chunks).toString() });
    };
    child.on('error', (error) => {
      chunks.push(Buffer.from(`Could not start ${command}: ${error.message}\n`));
      done(127);
    });
    child.on('close', (code, sig) => done(code ?? (sig ? 128 : 1)));
  });
}

/**
 * A port the operating system hands out as free on `host`, for a server started next: taking the
 * first free one from 8000 up, two runs starting together would both find it free.
 */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
