// `--static`: the demo portal's files under a policy it works with, the API under its own.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { testServer, type TestServer } from '../testing/test-server.js';
import { STATIC_CSP } from './static-files.js';

const API_CSP = "default-src 'self'; frame-ancestors 'none'";

describe('static files (--static)', () => {
  let t: TestServer;
  before(async () => {
    const root = await mkdtemp(join(tmpdir(), 'mindshare-static-test-'));
    await mkdir(join(root, 'examples/portal/media'), { recursive: true });
    await mkdir(join(root, '.mindshare-demo'));
    await writeFile(join(root, 'examples/portal/index.html'), '<!doctype html><title>Portal</title>');
    await writeFile(join(root, 'examples/portal/media/talk.en.vtt'), 'WEBVTT\n');
    await writeFile(join(root, '.mindshare-demo/PG_VERSION'), '17');
    t = await testServer(['--static', root]);
  });
  after(() => t.close());

  it('sends / to the demo portal, keeping the query, when the folder has no index.html', async () => {
    const response = await t.call('GET', '/?as=s-anna');
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), '/examples/portal/?as=s-anna');
  });

  it('adds the trailing slash to a folder, so its relative URLs resolve', async () => {
    const response = await t.call('GET', '/examples/portal?lang=fr');
    assert.equal(response.status, 301);
    assert.equal(response.headers.get('location'), '/examples/portal/?lang=fr');
  });

  it("serves the portal's files under the portal policy: no inline script, videos from blob:", async () => {
    const page = await t.call('GET', '/examples/portal/');
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>Portal<\/title>/);
    const policy = page.headers.get('content-security-policy') ?? '';
    assert.equal(policy, STATIC_CSP);
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    assert.match(policy, /media-src 'self' blob:/);
    assert.match(policy, /require-trusted-types-for 'script'; trusted-types lit-html(;|$)/);
    assert.match(policy, /frame-ancestors 'none'/);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  });

  it('serves subtitles as text/vtt, which nosniff requires', async () => {
    const track = await t.call('GET', '/examples/portal/media/talk.en.vtt');
    assert.equal(track.status, 200);
    assert.match(track.headers.get('content-type') ?? '', /^text\/vtt/);
  });

  it('never serves dot-folders such as the embedded database', async () => {
    for (const path of ['/.mindshare-demo/PG_VERSION', '/.git/config', '/examples/.hidden']) {
      const response = await t.call('GET', path);
      assert.equal(response.status, 404, path);
      assert.equal(response.headers.get('content-security-policy'), API_CSP, path);
    }
  });

  it('keeps the strict policy on API replies and health checks', async () => {
    for (const path of ['/healthz', '/v1/viewer', '/examples/portal/missing.js']) {
      const response = await t.call('GET', path);
      assert.equal(response.headers.get('content-security-policy'), API_CSP, path);
    }
    const viewer = await t.call('GET', '/v1/viewer', { as: 's-anna' });
    assert.equal(viewer.status, 200);
    assert.equal(viewer.headers.get('content-security-policy'), API_CSP);
  });
});
