import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { InputProblem } from '../content/input-problem.js';
import { checkReference, uniqueIds } from '../content/unique-ids.js';
import { directoryIsConsistent, directoryProblems } from './cross-check-directory.js';
import type { Directory } from './directory.schema.js';

// Few distinct ids, so that duplicates, unknown partners and sellers without one are common.
const id = fc.constantFrom('a', 'b', 'c', 'd', 'e');
const directory: fc.Arbitrary<Directory> = fc.record({
  partners: fc.array(fc.record({ id, name: fc.constant('P'), metrics: fc.constant({}) }), { maxLength: 3 }),
  sellers: fc.array(
    fc.record(
      {
        id,
        partnerId: id,
        displayName: fc.constant('S'),
        role: fc.constantFrom('seller' as const, 'coach' as const, 'manager' as const),
        privacy: fc.constant('visible' as const),
      },
      { requiredKeys: ['id', 'displayName', 'role', 'privacy'] },
    ),
    { maxLength: 6 },
  ),
});

/** The checks as first written, one checkReference call per seller: the wording to keep. */
function referenceProblems(value: Directory): InputProblem[] {
  const problems: InputProblem[] = [];
  const partnerIds = uniqueIds(
    value.partners.map((partner, index) => ({ id: partner.id, path: ['partners', index, 'id'] })),
    'partner',
    problems,
  );
  uniqueIds(
    value.sellers.map((seller, index) => ({ id: seller.id, path: ['sellers', index, 'id'] })),
    'seller',
    problems,
  );
  value.sellers.forEach((seller, index) => {
    if (seller.partnerId !== undefined) {
      checkReference(seller.partnerId, partnerIds, 'partner', ['sellers', index, 'partnerId'], problems);
    } else if (seller.role === 'seller') {
      problems.push({
        path: ['sellers', index, 'partnerId'],
        message: 'a seller needs a partnerId (only vendor-side coaches and managers may have none)',
      });
    }
  });
  return problems;
}

test('the quick verdict finds a problem exactly when the worded check does', () => {
  fc.assert(
    fc.property(directory, (value) => {
      assert.equal(directoryIsConsistent(value), directoryProblems(value).length === 0);
    }),
    { numRuns: 1000 },
  );
});

test('every seller naming an unknown partner gets the same words as the first one', () => {
  fc.assert(
    fc.property(directory, (value) => {
      assert.deepStrictEqual(directoryProblems(value), referenceProblems(value));
    }),
    { numRuns: 1000 },
  );
});
