// Starts the same server as `npm run start:browser` on a free port for an end-to-end test, under
// the strict Content-Security-Policy the portal and the elements must work with.
import { startDevServer } from '@web/dev-server';
import { root } from '../../scripts/lib/process.mjs';
import { STRICT_CSP } from '../../scripts/lib/strict-csp.mjs';

/**
 * Serves the repository (built) on a free localhost port; resolves with its URL, a stop function
 * and `hold`: set it to a function of a request's path, and the answer waits for what it returns.
 */
export async function serveRepository() {
  const served = { url: '', stop: () => Promise.resolve(), hold: undefined };
  const server = await startDevServer({
    config: {
      rootDir: root,
      port: 0,
      hostname: '127.0.0.1',
      middleware: [
        async (context, next) => {
          await served.hold?.(context.path);
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
  served.url = `http://127.0.0.1:${port}`;
  served.stop = () => server.stop();
  return served;
}
