// Starts `mindshare-server` as its own process for end-to-end tests and browser benchmarks: from
// the sources, as this repository's tests run it (packages/server/src/testing/cli-from-source.ts
// runs the same `main` as the published bin), on an in-memory database and a free port, serving
// the repository like `npm start` (the portal, the CDN build), with the demo pack and directory
// unless told others.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { root } from './process.mjs';

/** Variables the server reads: left out, so the command line alone configures it (no DATABASE_URL from CI). */
const SERVER_VARIABLES = /^(MINDSHARE_\w+|DATABASE_URL|REDIS_URL|PORT|HOST|LOG_LEVEL)$/;

/**
 * Resolves once the server listens, with its URL, the error lines it logged so far and a stop
 * function. `flags` are added to the command line (`--dev` for the development token route);
 * `pack` and `directory` are files, relative to the repository.
 */
export async function startMindshareServer(
  flags = [],
  { pack = 'examples/portal/demo-pack.json', directory = 'examples/portal/demo-directory.json' } = {},
) {
  const child = spawn(
    process.execPath,
    [
      '--conditions=mindshare-source',
      '--import',
      'tsx',
      'packages/server/src/testing/cli-from-source.ts',
      '--in-memory',
      '--port',
      '0',
      '--static',
      '.',
      '--pack',
      pack,
      '--directory',
      directory,
      '--log-level',
      'info',
      ...flags,
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !SERVER_VARIABLES.test(name))),
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const errors = [];
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const port = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.msg === 'listening') resolve(entry.port);
      if (entry.level >= 50) errors.push(line);
    });
    void exited.then((code) => reject(new Error(`mindshare-server exited (${code}) before listening:\n${stderr}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    /** Lines the server logged at level error or above. */
    errors,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
