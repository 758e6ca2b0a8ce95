// A running demo serves a copy of the build, so a rebuild beside it (npm test) cannot break it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { snapshotBuild } from './demo-snapshot.mjs';

const made = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A repository with the four packages built and the demo portal, each file holding its own path. */
function builtRepository({ unbuilt } = {}) {
  const repository = mkdtempSync(join(tmpdir(), 'snapshot-test-'));
  made.push(repository);
  const files = [
    'examples/portal/index.html',
    'examples/plain-html/index.html',
    'packages/elements/dist/chunks/feed-A1.min.js',
  ];
  for (const name of ['core', 'adapters', 'elements', 'server']) {
    files.push(`packages/${name}/package.json`);
    if (name !== unbuilt) files.push(`packages/${name}/dist/index.js`);
  }
  files.push('packages/server/bin/mindshare-server.js');
  for (const file of files) {
    mkdirSync(dirname(join(repository, file)), { recursive: true });
    writeFileSync(join(repository, file), file);
  }
  return repository;
}

describe('snapshotBuild', () => {
  it('keeps serving the packages and the site after the build is deleted', () => {
    const repository = builtRepository();
    const to = join(repository, 'snapshot');
    const { bin, site } = snapshotBuild({ from: repository, to });
    for (const name of ['core', 'adapters', 'elements', 'server']) {
      rmSync(join(repository, 'packages', name, 'dist'), { recursive: true });
    }
    assert.equal(readFileSync(bin, 'utf8'), 'packages/server/bin/mindshare-server.js');
    assert.equal(
      readFileSync(join(to, 'node_modules/@mindshare/core/dist/index.js'), 'utf8'),
      'packages/core/dist/index.js',
    );
    assert.equal(
      readFileSync(join(site, 'packages/elements/dist/chunks/feed-A1.min.js'), 'utf8'),
      'packages/elements/dist/chunks/feed-A1.min.js',
    );
    assert.equal(readFileSync(join(site, 'examples/portal/index.html'), 'utf8'), 'examples/portal/index.html');
  });

  it('replaces an older copy, so no chunk of an earlier build lingers', () => {
    const repository = builtRepository();
    const to = join(repository, 'snapshot');
    snapshotBuild({ from: repository, to });
    const stale = join(to, 'site/packages/elements/dist/chunks/feed-OLD.min.js');
    writeFileSync(stale, 'old');
    snapshotBuild({ from: repository, to });
    assert.throws(() => readFileSync(stale), { code: 'ENOENT' });
  });

  it('names the package that is not built, and what to run', () => {
    const repository = builtRepository({ unbuilt: 'adapters' });
    assert.throws(() => snapshotBuild({ from: repository, to: join(repository, 'snapshot') }), {
      message: 'packages/adapters is not built: run `npm run build` first (`npm start` does).',
    });
  });
});
