import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesSegment } from './segment.js';

const seller = {
  tierId: 'platinum',
  partnerId: 'acme',
  role: 'seller',
  region: 'emea',
  locale: 'fr-FR',
  team: 'north',
};

test('an empty segment matches everyone, even a seller with no known facts', () => {
  assert.equal(matchesSegment({}, seller), true);
  assert.equal(matchesSegment({}, {}), true);
});

test('within a field any value matches; across fields all must', () => {
  assert.equal(matchesSegment({ tiers: ['gold', 'platinum'] }, seller), true);
  assert.equal(matchesSegment({ tiers: ['gold'] }, seller), false);
  assert.equal(
    matchesSegment(
      { tiers: ['platinum'], regions: ['emea'], roles: ['seller'], teams: ['north'], partners: ['acme'] },
      seller,
    ),
    true,
  );
  assert.equal(matchesSegment({ tiers: ['platinum'], regions: ['apac'] }, seller), false);
  assert.equal(matchesSegment({ teams: ['south'] }, seller), false);
  assert.equal(matchesSegment({ partners: ['globex'] }, seller), false);
  assert.equal(matchesSegment({ roles: ['manager'] }, seller), false);
});

test('a seller without the fact a segment needs is not in it', () => {
  const { region: _region, ...noRegion } = seller;
  assert.equal(matchesSegment({ regions: ['emea'] }, noRegion), false);
});

test('a language covers its regional variants, not the other way round', () => {
  assert.equal(matchesSegment({ locales: ['fr'] }, seller), true);
  assert.equal(matchesSegment({ locales: ['fr-CA'] }, seller), false);
  assert.equal(matchesSegment({ locales: ['fr-fr'] }, seller), true);
  assert.equal(matchesSegment({ locales: ['en'] }, seller), false);
  assert.equal(matchesSegment({ locales: ['fr-FR'] }, { ...seller, locale: 'fr' }), false);
  assert.equal(matchesSegment({ locales: ['f'] }, seller), false);
});
