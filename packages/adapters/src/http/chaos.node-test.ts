/// <reference types="node" />
// Chaos: many answers through random faults and teardowns; none lost, none applied twice.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMindError } from '@mindshare/core';
import type { HttpMindshareApi } from './http-options.js';
import type { Fault } from './testing/mock-server.js';
import { testWorld } from './testing/test-world.js';
import { seededRandom } from '@mindshare/core/testing';

const TRIALS = 20;
const ANSWERS = 200;
// Spread over several attempts: the engine rewrites an attempt per answer, so one 200-answer
// attempt would spend the run cloning it rather than testing the client.
const ATTEMPTS = 4;
const yes = { kind: 'true-false', value: true };

function faultOf(roll: number): Fault | undefined {
  if (roll < 0.08) return 'server-error';
  if (roll < 0.12) return 'timeout';
  if (roll < 0.2) return 'drop-reply';
  if (roll < 0.28) return 'network-error';
  if (roll < 0.3) return 'malformed';
  return undefined;
}

const OPTIONS = { timeoutMs: 3_000, retryBaseMs: 500, retryMaxMs: 8_000 };

/** Opens a client as a page would after a reload: trying again while the viewer's reply is garbled. */
async function reopen(world: ReturnType<typeof testWorld>): Promise<HttpMindshareApi> {
  for (;;) {
    try {
      return await world.open(OPTIONS);
    } catch (error) {
      if (!isMindError(error, 'MIND_BAD_RESPONSE')) throw error;
    }
  }
}

describe('chaos', () => {
  it(`loses no answer and applies none twice (${TRIALS} trials × ${ANSWERS} answers)`, async (t) => {
    const byKind: Record<string, number> = {};
    const totals = { faults: 0, teardowns: 0, pendingReplies: 0, badResponses: 0, requests: 0 };
    for (let trial = 1; trial <= TRIALS; trial += 1) {
      const roll = seededRandom(String(trial)); // seeded, so a failing trial replays exactly
      const world = testWorld({ questions: ANSWERS / ATTEMPTS, marathons: ATTEMPTS, seed: 1_000 + trial });
      let client = await world.open(OPTIONS);
      const challengeIds = Array.from({ length: ATTEMPTS }, (_, index) =>
        index ? `marathon-${index + 1}` : 'marathon',
      );
      const attempts = [];
      for (const challengeId of challengeIds) attempts.push(await world.time.settle(client.startAttempt(challengeId)));
      world.server.faults = () => faultOf(roll());

      for (const attempt of attempts) {
        for (const questionId of attempt.questionIds) {
          const dice = roll();
          if (dice < 0.05) {
            // Teardown, sometimes in the middle of a background flush the clock just started.
            if (roll() < 0.5) world.time.runNext();
            await client.close();
            client = await reopen(world);
            totals.teardowns += 1;
          } else if (dice < 0.25) {
            await world.time.advance(Math.floor(roll() * 6_000));
          }
          try {
            const outcome = await world.time.settle(client.answer(attempt.id, questionId, yes));
            if (outcome.status === 'pending') totals.pendingReplies += 1;
          } catch (error) {
            // A malformed reply is reported, yet the answer stays queued: it must still arrive once.
            assert.ok(isMindError(error, 'MIND_BAD_RESPONSE'), String(error));
            totals.badResponses += 1;
          }
        }
      }

      world.server.faults = undefined;
      for (let round = 0; round < 5 && (await client.outbox()).pending.length > 0; round += 1) {
        await world.time.settle(client.flush());
      }
      const status = await client.outbox();
      const views = [];
      for (const attempt of attempts) views.push(await world.time.settle(client.attempt(attempt.id)));
      await client.close();

      const verdicts = views.flatMap((view) => view.verdicts);
      const answered = new Set(verdicts.map((verdict) => verdict.questionId));
      const counts = [...world.server.applications.values()];
      assert.deepEqual(status, { pending: [], refused: [] }, `trial ${trial}: outbox not empty`);
      assert.equal(answered.size, ANSWERS, `trial ${trial}: answers lost`);
      assert.equal(verdicts.length, ANSWERS, `trial ${trial}: answers applied twice`);
      assert.equal(counts.length, ANSWERS + ATTEMPTS, `trial ${trial}: one application per key (answers + attempts)`);
      assert.ok(
        counts.every((count) => count === 1),
        `trial ${trial}: a key applied twice`,
      );
      totals.faults += Object.values(world.server.injected).reduce((sum, count) => sum + count, 0);
      for (const [kind, count] of Object.entries(world.server.injected)) byKind[kind] = (byKind[kind] ?? 0) + count;
      totals.requests += world.server.requests;
    }
    t.diagnostic(
      `chaos: ${TRIALS * ANSWERS} answers, ${totals.requests} requests, ${totals.faults} faults injected, ` +
        `${totals.teardowns} teardowns, ${totals.pendingReplies} pending replies, ` +
        `${totals.badResponses} malformed replies, lost 0, applied twice 0; faults: ${JSON.stringify(byKind)}`,
    );
  });
});
