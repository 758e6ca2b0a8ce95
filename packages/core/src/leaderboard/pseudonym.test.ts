import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initialsOf } from './initials.js';
import { createHmac } from 'node:crypto';
import { isMindError } from '../errors/mind-error.js';
import { createPseudonyms } from './pseudonym.js';

const SECRET = 'the secret of this test, 32 characters or more';

test('a code is the first 24 bits of HMAC-SHA-256 of board and seller under the secret, as six hex digits', async () => {
  const pseudonyms = await createPseudonyms(SECRET);
  const expected = createHmac('sha256', SECRET).update('board-a\u0000seller-1').digest('hex').slice(0, 6).toUpperCase();
  assert.equal(await pseudonyms.code('board-a', 'seller-1'), expected);
  assert.match(expected, /^[0-9A-F]{6}$/);
});

test('codes are stable for one secret and board, and differ with the board, the seller and the secret', async () => {
  const pseudonyms = await createPseudonyms(SECRET);
  const again = await createPseudonyms(SECRET);
  const other = await createPseudonyms(`${SECRET}!`);
  const code = await pseudonyms.code('board-a', 'seller-1');
  assert.equal(await pseudonyms.code('board-a', 'seller-1'), code, 'cached');
  assert.equal(await again.code('board-a', 'seller-1'), code, 'another host with the same secret');
  assert.notEqual(await pseudonyms.code('board-b', 'seller-1'), code);
  assert.notEqual(await pseudonyms.code('board-a', 'seller-2'), code);
  assert.notEqual(await other.code('board-a', 'seller-1'), code);
  // The separator keeps board and seller apart.
  assert.notEqual(await pseudonyms.code('ab', 'c'), await pseudonyms.code('a', 'bc'));
});

test('a bounded cache still gives every code right after evicting it', async () => {
  const pseudonyms = await createPseudonyms(SECRET, { cacheSize: 2 });
  const reference = await createPseudonyms(SECRET);
  for (const id of ['s1', 's2', 's3', 's1', 's3', 's2']) {
    assert.equal(await pseudonyms.code('b', id), await reference.code('b', id));
  }
});

test('a secret shorter than 32 characters or not a string is refused naming pseudonymSecret', async () => {
  for (const secret of ['', 'short', 'x'.repeat(31), 42 as unknown as string]) {
    await assert.rejects(
      createPseudonyms(secret),
      (error) => isMindError(error, 'MIND_INVALID_INPUT') && error.path?.[0] === 'pseudonymSecret',
    );
  }
  await createPseudonyms('x'.repeat(32));
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
