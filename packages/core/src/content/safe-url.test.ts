import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSafeMediaUrl, isSafeUrl } from './safe-url.schema.js';

test('links allow only https, http and mailto', () => {
  for (const url of ['https://a.example/x', 'http://a.example', 'mailto:team@a.example'])
    assert.ok(isSafeUrl(url), url);
  for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', '/relative', 'vbscript:x', '']) {
    assert.ok(!isSafeUrl(url), url);
  }
});

test('media may be http(s) or a path on the page’s own origin, never another site by a trick', () => {
  for (const url of ['https://cdn.example/a.png', 'media/intro.mp4', './a.png', '/media/a.png']) {
    assert.ok(isSafeMediaUrl(url), url);
  }
  for (const url of [
    'javascript:alert(1)',
    'data:image/png;base64,xx',
    '//evil.example/p.png',
    '\\\\evil.example/p.png',
    '/\\evil.example/p.png',
    'a b.png',
    '',
  ]) {
    assert.ok(!isSafeMediaUrl(url), url);
  }
});
