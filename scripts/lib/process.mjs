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
