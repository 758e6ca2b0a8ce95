import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initialsOf } from './initials.js';
import { fnv1a32, pseudonymCode } from './pseudonym.js';

test('fnv1a32 matches the published FNV-1a test vectors', () => {
  assert.equal(fnv1a32(''), 0x811c9dc5);
  assert.equal(fnv1a32('a'), 0xe40c292c);
  assert.equal(fnv1a32('foobar'), 0xbf9cf968);
});

test('pseudonym codes are deterministic, six hex digits, and depend on salt and id', () => {
  assert.equal(pseudonymCode('seller-1', 'board-a'), pseudonymCode('seller-1', 'board-a'));
  assert.match(pseudonymCode('seller-1', 'board-a'), /^[0-9A-F]{6}$/);
  assert.notEqual(pseudonymCode('seller-1', 'board-a'), pseudonymCode('seller-1', 'board-b'));
  assert.notEqual(pseudonymCode('seller-1', 'board-a'), pseudonymCode('seller-2', 'board-a'));
  // The separator keeps salt and id apart.
  assert.notEqual(pseudonymCode('c', 'ab'), pseudonymCode('bc', 'a'));
});

test('initials take the first letters of the first and last words', () => {
  assert.equal(initialsOf('Marie Dubois'), 'M. D.');
  assert.equal(initialsOf('  marie   dubois '), 'M. D.');
  assert.equal(initialsOf('Anne-Laure de la Tour'), 'A. T.');
  assert.equal(initialsOf('Cher'), 'C.');
  assert.equal(initialsOf('élodie Ørsted'), 'É. Ø.');
  assert.equal(initialsOf('𝒜lex Bo'), '𝒜. B.');
  assert.equal(initialsOf('   '), undefined);
});
