import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MindError, isMindError } from './mind-error.js';

test('a MindError carries its code, path and cause', () => {
  const cause = new Error('disk');
  const error = new MindError('MIND_STORAGE_FULL', 'Storage is full', { path: ['answers', 3], cause });
  assert.equal(error.code, 'MIND_STORAGE_FULL');
  assert.deepEqual(error.path, ['answers', 3]);
  assert.equal(error.cause, cause);
  assert.ok(error instanceof Error);
});

test('isMindError recognises errors by shape, so two bundles on one page agree', () => {
  const foreign = Object.assign(new Error('x'), { name: 'MindError', code: 'MIND_NOT_FOUND' });
  assert.ok(isMindError(foreign));
  assert.ok(isMindError(foreign, 'MIND_NOT_FOUND'));
  assert.ok(!isMindError(foreign, 'MIND_CONFLICT'));
  assert.ok(!isMindError(new Error('plain')));
  assert.ok(!isMindError(null));
  assert.ok(!isMindError('MIND_NOT_FOUND'));
});
