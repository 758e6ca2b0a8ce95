import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
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

test('a control character or whitespace anywhere refuses the URL: browsers strip them, so "\\u0001//host" loads from host', () => {
  for (const url of [
    '\u0001//evil.invalid/x',
    '\u0001javascript:alert(1)',
    ' //evil.invalid/x',
    'media/a.png\u0000',
    '\tjavascript:alert(1)',
    'java\nscript:alert(1)',
    '\u00a0//evil.invalid',
    '\ufeff//evil.invalid',
  ]) {
    assert.ok(!isSafeMediaUrl(url), JSON.stringify(url));
    assert.ok(!isSafeUrl(url), JSON.stringify(url));
  }
  assert.ok(!isSafeUrl(' https://a.example'), 'leading whitespace');
});

/** Characters a URL trick is made of, mixed with ordinary ones. */
const urlish = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '/',
      '\\',
      ':',
      '.',
      '@',
      '?',
      '#',
      '%',
      ' ',
      '\t',
      '\n',
      '\u0000',
      '\u0001',
      '\u001f',
      '\u007f',
      '\u0085',
      '\u00a0',
      '\u2028',
      '\ufeff',
    ),
    fc.constantFrom('h', 't', 'p', 's', 'j', 'a', 'v', 'c', 'r', 'i', 'e', 'x', 'm', 'l', 'o', 'd'),
    fc.constantFrom('https://', 'http://', '//', 'javascript:', 'data:', 'mailto:', 'evil.invalid', 'media/'),
    fc.string({ unit: 'binary', maxLength: 1 }),
  ),
  maxLength: 24,
});

test('every accepted media URL loads from the page’s own origin or over http(s), whatever the string', () => {
  const page = new URL('https://portal.example/app/');
  fc.assert(
    fc.property(urlish, (value) => {
      if (!isSafeMediaUrl(value)) return;
      const url = new URL(value, page);
      assert.ok(url.origin === page.origin || url.protocol === 'https:' || url.protocol === 'http:', value);
      if (!/^https?:\/\//i.test(value)) assert.equal(url.origin, page.origin, JSON.stringify(value));
    }),
    { numRuns: 5000 },
  );
});

test('every accepted link is http, https or mailto, whatever the string', () => {
  fc.assert(
    fc.property(urlish, (value) => {
      if (!isSafeUrl(value)) return;
      assert.ok(['http:', 'https:', 'mailto:'].includes(new URL(value).protocol), JSON.stringify(value));
    }),
    { numRuns: 5000 },
  );
});
