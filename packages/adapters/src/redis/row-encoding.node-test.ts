/// <reference types="node" />
// The encodings that make Redis's member order the port's listing order, checked without a server.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { boardKeys } from './keys.js';
import { parseStoredRow, sellerIdOf, sellerKey, storedRow, timeKey } from './row-encoding.js';

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);
const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Finite doubles, with the values where an encoding goes wrong first: zeros, signs, extremes, epoch times. */
const timeArb = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1, -1, 0.5, -0.5, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }),
);

/** Strings of any UTF-16 code units (lone surrogates too), biased towards the units the seller encoding treats apart. */
const unitsArb = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0xffff }),
      fc.constantFrom(0, 0x30, 0x61, 0x7d, 0x7e, 0x7f, 0xe9, 0xd83d, 0xde00, 0xe000, 0xfffd, 0xffff),
    ),
    { maxLength: 6 },
  )
  .map((units) => String.fromCharCode(...units));

describe('row encoding', () => {
  it('time keys are 16 hex digits in the numeric order of the times, -0 equal to 0', () => {
    fc.assert(
      fc.property(timeArb, timeArb, (a, b) => {
        const [ka, kb] = [timeKey(a), timeKey(b)];
        assert.match(ka, /^[0-9a-f]{16}$/);
        assert.equal(sign(compareStrings(ka, kb)), a === b ? 0 : a < b ? -1 : 1, `${a} vs ${b}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('seller keys are ASCII in the UTF-16 code-unit order of the ids, and decode to them', () => {
    fc.assert(
      fc.property(unitsArb, unitsArb, (a, b) => {
        const [ka, kb] = [sellerKey(a), sellerKey(b)];
        assert.match(ka, /^[\u0000-\u007f]*$/); // eslint-disable-line no-control-regex -- NUL is a valid seller character
        assert.equal(sellerIdOf(ka), a);
        assert.equal(
          sign(compareStrings(ka, kb)),
          sign(compareStrings(a, b)),
          `${JSON.stringify(a)} vs ${JSON.stringify(b)}`,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('members (time key, then seller key) order as completedAt, then sellerId', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(-1, -0, 0, 2.5, 1e15),
        unitsArb,
        fc.constantFrom(-1, 0, 2.5),
        unitsArb,
        (ta, a, tb, b) => {
          const order = ta !== tb ? (ta < tb ? -1 : 1) : sign(compareStrings(a, b));
          const members = compareStrings(timeKey(ta) + sellerKey(a), timeKey(tb) + sellerKey(b));
          assert.equal(sign(members), order);
        },
      ),
    );
  });

  it('ids that are ASCII below ~ are their own keys, so redis-cli shows them as they are', () => {
    assert.equal(sellerKey('seller-42'), 'seller-42');
    assert.equal(sellerKey('a~b'), 'a~007eb');
    assert.equal(sellerKey('é😀'), '~00e9~d83d~de00');
  });

  it('a stored row gives back its score and time exactly, -0 included', () => {
    for (const [score, time] of [
      [14.88, 1_700_000_000_000],
      [-0, -0],
      [0.1 + 0.2, -1.5],
      [Number.MIN_VALUE, Number.MAX_VALUE],
      [-1e300, 1e15],
    ] as const) {
      const row = storedRow(score, time);
      assert.equal(row.slice(0, 16), timeKey(time));
      const parsed = parseStoredRow(row);
      assert.ok(Object.is(parsed.score, score) && Object.is(parsed.completedAt, time), row);
    }
  });

  it('board names are keys as they are; names with a lone surrogate get keys no other name has', () => {
    assert.deepEqual(boardKeys('p:', 'q4/glöbal'), { listing: 'p:board:q4/glöbal', sellers: 'p:sellers:q4/glöbal' });
    const lone = [boardKeys('p:', '\uD800'), boardKeys('p:', '\uDBFF'), boardKeys('p:', '\uFFFD')];
    assert.equal(new Set(lone.map((keys) => keys.listing)).size, 3);
    assert.equal(lone[0]!.listing, 'p:board16:d800');
  });
});
