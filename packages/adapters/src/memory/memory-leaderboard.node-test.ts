/// <reference types="node" />
// The leaderboard-store conformance kit under node:test against the in-memory reference store.
import { describe, it } from 'node:test';
import { MindError, type LeaderboardStore } from '@mindshare/core';
import { runLeaderboardConformance } from '../conformance/index.js';
import { createMemoryLeaderboardStore } from './index.js';

runLeaderboardConformance({ name: 'memory', describe, it, factory: () => createMemoryLeaderboardStore() });

// The smallest branching makes a few dozen rows split, merge and rebalance the tree's nodes.
runLeaderboardConformance({
  name: 'memory (branching 4)',
  describe,
  it,
  factory: () => createMemoryLeaderboardStore({ ranking: { branching: 4 } }),
});

// Several handles over one memory store, each closed on its own, stand in for processes sharing
// one Redis: they prove the kit's tests of shared stores run and hold, before a real one exists.
const handles = new WeakMap<LeaderboardStore, LeaderboardStore>();
function sharedHandle(inner: LeaderboardStore): LeaderboardStore {
  let closed = false;
  const open = <T>(call: () => Promise<T>): Promise<T> =>
    closed ? Promise.reject(new MindError('MIND_STORAGE_CLOSED', 'This handle is closed.')) : call();
  const handle: LeaderboardStore = {
    supports: { shared: true },
    write: (operations) => open(() => inner.write(operations)),
    replace: (board, entries) => open(() => inner.replace(board, entries)),
    rank: (board, sellerId) => open(() => inner.rank(board, sellerId)),
    page: (board, offset, limit) => open(() => inner.page(board, offset, limit)),
    around: (board, sellerId, radius) => open(() => inner.around(board, sellerId, radius)),
    count: (board) => open(() => inner.count(board)),
    close: async () => {
      closed = true;
    },
  };
  handles.set(handle, inner);
  return handle;
}

runLeaderboardConformance({
  name: 'memory, shared by several handles',
  describe,
  it,
  factory: () => sharedHandle(createMemoryLeaderboardStore()),
  reopen: (previous) => sharedHandle(handles.get(previous)!),
});
