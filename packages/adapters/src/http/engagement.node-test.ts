/// <reference types="node" />
// Engagement through the HTTP client (issue 17), against the mock server (or the real one with
// MINDSHARE_CONTRACT_BACKEND): activity points counted once per action whatever the retries,
// badges with their dates, and the engagement board with the pack's privacy mode.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMindError } from '@mindshare/core';
import { testWorld } from './testing/test-world.js';

describe('engagement over the HTTP client', () => {
  it('counts each action once, reports badges with dates and ranks sellers on the engagement board', async () => {
    const world = testWorld();
    const anna = await world.open();
    const bruno = await world.open({ token: 'token-s-bruno' });
    await world.time.settle(anna.markSeen('n-hello'));
    await world.time.settle(anna.markSeen('n-hello'));
    await world.time.settle(anna.vote('n-poll', ['pro']));
    await world.time.settle(bruno.respond('n-open', 'Price'));
    const summary = await world.time.settle(anna.engagement());
    assert.equal(summary.sellerId, 's-anna');
    assert.equal(summary.points, 1 + 1 + 2, 'read twice, counted once; the poll is read and voted');
    assert.deepEqual(summary.earned, []);
    assert.deepEqual(
      summary.next.map((next) => [next.badgeId, next.current, next.target]),
      [['first-pitch', 0, 1]],
    );
    const board = await world.time.settle(anna.engagementBoard({ period: 'all' }));
    assert.deepEqual(
      board.rows.map((row) => [row.sellerId, row.score, row.isViewer]),
      [
        ['s-anna', 4],
        ['s-bruno', 4],
      ].map(([id, score]) => [id, score, id === 's-anna']),
    );
    assert.equal(board.privacy, 'full-name');
    assert.equal((await world.time.settle(bruno.engagementBoard())).total, 2);
    await assert.rejects(world.time.settle(bruno.engagement({ sellerId: 's-anna' })), (error: unknown) =>
      isMindError(error, 'MIND_FORBIDDEN'),
    );
    await assert.rejects(world.time.settle(anna.engagementBoard({ period: 'month' as 'week' })), (error: unknown) =>
      isMindError(error, 'MIND_INVALID_INPUT'),
    );
  });
});
