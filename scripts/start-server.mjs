// `npm start` (after the build): the built Mindshare server (`mindshare-server`, as
// `npx mindshare-server` runs it) on an embedded PostgreSQL kept in .mindshare-demo/, serving the
// repository so the demo portal at /examples/portal/ talks to it in server mode. `--dev` adds the
// development-only token route the portal's person switch uses; a server started without it has none.
// `npm run serve` is the same without the build. Both run a copy of the build (scripts/lib/
// demo-snapshot.mjs), so `npm test` or `npm run build` beside a running demo does not break it.
import { spawn } from 'node:child_process';
import { snapshotBuild } from './lib/demo-snapshot.mjs';
import { root } from './lib/process.mjs';

const port = process.env.PORT || '8000';
let snapshot;
try {
  snapshot = snapshotBuild();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const args = [
  snapshot.bin,
  '--dev',
  '--static',
  snapshot.site,
  '--pack',
  'examples/portal/demo-pack.json',
  '--directory',
  'examples/portal/demo-directory.json',
  '--data-dir',
  '.mindshare-demo',
  '--port',
  port,
  // One JSON line per request would bury the address below; LOG_LEVEL=info brings them back.
  '--log-level',
  process.env.LOG_LEVEL || 'warn',
];
const server = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/** Resolves once the server answers its health check (the first start creates the database). */
async function listening() {
  for (let tries = 0; tries < 600; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return true;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

if (await listening()) {
  console.log(`Mindshare demo portal, served by the Mindshare server: http://localhost:${port}/  (Ctrl+C to stop)
  Server mode: data in .mindshare-demo/ (delete it to start over). Open a second window as another
  seller (the "Person" switch, or http://localhost:${port}/?as=s-anna) to see each other on the leaderboard.
  The portal in the browser alone, with no server: npm run start:browser`);
}
