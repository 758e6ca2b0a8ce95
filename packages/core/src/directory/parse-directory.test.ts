import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDirectory } from './parse-directory.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into arbitrary JSON paths
function directory(): Record<string, any> {
  return {
    partners: [
      {
        id: 'p-north',
        name: 'North Distribution',
        region: 'emea',
        metrics: { indirectRevenue: 1250000, certifiedSellers: 4 },
      },
      { id: 'p-south', name: 'South VAR', metrics: {} },
    ],
    sellers: [
      {
        id: 's-ana',
        partnerId: 'p-north',
        displayName: 'Ana',
        role: 'seller',
        locale: 'fr-FR',
        timeZone: 'Europe/Paris',
      },
      { id: 's-bo', partnerId: 'p-south', displayName: 'Bo', role: 'coach', team: 'inside', privacy: 'opted-out' },
    ],
  };
}

test('a valid directory parses and privacy defaults to visible', () => {
  const result = parseDirectory(directory());
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.errors));
  assert.equal(result.directory.sellers[0]?.privacy, 'visible');
  assert.equal(result.directory.sellers[1]?.privacy, 'opted-out');
  assert.equal(result.directory.partners[0]?.metrics['indirectRevenue'], 1250000);
});

test('shape problems are reported at their paths', () => {
  const input = directory();
  input.partners[0].metrics.indirectRevenue = '1M';
  input.sellers[0].role = 'admin';
  input.sellers[1].nickname = 'B';
  const result = parseDirectory(input);
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(
    result.errors.map((error) => error.path),
    [
      ['partners', 0, 'metrics', 'indirectRevenue'],
      ['sellers', 0, 'role'],
      ['sellers', 1],
    ],
  );
  assert.match(result.errors[1]!.message, /expected one of "seller", "coach", "manager", got "admin"/);
  assert.match(result.errors[2]!.message, /unknown key "nickname" \(allowed: id, partnerId, displayName/);
});

test('duplicate ids and unknown partners are reported', () => {
  const input = directory();
  input.partners.push({ id: 'p-north', name: 'Again', metrics: {} });
  input.sellers.push({ id: 's-ana', partnerId: 'p-west', displayName: 'Ana 2', role: 'manager' });
  const result = parseDirectory(input);
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(
    result.errors.map((error) => error.path),
    [
      ['partners', 2, 'id'],
      ['sellers', 2, 'id'],
      ['sellers', 2, 'partnerId'],
    ],
  );
  assert.match(result.errors[2]!.message, /unknown partner "p-west"/);
});

test('any value never makes the directory parser throw', () => {
  fc.assert(
    fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (input) => {
      const result = parseDirectory(input);
      if (!result.ok)
        for (const error of result.errors) assert.ok(Array.isArray(error.path) && error.message.length > 0);
    }),
    { numRuns: 300 },
  );
});
