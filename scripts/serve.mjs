// `npm run start:browser` (after the build): serves the repository on http://localhost:8000 with a
// plain static server and opens on the demo portal in browser-only mode (`?mode=browser`): the
// engine runs in the page over IndexedDB, no Mindshare server involved. `npm start` runs the server.
// Every file goes out under the strict Content-Security-Policy the end-to-end tests use. It serves a
// copy of the build (scripts/lib/demo-snapshot.mjs), so `npm test` beside it does not break the page.
import { startDevServer } from '@web/dev-server';
import { snapshotBuild } from './lib/demo-snapshot.mjs';
import { STRICT_CSP } from './lib/strict-csp.mjs';

const port = Number(process.env.PORT ?? 8000);
let site;
try {
  ({ site } = snapshotBuild());
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const server = await startDevServer({
  config: {
    rootDir: site,
    port,
    hostname: 'localhost',
    middleware: [
      (context, next) => {
        if (context.path === '/' || context.path === '/index.html') {
          context.redirect('/examples/portal/?mode=browser');
          return undefined;
        }
        return next();
      },
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
console.log(`Mindshare demo portal, browser-only mode: http://localhost:${port}/  (Ctrl+C to stop)`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.stop();
    process.exit(0);
  });
}
