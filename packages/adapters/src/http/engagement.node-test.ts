/// <reference types="node" />
// Engagement through the HTTP client (issue 17), against the mock server (or the real one with
// MINDSHARE_CONTRACT_BACKEND): activity points counted once per action whatever the retries,
// badges with their dates, and the engagement board with the pack's privacy mode.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMindError, type MindshareApi, type MindshareChange } from '@mindshare/core';
import { testWorld } from './testing/test-world.js';

/** The areas of each change `client` announces from `origin`, as they come. */
function announced(client: MindshareApi, origin: MindshareChange['origin']): string[][] {
  const areas: string[][] = [];
  client.subscribe((change) => {
    if (change.origin === origin) areas.push([...change.areas]);
  });
  return areas;
}

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

  it('announces engagement after each action that may count, so badges and the engagement board read again', async () => {
    const world = testWorld();
    const anna = await world.open();
    const delivered = announced(anna, 'remote');
    const announces = async (action: string, act: () => Promise<unknown>) => {
      delivered.length = 0;
      await world.time.settle(act());
      assert.ok(
        delivered.some((areas) => areas.includes('engagement')),
        `${action}: delivered without announcing engagement (${JSON.stringify(delivered)})`,
      );
    };
    await announces('markSeen', () => anna.markSeen('n-hello'));
    await announces('vote', () => anna.vote('n-poll', ['pro']));
    await announces('respond', () => anna.respond('n-open', 'Price'));
    const attempt = await world.time.settle(anna.startAttempt('marathon'));
    await announces('finishAttempt', () => anna.finishAttempt(attempt.id));
    const local = announced(anna, 'local');
    const take = await world.time.settle(anna.startRecording('elevator', { mimeType: 'video/webm' }));
    await world.time.settle(take.append(new Uint8Array(64)));
    await world.time.settle(take.finish({ durationMs: 5_000 }));
    assert.ok(local.at(-1)?.includes('engagement'), 'a take sent did not announce engagement');
  });

  it('does not announce engagement for a write still queued: badges would read the old count, or fail offline', async () => {
    const world = testWorld();
    const anna = await world.open();
    const local = announced(anna, 'local');
    world.server.faults = () => 'network-error';
    await world.time.settle(anna.markSeen('n-hello'));
    assert.deepEqual(local, [['feed']]);
  });
});
