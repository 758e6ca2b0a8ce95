import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validPack } from '../../scripts/fixtures/valid-pack.js';

// A strict Content-Security-Policy (no 'unsafe-eval') makes `new Function` throw, and reports even
// a caught attempt as a violation. zod/mini's object parser never compiles code and ./zod.ts sets
// jitless for the rest; this guards against any path that would (classic zod's JIT probes
// `Function` when a schema is built, hence the stub goes in before the schemas load).
test('packs parse without ever calling Function, as under a strict CSP', async () => {
  const original = globalThis.Function;
  let attempts = 0;
  const refused = function Function(): never {
    attempts++;
    throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
  } as unknown as FunctionConstructor;
  globalThis.Function = refused;
  try {
    const { parseContentPack } = await import('./parse-content-pack.js');
    const valid = parseContentPack(validPack());
    assert.ok(valid.ok, valid.ok ? '' : JSON.stringify(valid.errors));
    assert.equal(parseContentPack({ ...validPack(), extra: true }).ok, false);
  } finally {
    globalThis.Function = original;
  }
  assert.equal(attempts, 0, 'zod tried to compile code with Function');
});
