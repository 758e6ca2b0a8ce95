import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createHttpClient } from '@mindshare/adapters/http';
import { createMemoryStorage, type LeaderboardResult } from '@mindshare/core';
import { contentPack, scenarioPack } from '@mindshare/core/testing';
import { testServer, type TestServer } from './testing/test-server.js';

// Issue 17: a challenge's partner board, read over HTTP (the route, and the HTTP client).

const partnerPack = () => {
  const spring = scenarioPack().challenges.find((challenge) => challenge.id === 'spring-launch')!;
  return contentPack()
    .withChallenge({
      ...spring,
      leaderboard: {
        entities: [
          {
            entity: 'partner',
            aggregate: 'best-k',
            k: 2,
            rewards: [{ upToRank: 1, label: { en: 'Partner of the month' } }],
          },
        ],
      },
    })
    .build();
};

async function finish(t: TestServer, seller: string, right: boolean) {
  const started = await t.call('POST', '/v1/challenges/spring-launch/attempts', { as: seller, body: {} });
  const { id } = (await started.json()) as { id: string };
  await t.call('POST', `/v1/attempts/${id}/answers`, {
    as: seller,
    body: { questionId: 'q-trial', response: { kind: 'true-false', value: right } },
  });
  await t.call('POST', `/v1/attempts/${id}/finish`, { as: seller, body: {} });
}

describe('partner boards over HTTP', () => {
  let t: TestServer;
  after(() => t?.close());

  it('GET /v1/leaderboards/:id?entity=partner ranks partners, flags those short of k, names no seller', async () => {
    t = await testServer();
    await t.server.host().update({ content: partnerPack() });
    await finish(t, 's-anna', true);
    await finish(t, 's-bruno', true);
    await finish(t, 's-chloe', true);
    const reply = await t.call('GET', '/v1/leaderboards/spring-launch?entity=partner', { as: 's-chloe' });
    assert.equal(reply.status, 200);
    const board = (await reply.json()) as LeaderboardResult;
    assert.deepEqual(
      board.rows.map((row) => [row.rank, row.entityId, row.participants, row.eligible, row.incomplete, row.reward?.en]),
      [
        [1, 'p-alpha', 2, 2, false, 'Partner of the month'],
        [1, 'p-beta', 1, 2, true, undefined],
      ],
    );
    assert.equal(board.me?.entityId, 'p-beta');
    assert.ok(!JSON.stringify(board).includes('s-'), 'no seller id on a partner board');
    const refused = await t.call('GET', '/v1/leaderboards/spring-launch?entity=team', { as: 's-chloe' });
    assert.equal(refused.status, 400);
  });

  it('the HTTP client asks for it with leaderboard({ entity })', async () => {
    const client = await createHttpClient({
      baseUrl: 'http://mindshare.test',
      token: await t.token('s-anna'),
      storage: createMemoryStorage(),
      storeName: 'entity-boards-client',
      fetch: async (request) => t.server.app.fetch(request),
    });
    try {
      const board = await client.leaderboard({ challengeId: 'spring-launch', entity: 'partner' });
      assert.equal(board.entity, 'partner');
      assert.equal(board.aggregate, 'best-k');
      assert.equal(board.me?.entityId, 'p-alpha');
      assert.equal(board.me?.isViewer, true);
      const sellers = await client.leaderboard({ challengeId: 'spring-launch' });
      assert.deepEqual(sellers.entities, ['partner']);
      assert.equal(sellers.entity, undefined);
    } finally {
      await client.close();
    }
  });
});
