// The copy of the build that `npm start`, `npm run serve` and `npm run start:browser` run and serve,
// taken as they start. `npm test` and `npm run build` delete and rewrite every dist/, which would
// pull files from under a running demo: a lazy chunk the page has not fetched yet, or a server
// module Node loads on first use. The copy keeps the repository's layout (the portal's relative
// URLs stay right) inside node_modules/.cache, which no tool lints, formats or packs.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './process.mjs';

const PACKAGES = ['core', 'adapters', 'elements', 'server'];

/** Where the copy goes. Node resolves its packages' own dependencies from the repository's node_modules above it. */
export const SNAPSHOT_DIR = join(root, 'node_modules', '.cache', 'mindshare-demo');

/**
 * Copies the built packages and the demo portal of the repository `from` into `to`, replacing an
 * older copy, and returns where the server's bin and the site's root are. Fails with what to run
 * when a package is not built.
 *
 * @returns {{ bin: string, site: string }}
 */
export function snapshotBuild({ from: repository = root, to = SNAPSHOT_DIR } = {}) {
  for (const name of PACKAGES) {
    if (!existsSync(join(repository, 'packages', name, 'dist'))) {
      throw new Error(`packages/${name} is not built: run \`npm run build\` first (\`npm start\` does).`);
    }
  }
  rmSync(to, { recursive: true, force: true });
  for (const name of PACKAGES) {
    const from = join(repository, 'packages', name);
    const target = join(to, 'node_modules', '@mindshare', name);
    mkdirSync(target, { recursive: true });
    for (const part of ['package.json', 'dist', 'bin']) {
      if (existsSync(join(from, part))) cpSync(join(from, part), join(target, part), { recursive: true });
    }
  }
  const site = join(to, 'site');
  for (const path of [
    join('examples', 'portal'),
    join('examples', 'plain-html'),
    join('packages', 'elements', 'dist'),
  ]) {
    cpSync(join(repository, path), join(site, path), { recursive: true });
  }
  return { bin: join(to, 'node_modules', '@mindshare', 'server', 'bin', 'mindshare-server.js'), site };
}
