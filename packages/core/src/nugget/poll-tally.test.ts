import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMindError } from '../errors/mind-error.js';
import { tallyPoll, validateVote } from './poll-tally.js';
import { multiplePoll, singlePoll } from './nugget.fixtures.js';

function refusedAt(run: () => void, path: (string | number)[]): void {
  assert.throws(
    run,
    (error) => isMindError(error, 'MIND_INVALID_INPUT') && assert.deepEqual(error.path, path) === undefined,
  );
}

test('valid votes pass', () => {
  validateVote(singlePoll, ['store']);
  validateVote(multiplePoll, ['web', 'field']);
  validateVote(multiplePoll, ['phone']);
});

test('invalid votes are MIND_INVALID_INPUT at the offending option', () => {
  refusedAt(() => validateVote(singlePoll, []), ['optionIds']);
  refusedAt(() => validateVote(singlePoll, ['fax']), ['optionIds', 0]);
  refusedAt(() => validateVote(singlePoll, ['web', 'store']), ['optionIds']);
  refusedAt(() => validateVote(multiplePoll, ['web', 'web']), ['optionIds', 1]);
  refusedAt(() => validateVote(multiplePoll, ['web', 'store', 'phone']), ['optionIds']);
});

test('a tally counts each voter once, with their last ballot, and names no voter', () => {
  const tally = tallyPoll(multiplePoll, [
    { voterId: 'ana', optionIds: ['web'] },
    { voterId: 'bo', optionIds: ['web', 'store'] },
    { voterId: 'ana', optionIds: ['phone'] },
    { voterId: 'cy', optionIds: ['retired-option'] },
  ]);
  assert.deepEqual(tally, {
    options: [
      { optionId: 'web', count: 1 },
      { optionId: 'store', count: 1 },
      { optionId: 'phone', count: 1 },
      { optionId: 'field', count: 0 },
    ],
    voters: 3,
  });
  assert.ok(!JSON.stringify(tally).includes('ana'));
});

test('property: tallies equal the votes', () => {
  const optionIds = multiplePoll.options.map((option) => option.id);
  const ballot = fc.record({
    voterId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    optionIds: fc.subarray(optionIds, { minLength: 1, maxLength: 2 }),
  });
  fc.assert(
    fc.property(fc.array(ballot, { maxLength: 30 }), (ballots) => {
      for (const { optionIds: chosen } of ballots) validateVote(multiplePoll, chosen);
      const final = new Map(ballots.map((b) => [b.voterId, b.optionIds]));
      const tally = tallyPoll(multiplePoll, ballots);
      assert.equal(tally.voters, final.size);
      for (const { optionId, count } of tally.options) {
        assert.equal(count, [...final.values()].filter((chosen) => chosen.includes(optionId)).length);
      }
      assert.equal(
        tally.options.reduce((sum, option) => sum + option.count, 0),
        [...final.values()].reduce((sum, chosen) => sum + chosen.length, 0),
      );
    }),
  );
});
