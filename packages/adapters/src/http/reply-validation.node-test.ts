/// <reference types="node" />
// Replies are checked field by field against the core's reply schemas, nested fields included:
// each case first reads the untouched reply (the engine's own reply passes), then the same reply
// with one nested field broken, which must be refused with MIND_BAD_RESPONSE naming its path.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMindError } from '@mindshare/core';
import { HttpResponse } from 'msw';
import type { HttpMindshareApi } from './http-options.js';
import { testWorld, type TestWorld } from './testing/test-world.js';

type Json = Record<string, unknown>;

/** Opens a client whose replies to `GET {path}` go through `tamper` while `tampering` is on. */
async function openTampered(world: TestWorld, path: string, tamper: (reply: Json) => Json, token = 'token-s-anna') {
  const state = { tampering: false };
  const client = await world.open({
    token,
    fetch: async (request) => {
      const response = await world.server.fetch(request);
      if (!state.tampering || request.method !== 'GET' || new URL(request.url).pathname !== path) return response;
      return HttpResponse.json(tamper((await response.json()) as Json));
    },
  });
  return { client, state };
}

/** Reads once as is (it must pass), then tampered: the read must fail at `where`. */
async function refusesAt(
  world: TestWorld,
  opened: { client: HttpMindshareApi; state: { tampering: boolean } },
  read: (client: HttpMindshareApi) => Promise<unknown>,
  where: string,
): Promise<void> {
  await world.time.settle(read(opened.client));
  opened.state.tampering = true;
  await assert.rejects(world.time.settle(read(opened.client)), (error: unknown) => {
    assert.ok(isMindError(error, 'MIND_BAD_RESPONSE'), String(error));
    // The path is what the message is for: it tells the server's author which field is wrong.
    assert.ok(error.message.includes(`"${where}"`), error.message);
    return true;
  });
  await opened.client.close();
}

const first = (list: unknown): Json => (list as Json[])[0]!;

describe('reply validation', () => {
  it('refuses a leaderboard row whose rank is a string', async () => {
    const world = testWorld({ questions: 1 });
    const opened = await openTampered(world, '/v1/leaderboards/marathon', (reply) => {
      first(reply.rows).rank = '1';
      return reply;
    });
    const attempt = await world.time.settle(opened.client.startAttempt('marathon'));
    await world.time.settle(
      opened.client.answer(attempt.id, attempt.questionIds[0]!, { kind: 'true-false', value: true }),
    );
    await world.time.settle(opened.client.finishAttempt(attempt.id));
    await refusesAt(world, opened, (client) => client.leaderboard({ challengeId: 'marathon' }), 'rows.0.rank');
  });

  it('refuses a feed item without its nugget, status or a nugget field', async () => {
    const cases: [(item: Json) => void, string][] = [
      [(item) => delete item.nugget, 'items.0.nugget'],
      [(item) => delete item.status, 'items.0.status'],
      [(item) => delete (item.nugget as Json).title, 'items.0.nugget.title'],
    ];
    for (const [breakItem, where] of cases) {
      const world = testWorld();
      const opened = await openTampered(world, '/v1/feed', (reply) => {
        breakItem(first(reply.items));
        return reply;
      });
      await refusesAt(world, opened, (client) => client.feed(), where);
    }
  });

  it('refuses a mastery view with a broken row or needsStrengthening', async () => {
    const cases: [(reply: Json) => void, string][] = [
      [(reply) => delete first(reply.rows).level, 'rows.0.level'],
      [(reply) => (reply.needsStrengthening = {}), 'needsStrengthening.rows'],
    ];
    for (const [breakReply, where] of cases) {
      const world = testWorld({ questions: 1 });
      // A seller answers, so the coach's view has rows.
      const seller = await world.open();
      const attempt = await world.time.settle(seller.startAttempt('marathon'));
      await world.time.settle(seller.answer(attempt.id, attempt.questionIds[0]!, { kind: 'true-false', value: true }));
      await world.time.settle(seller.finishAttempt(attempt.id));
      await seller.close();
      const opened = await openTampered(
        world,
        '/v1/mastery',
        (reply) => {
          breakReply(reply);
          return reply;
        },
        'token-coach-camille',
      );
      await refusesAt(world, opened, (client) => client.mastery({ by: 'partner' }), where);
    }
  });

  it('refuses a tier report with a broken assignment, concentration or budget', async () => {
    const cases: [(reply: Json) => void, string][] = [
      [(reply) => (first(reply.assignments).tierId = 7), 'assignments.0.tierId'],
      [(reply) => delete (reply.concentration as Json).tiers, 'concentration.tiers'],
      [(reply) => (reply.budget = { total: 'lots' }), 'budget.total'],
    ];
    for (const [breakReply, where] of cases) {
      const world = testWorld();
      const opened = await openTampered(
        world,
        '/v1/tier-report',
        (reply) => {
          breakReply(reply);
          return reply;
        },
        'token-coach-camille',
      );
      await refusesAt(world, opened, (client) => client.tierReport(), where);
    }
  });
});
