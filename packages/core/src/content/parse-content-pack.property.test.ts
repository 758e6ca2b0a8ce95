import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validPack } from '../../scripts/fixtures/valid-pack.js';
import { parseContentPack } from './parse-content-pack.js';

function assertWellFormed(result: ReturnType<typeof parseContentPack>): void {
  if (result.ok) return;
  assert.ok(result.errors.length > 0, 'a refusal carries at least one error');
  for (const error of result.errors) {
    assert.ok(Array.isArray(error.path), 'path is an array');
    assert.ok(error.path.every((segment) => typeof segment === 'string' || typeof segment === 'number'));
    assert.equal(typeof error.message, 'string');
    assert.ok(error.message.length > 0, 'message is not empty');
    assert.notEqual(error.message, 'Invalid input', 'zod default messages never leak');
  }
}

test('any value at all never makes the parser throw', () => {
  fc.assert(
    fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }), (input) => {
      assertWellFormed(parseContentPack(input));
    }),
    { numRuns: 500 },
  );
});

test('any JSON value never makes the parser throw', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (input) => {
      assertWellFormed(parseContentPack(input));
    }),
    { numRuns: 500 },
  );
});

/** Every path to a value inside `root`, arrays and objects included. */
function pathsIn(root: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = [prefix];
  if (Array.isArray(root)) root.forEach((item, index) => paths.push(...pathsIn(item, [...prefix, index])));
  else if (typeof root === 'object' && root !== null)
    for (const [key, item] of Object.entries(root)) paths.push(...pathsIn(item, [...prefix, key]));
  return paths;
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue() }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('add' as const), key: fc.string(), value: fc.jsonValue() }),
  fc.record({ kind: fc.constant('duplicate' as const) }),
);

test('random mutations of a valid pack never throw and always report well-formed errors', () => {
  const paths = pathsIn(validPack()).filter((path) => path.length > 0);
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), mutation), { minLength: 1, maxLength: 4 }), (changes) => {
      const pack = validPack();
      for (const [path, change] of changes) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into arbitrary JSON paths
        let parent: any = pack;
        for (const segment of path.slice(0, -1)) parent = parent?.[segment];
        if (typeof parent !== 'object' || parent === null) continue;
        const key = path[path.length - 1]!;
        if (change.kind === 'replace') parent[key] = change.value;
        else if (change.kind === 'delete') delete parent[key];
        else if (change.kind === 'duplicate' && Array.isArray(parent))
          parent.push(structuredClone(parent[key as number]));
        else if (change.kind === 'add' && typeof parent[key] === 'object' && parent[key] !== null)
          parent[key][change.key] = change.value;
      }
      assertWellFormed(parseContentPack(pack));
    }),
    { numRuns: 400 },
  );
});
