import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONTENT_PACK_SCHEMA_ID, contentPackJsonSchema } from './content-pack-json-schema.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into arbitrary JSON paths
type JsonSchema = Record<string, any>;

test('the JSON Schema describes the pack, strict, with rich text as named recursive definitions', () => {
  const schema: JsonSchema = contentPackJsonSchema();
  assert.equal(schema.$id, CONTENT_PACK_SCHEMA_ID);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  for (const key of [
    'id',
    'version',
    'locales',
    'title',
    'topics',
    'resources',
    'tierPolicy',
    'challenges',
    'nuggets',
  ]) {
    assert.ok(schema.properties[key], `missing property ${key}`);
  }
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(schema.required, [
    'id',
    'version',
    'defaultLocale',
    'locales',
    'title',
    'topics',
    'resources',
    'tierPolicy',
    'challenges',
  ]);
  const challenge = schema.properties.challenges.items;
  assert.ok(challenge.properties.questions, 'challenges list their questions');
  assert.ok(!challenge.required.includes('attempts'), 'defaulted fields are optional for authors');
  assert.ok(schema.$defs.Block && schema.$defs.Inline, 'rich text is defined once and referenced');
  assert.match(JSON.stringify(schema.$defs.Block), /"\$ref":"#\/\$defs\/Block"/, 'lists nest blocks recursively');
});

test('packages/core/content-pack.schema.json is up to date (run `npm run schema`)', () => {
  const file = fileURLToPath(new URL('../../content-pack.schema.json', import.meta.url));
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), contentPackJsonSchema());
});
