// Starts the same server as `npm run start:browser` on a free port for an end-to-end test, under
// the strict Content-Security-Policy the portal and the elements must work with.
import { startDevServer } from '@web/dev-server';
import { root } from '../../scripts/lib/process.mjs';
import { STRICT_CSP } from '../../scripts/lib/strict-csp.mjs';

/** Serves the repository (built) on a free localhost port; resolves with its URL and a stop function. */
export async function serveRepository() {
  const server = await startDevServer({
    config: {
      rootDir: root,
      port: 0,
      hostname: '127.0.0.1',
      middleware: [
        async (context, next) => {
          await next();
          context.set('Content-Security-Policy', STRICT_CSP);
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const { port } = server.server.address();
  return { url: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
