// Everything leaderboards need, as one lazy module: the boards, the in-memory store and the reads.
// One chunk in the CDN build rather than five small ones, loaded together on the first need anyway.
export { Boards } from './boards.js';
export { createMemoryLeaderboardStore } from '../leaderboard/memory-leaderboard-store.js';
export { readLeaderboard } from './leaderboard-operations.js';
