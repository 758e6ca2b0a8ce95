import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMindError } from '../errors/mind-error.js';
import { createMemoryStorage } from './memory-storage.js';
import { createStorage, registerStorage, registeredStorages } from './storage-registry.js';

test('memory is always available; other storages are found by the name they were registered under', async () => {
  assert.ok(registeredStorages().includes('memory'));
  const options: unknown[] = [];
  registerStorage('test-store', (given) => {
    options.push(given);
    return createMemoryStorage();
  });
  const storage = await createStorage('test-store', { name: 'acme' });
  assert.equal(storage.supports.watch, true);
  assert.deepEqual(options, [{ name: 'acme' }]);
});

test('an unknown name is MIND_NOT_FOUND and a malformed one MIND_INVALID_INPUT', async () => {
  await assert.rejects(
    createStorage('nowhere'),
    (error: unknown) => isMindError(error, 'MIND_NOT_FOUND') && /memory/.test(error.message),
  );
  assert.throws(
    () => registerStorage('Bad Name', () => createMemoryStorage()),
    (error: unknown) => isMindError(error, 'MIND_INVALID_INPUT'),
  );
});
