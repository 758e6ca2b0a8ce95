// What `npm run release` refuses to publish, checked on small tarballs made here with tar.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { contentProblems, satisfiesCaret } from './packed.mjs';

const made = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A tarball laid out as `npm pack` lays it out (`package/…`), and the paths it holds. */
function tarball(manifest, paths) {
  const dir = mkdtempSync(join(tmpdir(), 'packed-test-'));
  made.push(dir);
  const files = ['package.json', ...paths];
  for (const path of files) {
    const file = join(dir, 'package', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, path === 'package.json' ? JSON.stringify(manifest) : '');
  }
  const out = join(dir, 'pack.tgz');
  execFileSync('tar', ['-czf', out, '-C', dir, ...files.map((path) => `package/${path}`)]);
  return { name: manifest.name, tarball: out, files };
}

const released = new Map([
  ['@mindshare/core', '0.1.0'],
  ['@mindshare/adapters', '0.1.0'],
]);

describe('contentProblems', () => {
  it('passes a package with its LICENSE, a README and caret ranges', () => {
    const pack = tarball(
      { name: '@mindshare/adapters', dependencies: { '@mindshare/core': '^0.1.0', idb: '^8.0.4' } },
      ['LICENSE', 'README.md', 'dist/index.js'],
    );
    assert.deepEqual(contentProblems(pack, released), []);
  });

  it('names a missing LICENSE or README, build caches and test sources', () => {
    const pack = tarball({ name: '@mindshare/core' }, [
      'dist/.tsbuildinfo',
      'src/testing/scenario-pack.ts',
      'src/engine/boards.test.ts',
      'dist/index.js',
    ]);
    assert.deepEqual(contentProblems(pack, released), [
      '@mindshare/core: the tarball has no LICENSE',
      '@mindshare/core: the tarball has no README.md',
      '@mindshare/core: dist/.tsbuildinfo is a TypeScript build cache, not for a published package',
      '@mindshare/core: src/testing/scenario-pack.ts is test support sources, not for a published package',
      '@mindshare/core: src/engine/boards.test.ts is a test file, not for a published package',
    ]);
  });

  it('refuses a pinned dependency, and a range the packages released with it do not satisfy', () => {
    const pack = tarball({ name: '@mindshare/elements', dependencies: { lit: '3.3.3', '@mindshare/core': '^0.2.0' } }, [
      'LICENSE',
      'README.md',
    ]);
    assert.deepEqual(contentProblems(pack, released), [
      '@mindshare/elements: dependencies.lit is pinned to "3.3.3"; a caret range lets a host app share it',
      '@mindshare/elements: dependencies.@mindshare/core is "^0.2.0", which @mindshare/core@0.1.0 does not satisfy',
    ]);
  });
});

describe('satisfiesCaret', () => {
  it('keeps the first non-zero part of a caret range, as npm does', () => {
    assert.equal(satisfiesCaret('3.9.0', '^3.3.3'), true);
    assert.equal(satisfiesCaret('3.3.2', '^3.3.3'), false);
    assert.equal(satisfiesCaret('4.0.0', '^3.3.3'), false);
    assert.equal(satisfiesCaret('0.1.7', '^0.1.0'), true);
    assert.equal(satisfiesCaret('0.2.0', '^0.1.0'), false);
    assert.equal(satisfiesCaret('0.0.3', '^0.0.3'), true);
    assert.equal(satisfiesCaret('0.0.4', '^0.0.3'), false);
  });

  it('reads a tilde as the same minor and a bare version as exact', () => {
    assert.equal(satisfiesCaret('1.2.9', '~1.2.3'), true);
    assert.equal(satisfiesCaret('1.3.0', '~1.2.3'), false);
    assert.equal(satisfiesCaret('1.2.3', '1.2.3'), true);
    assert.equal(satisfiesCaret('1.2.4', '1.2.3'), false);
  });
});
