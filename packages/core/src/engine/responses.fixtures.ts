import assert from 'node:assert/strict';
import { isMindError } from '../errors/mind-error.js';
import { contentPack } from '../testing/pack-builder.js';
import { scenarioWorld } from '../testing/scenario-engine.js';

// The world of the tests of answers to open questions and poll results.

/**
 * The scenario with owners: the coach owns "n-objections", the seller Bruno owns a second open
 * question "n-wishes" (released to everyone from the start), and the seller Emma owns the poll.
 */
export function ownedPack() {
  const scenario = contentPack().build().nuggets!;
  const nugget = (id: string) => scenario.find((candidate) => candidate.id === id)!;
  const pack = contentPack()
    .withNugget(
      { ...nugget('n-objections'), owner: 'coach-camille' },
      { ...nugget('n-platinum-poll'), owner: 's-emma' },
      {
        id: 'n-wishes',
        kind: 'open-question',
        title: { en: 'Wishes', fr: 'Souhaits' },
        owner: 's-bruno',
        prompt: { en: 'What should we build next?', fr: 'Que devons-nous construire ensuite ?' },
        maxLength: 500,
      },
    )
    .withSchedule({
      id: 'wishes-line',
      segment: {},
      nuggets: ['n-wishes'],
      cadence: { start: '2027-03-22', time: '00:00', every: { days: 1 } },
      repetition: 'off',
    })
    .build();
  return pack;
}

export const ownedWorld = () => scenarioWorld({ pack: ownedPack() });

/** Asserts `promise` rejects with the MindError `code` (and a message matching `message`). */
export const rejectsWith = (promise: Promise<unknown>, code: string, message?: RegExp) =>
  assert.rejects(promise, (error: unknown) => {
    assert.ok(isMindError(error, code as never), `expected ${code}, got ${String(error)}`);
    if (message) assert.match(error.message, message);
    return true;
  });
