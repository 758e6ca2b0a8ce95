import { runLeaderboardConformance } from '../conformance/index.js';
import { createMemoryLeaderboardStore } from './index.js';

// The reference leaderboard store in a real browser, with the branching that makes small boards
// split and merge the tree's nodes (the Node run covers the default branching too).
runLeaderboardConformance({
  name: 'memory (browser)',
  describe,
  it,
  factory: () => createMemoryLeaderboardStore({ ranking: { branching: 4 } }),
});
