import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validPack } from '../../scripts/fixtures/valid-pack.js';
import { parseContentPack } from './parse-content-pack.js';
import { validateContentPack } from './validate-content-pack.js';
import { parseDirectory } from '../directory/parse-directory.js';
import { validateDirectory } from '../directory/validate-directory.js';
import { scenarioDirectory } from '../testing/scenario-pack.js';

test('validateContentPack gives what parseContentPack gives, for valid and invalid packs', async () => {
  const valid = validPack();
  assert.deepEqual(await validateContentPack(valid), parseContentPack(valid));
  const broken = validPack() as { topics: { id: string }[]; version: unknown };
  broken.topics[1]!.id = 'pricing';
  broken.version = 2;
  const result = await validateContentPack(broken);
  assert.equal(result.ok, false);
  assert.deepEqual(result, parseContentPack(broken));
  assert.deepEqual(await validateContentPack(null), parseContentPack(null));
});

test('validateDirectory gives what parseDirectory gives', async () => {
  const directory = scenarioDirectory() as { sellers: { partnerId?: string }[] };
  assert.deepEqual(await validateDirectory(directory), parseDirectory(directory));
  directory.sellers[0]!.partnerId = 'p-nowhere';
  const result = await validateDirectory(directory);
  assert.equal(result.ok, false);
  assert.deepEqual(result, parseDirectory(directory));
});
