// `npm start` (after the build): serves the repository on http://localhost:8000 and opens on the
// demo portal, which loads the CDN entry exactly as an integrator's page would.
import { startDevServer } from '@web/dev-server';
import { root } from './lib/process.mjs';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: {
    rootDir: root,
    port,
    hostname: 'localhost',
    middleware: [
      (context, next) => {
        if (context.path === '/' || context.path === '/index.html') {
          context.redirect('/examples/portal/');
          return undefined;
        }
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Mindshare demo portal: http://localhost:${port}/  (Ctrl+C to stop)`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.stop();
    process.exit(0);
  });
}
