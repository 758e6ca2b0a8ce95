/// <reference types="node" />
// How the Redis store fails without a server: typed errors, and input checked before any I/O.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { isMindError, MindError, type LeaderboardWrite, type MindErrorCode } from '@mindshare/core';
import { createRedisLeaderboardStore, type RedisLeaderboardClient } from './index.js';
import { mapRedisError } from './redis-connection.js';

const rejectsWith = (promise: Promise<unknown>, code: MindErrorCode, what: string) =>
  assert.rejects(promise, (error) => isMindError(error, code) && error.cause !== undefined, what);

describe('redis leaderboard store without a server', () => {
  // Port 1 refuses connections; one attempt per command, so each fails at once.
  const unreachable = new Redis({ host: '127.0.0.1', port: 1, maxRetriesPerRequest: 0, retryStrategy: () => 50 });
  unreachable.on('error', () => {}); // the refusals themselves are what the tests expect
  after(() => unreachable.disconnect());
  const store = createRedisLeaderboardStore({ client: unreachable, prefix: 'unreachable:' });

  it('rejects every call with MIND_STORAGE_UNAVAILABLE when the connection is refused', async () => {
    const down = 'MIND_STORAGE_UNAVAILABLE';
    await rejectsWith(store.write([{ type: 'remove', board: 'b', sellerId: 'ana' }]), down, 'write');
    await rejectsWith(store.replace('b', [{ sellerId: 'ana', score: 1, completedAt: 1 }]), down, 'replace');
    await rejectsWith(store.rank('b', 'ana'), down, 'rank');
    await rejectsWith(store.page('b', 0, 10), down, 'page');
    await rejectsWith(store.around('b', 'ana', 2), down, 'around');
    await rejectsWith(store.count('b'), down, 'count');
  });

  it('checks input before it reaches for the server: MIND_INVALID_INPUT, not unavailable', async () => {
    const bad = [{ type: 'upsert', board: 'b', entry: { sellerId: 'ana', score: Number.NaN, completedAt: 1 } }];
    await assert.rejects(store.write(bad as LeaderboardWrite[]), (error) => isMindError(error, 'MIND_INVALID_INPUT'));
    const twice = [
      { sellerId: 'ana', score: 1, completedAt: 1 },
      { sellerId: 'ana', score: 2, completedAt: 2 },
    ];
    await assert.rejects(store.replace('b', twice), (error) => isMindError(error, 'MIND_INVALID_INPUT'));
    await assert.rejects(store.page('b', -1, 10), (error) => isMindError(error, 'MIND_INVALID_INPUT'));
    await assert.rejects(store.around('b', 'ana', 1.5), (error) => isMindError(error, 'MIND_INVALID_INPUT'));
    // An empty batch needs no server.
    await store.write([]);
  });

  it('maps a server out of memory to MIND_STORAGE_FULL, and leaves MindErrors as they are', () => {
    const oom = new Error("OOM command not allowed when used memory > 'maxmemory'.");
    assert.equal(mapRedisError(oom, 'write').code, 'MIND_STORAGE_FULL');
    assert.equal(mapRedisError(oom, 'write').cause, oom);
    assert.equal(
      mapRedisError(new Error('READONLY You can’t write against a read only replica.'), 'write').code,
      'MIND_STORAGE_UNAVAILABLE',
    );
    const closed = new MindError('MIND_STORAGE_CLOSED', 'closed');
    assert.equal(mapRedisError(closed, 'write'), closed);
  });

  it('refuses options without a client or with a prefix that is not a string', () => {
    const invalid = (error: unknown) => isMindError(error, 'MIND_INVALID_INPUT');
    assert.throws(() => createRedisLeaderboardStore({} as { client: RedisLeaderboardClient }), invalid);
    assert.throws(() => createRedisLeaderboardStore({ client: unreachable, prefix: 7 as unknown as string }), invalid);
  });
});
