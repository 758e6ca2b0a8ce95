// Starts the same server as `npm start` on a free port for an end-to-end test.
import { startDevServer } from '@web/dev-server';
import { root } from '../../scripts/lib/process.mjs';

/** Serves the repository (built) on a free localhost port; resolves with its URL and a stop function. */
export async function serveRepository() {
  const server = await startDevServer({
    config: { rootDir: root, port: 0, hostname: '127.0.0.1' },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const { port } = server.server.address();
  return { url: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
