import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
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

/**
 * Runs a command with its output (stdout and stderr, interleaved as written) kept, not shown, and
 * resolves with its exit code and that output. The command leads a process group of its own, so
 * aborting `signal` stops it and every process it started (a browser, a server).
 */
export function runQuietly(command, args, { signal, ...options } = {}) {
  return new Promise((resolve) => {
    const chunks = [];
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: root, detached: true, ...options });
    const keep = (chunk) => chunks.push(chunk);
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const stop = () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    };
    signal?.addEventListener('abort', stop, { once: true });
    child.on('error', (error) => {
      chunks.push(Buffer.from(`Could not start ${command}: ${error.message}\n`));
      resolve({ code: 127, output: Buffer.concat(chunks).toString() });
    });
    child.on('close', (code, sig) => {
      signal?.removeEventListener('abort', stop);
      resolve({ code: code ?? (sig ? 128 : 1), output: Buffer.concat(chunks).toString() });
    });
  });
}
