/// <reference types="node" />
// The leaderboard-store conformance kit under node:test against the in-memory reference store.
import { describe, it } from 'node:test';
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
